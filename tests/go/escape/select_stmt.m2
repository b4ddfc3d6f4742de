./select_stmt.go:8:2: m escapes to heap in trySend:
./select_stmt.go:8:2:   flow: {heap} ← &m:
./select_stmt.go:8:2:     from &m (address-of) at ./select_stmt.go:10:13
./select_stmt.go:8:2:     from ch <- &m (send) at ./select_stmt.go:10:10
./select_stmt.go:7:14: ch does not escape
./select_stmt.go:8:2: moved to heap: m
./select_stmt.go:17:14: ch does not escape
./select_stmt.go:26:13: a does not escape
./select_stmt.go:26:16: b does not escape
./select_stmt.go:38:15: &Msg{...} escapes to heap in sendOrQuit:
./select_stmt.go:38:15:   flow: {heap} ← &{storage for &Msg{...}}:
./select_stmt.go:38:15:     from &Msg{...} (spill) at ./select_stmt.go:38:15
./select_stmt.go:38:15:     from out <- (&Msg{...}) (send) at ./select_stmt.go:38:12
./select_stmt.go:35:17: out does not escape
./select_stmt.go:35:32: quit does not escape
./select_stmt.go:38:15: &Msg{...} escapes to heap
