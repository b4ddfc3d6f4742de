./seed000_counter.go:8:2: MakeCounter capturing by ref: count (addr=false assign=true width=8)
./seed000_counter.go:9:9: func literal escapes to heap in MakeCounter:
./seed000_counter.go:9:9:   flow: ~r0 ← &{storage for func literal}:
./seed000_counter.go:9:9:     from func literal (spill) at ./seed000_counter.go:9:9
./seed000_counter.go:9:9:     from return func literal (return) at ./seed000_counter.go:9:2
./seed000_counter.go:8:2: count escapes to heap in MakeCounter:
./seed000_counter.go:8:2:   flow: {storage for func literal} ← &count:
./seed000_counter.go:8:2:     from count (captured by a closure) at ./seed000_counter.go:10:3
./seed000_counter.go:8:2:     from count (reference) at ./seed000_counter.go:10:3
./seed000_counter.go:8:2: moved to heap: count
./seed000_counter.go:9:9: func literal escapes to heap
./seed000_counter.go:17:21: counter() escapes to heap in main:
./seed000_counter.go:17:21:   flow: {storage for ... argument} ← &{storage for counter()}:
./seed000_counter.go:17:21:     from counter() (spill) at ./seed000_counter.go:17:21
./seed000_counter.go:17:21:     from ... argument (slice-literal-element) at ./seed000_counter.go:17:13
./seed000_counter.go:17:21:   flow: {heap} ← {storage for ... argument}:
./seed000_counter.go:17:21:     from ... argument (spill) at ./seed000_counter.go:17:13
./seed000_counter.go:17:21:     from fmt.Println(... argument...) (call parameter) at ./seed000_counter.go:17:13
./seed000_counter.go:18:21: counter() escapes to heap in main:
./seed000_counter.go:18:21:   flow: {storage for ... argument} ← &{storage for counter()}:
./seed000_counter.go:18:21:     from counter() (spill) at ./seed000_counter.go:18:21
./seed000_counter.go:18:21:     from ... argument (slice-literal-element) at ./seed000_counter.go:18:13
./seed000_counter.go:18:21:   flow: {heap} ← {storage for ... argument}:
./seed000_counter.go:18:21:     from ... argument (spill) at ./seed000_counter.go:18:13
./seed000_counter.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./seed000_counter.go:18:13
./seed000_counter.go:17:13: ... argument does not escape
./seed000_counter.go:17:21: counter() escapes to heap
./seed000_counter.go:18:13: ... argument does not escape
./seed000_counter.go:18:21: counter() escapes to heap
