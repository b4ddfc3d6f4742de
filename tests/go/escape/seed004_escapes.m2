./seed004_escapes.go:11:2: x escapes to heap in escapeLocal:
./seed004_escapes.go:11:2:   flow: ~r0 ← &x:
./seed004_escapes.go:11:2:     from &x (address-of) at ./seed004_escapes.go:12:9
./seed004_escapes.go:11:2:     from return &x (return) at ./seed004_escapes.go:12:2
./seed004_escapes.go:11:2: moved to heap: x
./seed004_escapes.go:16:2: x escapes to heap in sendPointer:
./seed004_escapes.go:16:2:   flow: {heap} ← &x:
./seed004_escapes.go:16:2:     from &x (address-of) at ./seed004_escapes.go:17:8
./seed004_escapes.go:16:2:     from ch <- &x (send) at ./seed004_escapes.go:17:5
./seed004_escapes.go:15:18: ch does not escape
./seed004_escapes.go:16:2: moved to heap: x
./seed004_escapes.go:21:2: closureExample capturing by value: x (addr=false assign=false width=8)
./seed004_escapes.go:23:15: 42 escapes to heap in closureExample.func1:
./seed004_escapes.go:23:15:   flow: {storage for ... argument} ← &{storage for 42}:
./seed004_escapes.go:23:15:     from 42 (spill) at ./seed004_escapes.go:23:15
./seed004_escapes.go:23:15:     from ... argument (slice-literal-element) at ./seed004_escapes.go:23:14
./seed004_escapes.go:23:15:   flow: {heap} ← {storage for ... argument}:
./seed004_escapes.go:23:15:     from ... argument (spill) at ./seed004_escapes.go:23:14
./seed004_escapes.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./seed004_escapes.go:23:14
./seed004_escapes.go:22:9: func literal escapes to heap in closureExample:
./seed004_escapes.go:22:9:   flow: ~r0 ← &{storage for func literal}:
./seed004_escapes.go:22:9:     from func literal (spill) at ./seed004_escapes.go:22:9
./seed004_escapes.go:22:9:     from return func literal (return) at ./seed004_escapes.go:22:2
./seed004_escapes.go:22:9: func literal escapes to heap
./seed004_escapes.go:23:14: ... argument does not escape
./seed004_escapes.go:23:15: 42 escapes to heap
./seed004_escapes.go:28:2: x escapes to heap in storeInSlice:
./seed004_escapes.go:28:2:   flow: {heap} ← &x:
./seed004_escapes.go:28:2:     from &x (address-of) at ./seed004_escapes.go:29:26
./seed004_escapes.go:28:2:     from append(global, &x) (call parameter) at ./seed004_escapes.go:29:17
./seed004_escapes.go:29:17: append(global, &x) escapes to heap in storeInSlice:
./seed004_escapes.go:29:17:   flow: {heap} ← &{storage for append(global, &x)}:
./seed004_escapes.go:29:17:     from append(global, &x) (spill) at ./seed004_escapes.go:29:17
./seed004_escapes.go:29:17:     from global = append(global, &x) (assign) at ./seed004_escapes.go:29:9
./seed004_escapes.go:28:2: moved to heap: x
./seed004_escapes.go:29:17: append escapes to heap
./seed004_escapes.go:33:2: x escapes to heap in largeArray:
./seed004_escapes.go:33:2:   flow: {heap} ← &x:
./seed004_escapes.go:33:2:     from x (too large for stack) at ./seed004_escapes.go:33:2
./seed004_escapes.go:34:14: x escapes to heap in largeArray:
./seed004_escapes.go:34:14:   flow: {storage for ... argument} ← &{storage for x}:
./seed004_escapes.go:34:14:     from x (spill) at ./seed004_escapes.go:34:14
./seed004_escapes.go:34:14:     from ... argument (slice-literal-element) at ./seed004_escapes.go:34:13
./seed004_escapes.go:34:14:   flow: {heap} ← {storage for ... argument}:
./seed004_escapes.go:34:14:     from ... argument (spill) at ./seed004_escapes.go:34:13
./seed004_escapes.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./seed004_escapes.go:34:13
./seed004_escapes.go:33:2: moved to heap: x
./seed004_escapes.go:34:13: ... argument does not escape
./seed004_escapes.go:34:14: x escapes to heap
