./seed002_memstats.go:12:30: &Big{} escapes to heap in makePtr:
./seed002_memstats.go:12:30:   flow: ~r0 ← &{storage for &Big{}}:
./seed002_memstats.go:12:30:     from &Big{} (spill) at ./seed002_memstats.go:12:30
./seed002_memstats.go:12:30:     from return &Big{} (return) at ./seed002_memstats.go:12:23
./seed002_memstats.go:12:30: &Big{} escapes to heap
./seed002_memstats.go:42:14: make([]*Big, 0, 100000) escapes to heap in main:
./seed002_memstats.go:42:14:   flow: {heap} ← &{storage for make([]*Big, 0, 100000)}:
./seed002_memstats.go:42:14:     from make([]*Big, 0, 100000) (too large for stack) at ./seed002_memstats.go:42:14
./seed002_memstats.go:39:63: b - a escapes to heap in main:
./seed002_memstats.go:39:63:   flow: {storage for ... argument} ← &{storage for b - a}:
./seed002_memstats.go:39:63:     from b - a (spill) at ./seed002_memstats.go:39:63
./seed002_memstats.go:39:63:     from ... argument (slice-literal-element) at ./seed002_memstats.go:39:12
./seed002_memstats.go:39:63:   flow: {heap} ← {storage for ... argument}:
./seed002_memstats.go:39:63:     from ... argument (spill) at ./seed002_memstats.go:39:12
./seed002_memstats.go:39:63:     from fmt.Printf("sumLocal: ~%d heap objects (stays on stack)\n", ... argument...) (call parameter) at ./seed002_memstats.go:39:12
./seed002_memstats.go:47:55: d - c escapes to heap in main:
./seed002_memstats.go:47:55:   flow: {storage for ... argument} ← &{storage for d - c}:
./seed002_memstats.go:47:55:     from d - c (spill) at ./seed002_memstats.go:47:55
./seed002_memstats.go:47:55:     from ... argument (slice-literal-element) at ./seed002_memstats.go:47:12
./seed002_memstats.go:47:55:   flow: {heap} ← {storage for ... argument}:
./seed002_memstats.go:47:55:     from ... argument (spill) at ./seed002_memstats.go:47:12
./seed002_memstats.go:47:55:     from fmt.Printf("makePtr: ~%d heap objects (escaped)\n", ... argument...) (call parameter) at ./seed002_memstats.go:47:12
./seed002_memstats.go:39:12: ... argument does not escape
./seed002_memstats.go:39:63: b - a escapes to heap
./seed002_memstats.go:42:14: make([]*Big, 0, 100000) escapes to heap
./seed002_memstats.go:44:16: append does not escape
./seed002_memstats.go:47:12: ... argument does not escape
./seed002_memstats.go:47:55: d - c escapes to heap
