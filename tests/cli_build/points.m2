./main.go:8:2: p escapes to heap in newPoint:
./main.go:8:2:   flow: ~r0 ← &p:
./main.go:8:2:     from &p (address-of) at ./main.go:9:9
./main.go:8:2:     from return &p (return) at ./main.go:9:2
./main.go:8:2: moved to heap: p
./main.go:12:10: ps does not escape
./main.go:22:7: &Point{...} escapes to heap in main:
./main.go:22:7:   flow: b ← &{storage for &Point{...}}:
./main.go:22:7:     from &Point{...} (spill) at ./main.go:22:7
./main.go:22:7:     from b := &Point{...} (assign) at ./main.go:22:4
./main.go:22:7:   flow: {heap} ← b:
./main.go:22:7:     from append(s, a, b) (call parameter) at ./main.go:24:12
./main.go:25:17: sum(s) escapes to heap in main:
./main.go:25:17:   flow: {storage for ... argument} ← &{storage for sum(s)}:
./main.go:25:17:     from sum(s) (spill) at ./main.go:25:17
./main.go:25:17:     from ... argument (slice-literal-element) at ./main.go:25:13
./main.go:25:17:   flow: {heap} ← {storage for ... argument}:
./main.go:25:17:     from ... argument (spill) at ./main.go:25:13
./main.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:25:13
./main.go:27:14: 10 escapes to heap in main:
./main.go:27:14:   flow: {storage for ... argument} ← &{storage for 10}:
./main.go:27:14:     from 10 (spill) at ./main.go:27:14
./main.go:27:14:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:14:   flow: {heap} ← {storage for ... argument}:
./main.go:27:14:     from ... argument (spill) at ./main.go:27:13
./main.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:27:17: "points" escapes to heap in main:
./main.go:27:17:   flow: {storage for ... argument} ← &{storage for "points"}:
./main.go:27:17:     from "points" (spill) at ./main.go:27:17
./main.go:27:17:     from ... argument (slice-literal-element) at ./main.go:27:13
./main.go:27:17:   flow: {heap} ← {storage for ... argument}:
./main.go:27:17:     from ... argument (spill) at ./main.go:27:13
./main.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./main.go:27:13
./main.go:22:7: &Point{...} escapes to heap
./main.go:23:11: make([]*Point, 0, 4) does not escape
./main.go:24:12: append does not escape
./main.go:25:13: ... argument does not escape
./main.go:25:17: sum(s) escapes to heap
./main.go:27:13: ... argument does not escape
./main.go:27:14: 10 escapes to heap
./main.go:27:17: "points" escapes to heap
