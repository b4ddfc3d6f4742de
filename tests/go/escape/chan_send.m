./chan_send.go:7:14: ch does not escape
./chan_send.go:8:2: moved to heap: x
./chan_send.go:12:16: ch does not escape
./chan_send.go:17:17: ch does not escape
./chan_send.go:22:20: ch does not escape
./chan_send.go:23:8: &Msg{...} escapes to heap
./chan_send.go:34:2: moved to heap: v
./chan_send.go:39:15: ch does not escape
./chan_send.go:44:16: ch does not escape
./chan_send.go:45:11: make([]int, 4) escapes to heap
