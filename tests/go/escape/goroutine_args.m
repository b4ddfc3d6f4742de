./goroutine_args.go:7:11: s does not escape
./goroutine_args.go:12:2: moved to heap: s
./goroutine_args.go:22:10: s does not escape
./goroutine_args.go:22:5: func literal escapes to heap
./goroutine_args.go:24:4: &State{} escapes to heap
./goroutine_args.go:28:16: make([]State, n) escapes to heap
./goroutine_args.go:35:2: moved to heap: total
./goroutine_args.go:36:7: &State{} escapes to heap
./goroutine_args.go:37:5: func literal escapes to heap
