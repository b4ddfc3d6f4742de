./switch_stmt.go:14:15: leaking param: v
./switch_stmt.go:17:20: ... argument does not escape
./switch_stmt.go:17:21: "int " escapes to heap
./switch_stmt.go:17:29: x escapes to heap
./switch_stmt.go:19:20: "string " + x escapes to heap
./switch_stmt.go:35:3: moved to heap: t
./switch_stmt.go:33:10: &Token{...} escapes to heap
./switch_stmt.go:47:14: make([]int, n) does not escape
./switch_stmt.go:57:15: 1 escapes to heap
