./go_stmt.go:9:11: j does not escape
./go_stmt.go:15:5: func literal escapes to heap in goClosureCapture:
./go_stmt.go:15:5:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:15:5:     from func literal (spill) at ./go_stmt.go:15:5
./go_stmt.go:14:2: goClosureCapture capturing by value: message (addr=false assign=false width=16)
./go_stmt.go:16:15: "hello" escapes to heap in goClosureCapture.func1:
./go_stmt.go:16:15:   flow: {storage for ... argument} ← &{storage for "hello"}:
./go_stmt.go:16:15:     from "hello" (spill) at ./go_stmt.go:16:15
./go_stmt.go:16:15:     from ... argument (slice-literal-element) at ./go_stmt.go:16:14
./go_stmt.go:16:15:   flow: {heap} ← {storage for ... argument}:
./go_stmt.go:16:15:     from ... argument (spill) at ./go_stmt.go:16:14
./go_stmt.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./go_stmt.go:16:14
./go_stmt.go:15:5: func literal escapes to heap
./go_stmt.go:16:14: ... argument does not escape
./go_stmt.go:16:15: "hello" escapes to heap
./go_stmt.go:22:5: func literal escapes to heap in goClosureByRef:
./go_stmt.go:22:5:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:22:5:     from func literal (spill) at ./go_stmt.go:22:5
./go_stmt.go:21:2: goClosureByRef capturing by ref: n (addr=false assign=true width=8)
./go_stmt.go:21:2: n escapes to heap in goClosureByRef:
./go_stmt.go:21:2:   flow: {storage for func literal} ← &n:
./go_stmt.go:21:2:     from n (captured by a closure) at ./go_stmt.go:23:3
./go_stmt.go:21:2:     from n (reference) at ./go_stmt.go:23:3
./go_stmt.go:21:2: moved to heap: n
./go_stmt.go:22:5: func literal escapes to heap
./go_stmt.go:30:2: func literal escapes to heap in goWithArgs:
./go_stmt.go:30:2:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:30:2:     from func literal (spill) at ./go_stmt.go:30:2
./go_stmt.go:30:10: goWithArgs capturing by value: .autotmp_1 (addr=false assign=false width=8)
./go_stmt.go:29:2: j escapes to heap in goWithArgs:
./go_stmt.go:29:2:   flow: .autotmp_1 ← &j:
./go_stmt.go:29:2:     from &j (address-of) at ./go_stmt.go:30:10
./go_stmt.go:29:2:     from .autotmp_1 = &j (assign-pair) at ./go_stmt.go:30:2
./go_stmt.go:29:2:   flow: {storage for func literal} ← .autotmp_1:
./go_stmt.go:29:2:     from .autotmp_1 (captured by a closure) at ./go_stmt.go:30:10
./go_stmt.go:29:2: moved to heap: j
./go_stmt.go:35:2: func literal escapes to heap in goWithValueArg:
./go_stmt.go:35:2:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:35:2:     from func literal (spill) at ./go_stmt.go:35:2
./go_stmt.go:35:2: goWithValueArg capturing by value: .autotmp_1 (addr=false assign=false width=8)
./go_stmt.go:40:6: func literal escapes to heap in goLoop:
./go_stmt.go:40:6:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:40:6:     from func literal (spill) at ./go_stmt.go:40:6
./go_stmt.go:45:3: func literal escapes to heap in goLoop:
./go_stmt.go:45:3:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:45:3:     from func literal (spill) at ./go_stmt.go:45:3
./go_stmt.go:38:13: goLoop capturing by value: data (addr=false assign=false width=24)
./go_stmt.go:39:6: goLoop capturing by value: i (addr=false assign=false width=8)
./go_stmt.go:45:6: goLoop capturing by value: .autotmp_3 (addr=false assign=false width=8)
./go_stmt.go:45:3: goLoop capturing by value: .autotmp_4 (addr=false assign=false width=8)
./go_stmt.go:45:6: func literal escapes to heap in goLoop:
./go_stmt.go:45:6:   flow: .autotmp_3 ← &{storage for func literal}:
./go_stmt.go:45:6:     from func literal (spill) at ./go_stmt.go:45:6
./go_stmt.go:45:6:     from .autotmp_3, .autotmp_4 = func literal, i (assign-pair) at ./go_stmt.go:45:3
./go_stmt.go:45:6:   flow: {storage for func literal} ← .autotmp_3:
./go_stmt.go:45:6:     from .autotmp_3 (captured by a closure) at ./go_stmt.go:45:6
./go_stmt.go:38:13: parameter data leaks to {storage for func literal} for goLoop with derefs=0:
./go_stmt.go:38:13:   flow: {storage for func literal} ← data:
./go_stmt.go:38:13:     from data (captured by a closure) at ./go_stmt.go:41:8
./go_stmt.go:38:13: leaking param: data
./go_stmt.go:40:6: func literal escapes to heap
./go_stmt.go:45:6: func literal escapes to heap
./go_stmt.go:54:3: func literal escapes to heap in goNewInLoop:
./go_stmt.go:54:3:   flow: {heap} ← &{storage for func literal}:
./go_stmt.go:54:3:     from func literal (spill) at ./go_stmt.go:54:3
./go_stmt.go:54:3: goNewInLoop capturing by value: .autotmp_2 (addr=false assign=false width=8)
./go_stmt.go:53:8: &Job{...} escapes to heap in goNewInLoop:
./go_stmt.go:53:8:   flow: j ← &{storage for &Job{...}}:
./go_stmt.go:53:8:     from &Job{...} (spill) at ./go_stmt.go:53:8
./go_stmt.go:53:8:     from j := &Job{...} (assign) at ./go_stmt.go:53:5
./go_stmt.go:53:8:   flow: .autotmp_2 ← j:
./go_stmt.go:53:8:     from .autotmp_2 = j (assign-pair) at ./go_stmt.go:54:3
./go_stmt.go:53:8:   flow: {storage for func literal} ← .autotmp_2:
./go_stmt.go:53:8:     from .autotmp_2 (captured by a closure) at ./go_stmt.go:54:3
./go_stmt.go:53:8: &Job{...} escapes to heap
./go_stmt.go:63:14: []int{...} escapes to heap in main:
./go_stmt.go:63:14:   flow: {heap} ← &{storage for []int{...}}:
./go_stmt.go:63:14:     from []int{...} (spill) at ./go_stmt.go:63:14
./go_stmt.go:63:14:     from goLoop([]int{...}) (call parameter) at ./go_stmt.go:63:8
./go_stmt.go:63:14: []int{...} escapes to heap
