./chan_send.go:8:2: x escapes to heap in sendPtr:
./chan_send.go:8:2:   flow: {heap} ← &x:
./chan_send.go:8:2:     from &x (address-of) at ./chan_send.go:9:8
./chan_send.go:8:2:     from ch <- &x (send) at ./chan_send.go:9:5
./chan_send.go:7:14: ch does not escape
./chan_send.go:8:2: moved to heap: x
./chan_send.go:12:16: ch does not escape
./chan_send.go:17:17: ch does not escape
./chan_send.go:23:8: &Msg{...} escapes to heap in sendNewStruct:
./chan_send.go:23:8:   flow: {heap} ← &{storage for &Msg{...}}:
./chan_send.go:23:8:     from &Msg{...} (spill) at ./chan_send.go:23:8
./chan_send.go:23:8:     from ch <- (&Msg{...}) (send) at ./chan_send.go:23:5
./chan_send.go:22:20: ch does not escape
./chan_send.go:23:8: &Msg{...} escapes to heap
./chan_send.go:34:2: v escapes to heap in localChanPtr:
./chan_send.go:34:2:   flow: {heap} ← &v:
./chan_send.go:34:2:     from &v (address-of) at ./chan_send.go:35:8
./chan_send.go:34:2:     from ch <- &v (send) at ./chan_send.go:35:5
./chan_send.go:34:2: moved to heap: v
./chan_send.go:39:15: ch does not escape
./chan_send.go:45:11: make([]int, 4) escapes to heap in sendSlice:
./chan_send.go:45:11:   flow: s ← &{storage for make([]int, 4)}:
./chan_send.go:45:11:     from make([]int, 4) (spill) at ./chan_send.go:45:11
./chan_send.go:45:11:     from s := make([]int, 4) (assign) at ./chan_send.go:45:4
./chan_send.go:45:11:   flow: {heap} ← s:
./chan_send.go:45:11:     from ch <- s (send) at ./chan_send.go:46:5
./chan_send.go:44:16: ch does not escape
./chan_send.go:45:11: make([]int, 4) escapes to heap
