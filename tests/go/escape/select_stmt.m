./select_stmt.go:7:14: ch does not escape
./select_stmt.go:8:2: moved to heap: m
./select_stmt.go:17:14: ch does not escape
./select_stmt.go:26:13: a does not escape
./select_stmt.go:26:16: b does not escape
./select_stmt.go:35:17: out does not escape
./select_stmt.go:35:32: quit does not escape
./select_stmt.go:38:15: &Msg{...} escapes to heap
