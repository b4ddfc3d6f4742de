./variadic.go:8:10: nums does not escape
./variadic.go:16:11: leaking param: nums
./variadic.go:17:15: append escapes to heap
./variadic.go:20:14: leaking param: vals
./variadic.go:24:12: leaking param: ps to result ~r0 level=1
./variadic.go:28:12: vals does not escape
./variadic.go:33:9: ... argument does not escape
./variadic.go:34:6: ... argument escapes to heap
./variadic.go:35:9: ... argument escapes to heap
./variadic.go:35:10: 6 escapes to heap
./variadic.go:35:13: "seven" escapes to heap
./variadic.go:37:11: ... argument does not escape
./variadic.go:38:11: ... argument does not escape
./variadic.go:38:12: 1 does not escape
./variadic.go:38:15: 2.5 does not escape
./variadic.go:38:20: "x" does not escape
./variadic.go:39:12: []int{...} escapes to heap
