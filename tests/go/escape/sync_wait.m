./sync_wait.go:15:7: leaking param: c
./sync_wait.go:15:27: leaking param: key
./sync_wait.go:21:7: leaking param: c
./sync_wait.go:21:29: key does not escape
./sync_wait.go:28:6: moved to heap: wg
./sync_wait.go:29:2: moved to heap: c
./sync_wait.go:29:26: make(map[string]int) escapes to heap
./sync_wait.go:32:6: func literal escapes to heap
./sync_wait.go:42:6: moved to heap: mu
./sync_wait.go:51:27: ... argument does not escape
./sync_wait.go:51:28: "once" escapes to heap
./sync_wait.go:50:6: moved to heap: o
./sync_wait.go:51:7: func literal does not escape
