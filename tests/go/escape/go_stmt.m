./go_stmt.go:9:11: j does not escape
./go_stmt.go:15:5: func literal escapes to heap
./go_stmt.go:16:14: ... argument does not escape
./go_stmt.go:16:15: "hello" escapes to heap
./go_stmt.go:21:2: moved to heap: n
./go_stmt.go:22:5: func literal escapes to heap
./go_stmt.go:29:2: moved to heap: j
./go_stmt.go:38:13: leaking param: data
./go_stmt.go:40:6: func literal escapes to heap
./go_stmt.go:45:6: func literal escapes to heap
./go_stmt.go:53:8: &Job{...} escapes to heap
./go_stmt.go:63:14: []int{...} escapes to heap
