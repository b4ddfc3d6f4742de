./defer_stmt.go:9:7: r does not escape
./defer_stmt.go:11:14: r does not escape
./defer_stmt.go:14:2: deferOnce capturing by ref: n (addr=false assign=true width=8)
./defer_stmt.go:15:8: func literal does not escape
./defer_stmt.go:22:2: deferCaptureValue capturing by value: x (addr=false assign=false width=8)
./defer_stmt.go:23:8: func literal does not escape
./defer_stmt.go:30:9: deferMethod capturing by value: .autotmp_1 (addr=false assign=false width=8)
./defer_stmt.go:35:2: deferCallArg capturing by value: .autotmp_1 (addr=false assign=false width=8)
./defer_stmt.go:34:7: &Res{...} does not escape
./defer_stmt.go:40:9: func literal escapes to heap in deferInLoop:
./defer_stmt.go:40:9:   flow: {heap} ← &{storage for func literal}:
./defer_stmt.go:40:9:     from func literal (spill) at ./defer_stmt.go:40:9
./defer_stmt.go:39:6: deferInLoop capturing by value: i (addr=false assign=false width=8)
./defer_stmt.go:40:9: func literal escapes to heap
./defer_stmt.go:49:3: func literal escapes to heap in deferInLoopArg:
./defer_stmt.go:49:3:   flow: {heap} ← &{storage for func literal}:
./defer_stmt.go:49:3:     from func literal (spill) at ./defer_stmt.go:49:3
./defer_stmt.go:49:3: deferInLoopArg capturing by value: .autotmp_2 (addr=false assign=false width=8)
./defer_stmt.go:48:8: &Res{} escapes to heap in deferInLoopArg:
./defer_stmt.go:48:8:   flow: r ← &{storage for &Res{}}:
./defer_stmt.go:48:8:     from &Res{} (spill) at ./defer_stmt.go:48:8
./defer_stmt.go:48:8:     from r := &Res{} (assign) at ./defer_stmt.go:48:5
./defer_stmt.go:48:8:   flow: .autotmp_2 ← r:
./defer_stmt.go:48:8:     from .autotmp_2 = r (assign-pair) at ./defer_stmt.go:49:3
./defer_stmt.go:48:8:   flow: {storage for func literal} ← .autotmp_2:
./defer_stmt.go:48:8:     from .autotmp_2 (captured by a closure) at ./defer_stmt.go:49:3
./defer_stmt.go:48:8: &Res{} escapes to heap
./defer_stmt.go:55:20: deferPrint capturing by value: .autotmp_1 (addr=false assign=false width=16)
./defer_stmt.go:55:20: "done" escapes to heap in deferPrint:
./defer_stmt.go:55:20:   flow: .autotmp_1 ← &{storage for "done"}:
./defer_stmt.go:55:20:     from "done" (spill) at ./defer_stmt.go:55:20
./defer_stmt.go:55:20:     from .autotmp_1 = "done" (assign-pair) at ./defer_stmt.go:55:2
./defer_stmt.go:55:20:   flow: {storage for ... argument} ← .autotmp_1:
./defer_stmt.go:55:20:     from ... argument (slice-literal-element) at ./defer_stmt.go:55:19
./defer_stmt.go:55:20:   flow: {heap} ← {storage for ... argument}:
./defer_stmt.go:55:20:     from ... argument (spill) at ./defer_stmt.go:55:19
./defer_stmt.go:55:20:     from fmt.Println(... argument...) (call parameter) at ./defer_stmt.go:55:19
./defer_stmt.go:55:20: "done" escapes to heap
./defer_stmt.go:55:19: ... argument does not escape
./defer_stmt.go:58:26: deferNamedResult capturing by ref: err (addr=false assign=true width=16)
./defer_stmt.go:59:8: func literal does not escape
./defer_stmt.go:61:20: ... argument does not escape
