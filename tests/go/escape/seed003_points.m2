./seed003_points.go:18:2: p escapes to heap in newPoint:
./seed003_points.go:18:2:   flow: ~r0 ← &p:
./seed003_points.go:18:2:     from &p (address-of) at ./seed003_points.go:19:9
./seed003_points.go:18:2:     from return &p (return) at ./seed003_points.go:19:2
./seed003_points.go:18:2: moved to heap: p
./seed003_points.go:27:2: p escapes to heap in newPointPtr:
./seed003_points.go:27:2:   flow: ~r0 ← &p:
./seed003_points.go:27:2:     from &p (address-of) at ./seed003_points.go:28:9
./seed003_points.go:27:2:     from return &p (return) at ./seed003_points.go:28:2
./seed003_points.go:27:2: moved to heap: p
./seed003_points.go:32:22: sumLocal() escapes to heap in main:
./seed003_points.go:32:22:   flow: {storage for ... argument} ← &{storage for sumLocal()}:
./seed003_points.go:32:22:     from sumLocal() (spill) at ./seed003_points.go:32:22
./seed003_points.go:32:22:     from ... argument (slice-literal-element) at ./seed003_points.go:32:13
./seed003_points.go:32:22:   flow: {heap} ← {storage for ... argument}:
./seed003_points.go:32:22:     from ... argument (spill) at ./seed003_points.go:32:13
./seed003_points.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./seed003_points.go:32:13
./seed003_points.go:32:36: newPoint().X escapes to heap in main:
./seed003_points.go:32:36:   flow: {storage for ... argument} ← &{storage for newPoint().X}:
./seed003_points.go:32:36:     from newPoint().X (spill) at ./seed003_points.go:32:36
./seed003_points.go:32:36:     from ... argument (slice-literal-element) at ./seed003_points.go:32:13
./seed003_points.go:32:36:   flow: {heap} ← {storage for ... argument}:
./seed003_points.go:32:36:     from ... argument (spill) at ./seed003_points.go:32:13
./seed003_points.go:32:36:     from fmt.Println(... argument...) (call parameter) at ./seed003_points.go:32:13
./seed003_points.go:32:55: newPointValue().Y escapes to heap in main:
./seed003_points.go:32:55:   flow: {storage for ... argument} ← &{storage for newPointValue().Y}:
./seed003_points.go:32:55:     from newPointValue().Y (spill) at ./seed003_points.go:32:55
./seed003_points.go:32:55:     from ... argument (slice-literal-element) at ./seed003_points.go:32:13
./seed003_points.go:32:55:   flow: {heap} ← {storage for ... argument}:
./seed003_points.go:32:55:     from ... argument (spill) at ./seed003_points.go:32:13
./seed003_points.go:32:55:     from fmt.Println(... argument...) (call parameter) at ./seed003_points.go:32:13
./seed003_points.go:32:72: newPointPtr().X escapes to heap in main:
./seed003_points.go:32:72:   flow: {storage for ... argument} ← &{storage for newPointPtr().X}:
./seed003_points.go:32:72:     from newPointPtr().X (spill) at ./seed003_points.go:32:72
./seed003_points.go:32:72:     from ... argument (slice-literal-element) at ./seed003_points.go:32:13
./seed003_points.go:32:72:   flow: {heap} ← {storage for ... argument}:
./seed003_points.go:32:72:     from ... argument (spill) at ./seed003_points.go:32:13
./seed003_points.go:32:72:     from fmt.Println(... argument...) (call parameter) at ./seed003_points.go:32:13
./seed003_points.go:32:13: ... argument does not escape
./seed003_points.go:32:22: sumLocal() escapes to heap
./seed003_points.go:32:36: newPoint().X escapes to heap
./seed003_points.go:32:55: newPointValue().Y escapes to heap
./seed003_points.go:32:72: newPointPtr().X escapes to heap
