./append_calls.go:10:13: append does not escape
./append_calls.go:15:19: leaking param: s to result ~r0 level=0
./append_calls.go:16:15: append escapes to heap
./append_calls.go:20:17: append escapes to heap
./append_calls.go:26:3: moved to heap: v
./append_calls.go:27:15: append escapes to heap
./append_calls.go:34:2: moved to heap: a
./append_calls.go:34:5: moved to heap: b
./append_calls.go:35:14: append does not escape
./append_calls.go:39:19: leaking param: a to result ~r0 level=0
./append_calls.go:39:22: b does not escape
./append_calls.go:40:15: append escapes to heap
./append_calls.go:43:19: leaking param: b to result ~r0 level=0
./append_calls.go:43:29: s does not escape
./append_calls.go:44:15: append escapes to heap
./append_calls.go:48:11: make([]int, 0, 8) escapes to heap
./append_calls.go:49:12: append escapes to heap
./append_calls.go:54:19: []int{...} does not escape
./append_calls.go:54:13: append does not escape
./append_calls.go:64:24: []int{...} does not escape
./append_calls.go:64:34: []int{...} does not escape
