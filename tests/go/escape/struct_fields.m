./struct_fields.go:29:2: moved to heap: o
./struct_fields.go:34:2: moved to heap: o
./struct_fields.go:39:22: &Inner{...} does not escape
./struct_fields.go:44:22: &Inner{...} escapes to heap
./struct_fields.go:48:20: w does not escape
./struct_fields.go:52:20: o does not escape
./struct_fields.go:53:2: moved to heap: in
./struct_fields.go:57:17: leaking param: o to result ~r0 level=0
./struct_fields.go:64:9: &Outer{...} escapes to heap
./struct_fields.go:64:21: &Inner{...} escapes to heap
./struct_fields.go:67:16: leaking param content: o
./struct_fields.go:77:20: &Wrapper{...} does not escape
./struct_fields.go:77:36: &Inner{} does not escape
./struct_fields.go:78:16: &Outer{} does not escape
./struct_fields.go:81:12: &Outer{} does not escape
