./seed001_goroutines.go:29:33: val escapes to heap in main.func3:
./seed001_goroutines.go:29:33:   flow: {storage for ... argument} ← &{storage for val}:
./seed001_goroutines.go:29:33:     from val (spill) at ./seed001_goroutines.go:29:33
./seed001_goroutines.go:29:33:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:29:14
./seed001_goroutines.go:29:33:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:29:33:     from ... argument (spill) at ./seed001_goroutines.go:29:14
./seed001_goroutines.go:29:33:     from fmt.Printf("Value is: %d\n", ... argument...) (call parameter) at ./seed001_goroutines.go:29:14
./seed001_goroutines.go:29:14: ... argument does not escape
./seed001_goroutines.go:29:33: val escapes to heap
./seed001_goroutines.go:13:5: func literal escapes to heap in main:
./seed001_goroutines.go:13:5:   flow: {heap} ← &{storage for func literal}:
./seed001_goroutines.go:13:5:     from func literal (spill) at ./seed001_goroutines.go:13:5
./seed001_goroutines.go:20:6: func literal escapes to heap in main:
./seed001_goroutines.go:20:6:   flow: {heap} ← &{storage for func literal}:
./seed001_goroutines.go:20:6:     from func literal (spill) at ./seed001_goroutines.go:20:6
./seed001_goroutines.go:28:3: func literal escapes to heap in main:
./seed001_goroutines.go:28:3:   flow: {heap} ← &{storage for func literal}:
./seed001_goroutines.go:28:3:     from func literal (spill) at ./seed001_goroutines.go:28:3
./seed001_goroutines.go:12:2: main capturing by value: message (addr=false assign=false width=16)
./seed001_goroutines.go:19:6: main capturing by value: i (addr=false assign=false width=8)
./seed001_goroutines.go:28:6: main capturing by value: .autotmp_4 (addr=false assign=false width=8)
./seed001_goroutines.go:28:3: main capturing by value: .autotmp_5 (addr=false assign=false width=8)
./seed001_goroutines.go:14:15: "Goroutine message:" escapes to heap in main.func1:
./seed001_goroutines.go:14:15:   flow: {storage for ... argument} ← &{storage for "Goroutine message:"}:
./seed001_goroutines.go:14:15:     from "Goroutine message:" (spill) at ./seed001_goroutines.go:14:15
./seed001_goroutines.go:14:15:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:14:15:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:14:15:     from ... argument (spill) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:14:37: "Hello, Goroutines!" escapes to heap in main.func1:
./seed001_goroutines.go:14:37:   flow: {storage for ... argument} ← &{storage for "Hello, Goroutines!"}:
./seed001_goroutines.go:14:37:     from "Hello, Goroutines!" (spill) at ./seed001_goroutines.go:14:37
./seed001_goroutines.go:14:37:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:14:37:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:14:37:     from ... argument (spill) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:14:37:     from fmt.Println(... argument...) (call parameter) at ./seed001_goroutines.go:14:14
./seed001_goroutines.go:17:14: "\nLoop variable demonstration:" escapes to heap in main:
./seed001_goroutines.go:17:14:   flow: {storage for ... argument} ← &{storage for "\nLoop variable demonstration:"}:
./seed001_goroutines.go:17:14:     from "\nLoop variable demonstration:" (spill) at ./seed001_goroutines.go:17:14
./seed001_goroutines.go:17:14:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:17:13
./seed001_goroutines.go:17:14:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:17:14:     from ... argument (spill) at ./seed001_goroutines.go:17:13
./seed001_goroutines.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./seed001_goroutines.go:17:13
./seed001_goroutines.go:21:33: i escapes to heap in main.func2:
./seed001_goroutines.go:21:33:   flow: {storage for ... argument} ← &{storage for i}:
./seed001_goroutines.go:21:33:     from i (spill) at ./seed001_goroutines.go:21:33
./seed001_goroutines.go:21:33:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:21:14
./seed001_goroutines.go:21:33:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:21:33:     from ... argument (spill) at ./seed001_goroutines.go:21:14
./seed001_goroutines.go:21:33:     from fmt.Printf("Value is: %d\n", ... argument...) (call parameter) at ./seed001_goroutines.go:21:14
./seed001_goroutines.go:26:14: "\nFixed loop variable demonstration:" escapes to heap in main:
./seed001_goroutines.go:26:14:   flow: {storage for ... argument} ← &{storage for "\nFixed loop variable demonstration:"}:
./seed001_goroutines.go:26:14:     from "\nFixed loop variable demonstration:" (spill) at ./seed001_goroutines.go:26:14
./seed001_goroutines.go:26:14:     from ... argument (slice-literal-element) at ./seed001_goroutines.go:26:13
./seed001_goroutines.go:26:14:   flow: {heap} ← {storage for ... argument}:
./seed001_goroutines.go:26:14:     from ... argument (spill) at ./seed001_goroutines.go:26:13
./seed001_goroutines.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./seed001_goroutines.go:26:13
./seed001_goroutines.go:28:6: func literal escapes to heap in main:
./seed001_goroutines.go:28:6:   flow: .autotmp_4 ← &{storage for func literal}:
./seed001_goroutines.go:28:6:     from func literal (spill) at ./seed001_goroutines.go:28:6
./seed001_goroutines.go:28:6:     from .autotmp_4, .autotmp_5 = func literal, i (assign-pair) at ./seed001_goroutines.go:28:3
./seed001_goroutines.go:28:6:   flow: {storage for func literal} ← .autotmp_4:
./seed001_goroutines.go:28:6:     from .autotmp_4 (captured by a closure) at ./seed001_goroutines.go:28:6
./seed001_goroutines.go:13:5: func literal escapes to heap
./seed001_goroutines.go:14:14: ... argument does not escape
./seed001_goroutines.go:14:15: "Goroutine message:" escapes to heap
./seed001_goroutines.go:14:37: "Hello, Goroutines!" escapes to heap
./seed001_goroutines.go:17:13: ... argument does not escape
./seed001_goroutines.go:17:14: "\nLoop variable demonstration:" escapes to heap
./seed001_goroutines.go:18:15: []int{...} does not escape
./seed001_goroutines.go:20:6: func literal escapes to heap
./seed001_goroutines.go:21:14: ... argument does not escape
./seed001_goroutines.go:21:33: i escapes to heap
./seed001_goroutines.go:26:13: ... argument does not escape
./seed001_goroutines.go:26:14: "\nFixed loop variable demonstration:" escapes to heap
./seed001_goroutines.go:28:6: func literal escapes to heap
