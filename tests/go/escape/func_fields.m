./func_fields.go:18:35: func literal does not escape
./func_fields.go:22:17: leaking param: label
./func_fields.go:23:7: &Button{...} escapes to heap
./func_fields.go:24:14: func literal escapes to heap
./func_fields.go:25:18: append escapes to heap
./func_fields.go:30:2: moved to heap: count
./func_fields.go:29:7: &Router{...} escapes to heap
./func_fields.go:29:44: map[string]func() int{} escapes to heap
./func_fields.go:31:18: func literal escapes to heap
./func_fields.go:39:23: []func(int) int{...} does not escape
./func_fields.go:40:3: func literal does not escape
./func_fields.go:41:3: func literal does not escape
