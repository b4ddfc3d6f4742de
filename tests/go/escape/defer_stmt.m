./defer_stmt.go:9:7: r does not escape
./defer_stmt.go:11:14: r does not escape
./defer_stmt.go:15:8: func literal does not escape
./defer_stmt.go:23:8: func literal does not escape
./defer_stmt.go:34:7: &Res{...} does not escape
./defer_stmt.go:40:9: func literal escapes to heap
./defer_stmt.go:48:8: &Res{} escapes to heap
./defer_stmt.go:55:20: "done" escapes to heap
./defer_stmt.go:55:19: ... argument does not escape
./defer_stmt.go:59:8: func literal does not escape
./defer_stmt.go:61:20: ... argument does not escape
