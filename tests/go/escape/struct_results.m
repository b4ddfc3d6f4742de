./struct_results.go:15:2: moved to heap: a
./struct_results.go:15:5: moved to heap: b
./struct_results.go:20:2: moved to heap: arr
./struct_results.go:24:13: leaking param: s to result ~r0 level=0
./struct_results.go:24:22: leaking param: name to result ~r0 level=0
./struct_results.go:28:12: leaking param: a to result ~r1 level=0
./struct_results.go:28:15: leaking param: b to result ~r2 level=0
./struct_results.go:28:18: leaking param: c to result ~r0 level=0
./struct_results.go:32:14: v does not escape
