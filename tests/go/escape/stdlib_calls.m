./stdlib_calls.go:17:12: leaking param: s to result ~r0 level=0
./stdlib_calls.go:21:15: s does not escape
./stdlib_calls.go:21:18: sub does not escape
./stdlib_calls.go:25:12: leaking param: s
./stdlib_calls.go:33:11: s does not escape
./stdlib_calls.go:38:17: leaking param: ps
./stdlib_calls.go:39:13: ps escapes to heap
./stdlib_calls.go:39:17: func literal does not escape
./stdlib_calls.go:43:12: []int{...} escapes to heap
./stdlib_calls.go:49:12: []int{...} does not escape
./stdlib_calls.go:61:13: leaking param: s
./stdlib_calls.go:69:11: leaking param: s to result ~r0 level=0
./stdlib_calls.go:83:21: []Person{...} escapes to heap
