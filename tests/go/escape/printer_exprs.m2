./printer_exprs.go:22:46: &Point{...} escapes to heap in (*Point).Scale:
./printer_exprs.go:22:46:   flow: ~r0 ← &{storage for &Point{...}}:
./printer_exprs.go:22:46:     from &Point{...} (spill) at ./printer_exprs.go:22:46
./printer_exprs.go:22:46:     from return &Point{...} (return) at ./printer_exprs.go:22:39
./printer_exprs.go:22:7: p does not escape
./printer_exprs.go:22:46: &Point{...} escapes to heap
./printer_exprs.go:36:15: p.X escapes to heap in main:
./printer_exprs.go:36:15:   flow: {storage for ... argument} ← &{storage for p.X}:
./printer_exprs.go:36:15:     from p.X (spill) at ./printer_exprs.go:36:15
./printer_exprs.go:36:15:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:15:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:15:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:36:21: pp.Y escapes to heap in main:
./printer_exprs.go:36:21:   flow: {storage for ... argument} ← &{storage for pp.Y}:
./printer_exprs.go:36:21:     from pp.Y (spill) at ./printer_exprs.go:36:21
./printer_exprs.go:36:21:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:21:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:21:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:21:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:36:26: s[1] escapes to heap in main:
./printer_exprs.go:36:26:   flow: {storage for ... argument} ← &{storage for s[1]}:
./printer_exprs.go:36:26:     from s[1] (spill) at ./printer_exprs.go:36:26
./printer_exprs.go:36:26:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:26:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:26:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:26:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:36:32: m["a"] escapes to heap in main:
./printer_exprs.go:36:32:   flow: {storage for ... argument} ← &{storage for m["a"]}:
./printer_exprs.go:36:32:     from m["a"] (spill) at ./printer_exprs.go:36:32
./printer_exprs.go:36:32:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:32:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:32:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:32:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:36:42: str[1:3] escapes to heap in main:
./printer_exprs.go:36:42:   flow: {storage for ... argument} ← &{storage for str[1:3]}:
./printer_exprs.go:36:42:     from str[1:3] (spill) at ./printer_exprs.go:36:42
./printer_exprs.go:36:42:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:42:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:42:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:42:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:36:50: s[:2] escapes to heap in main:
./printer_exprs.go:36:50:   flow: {storage for ... argument} ← &{storage for s[:2]}:
./printer_exprs.go:36:50:     from s[:2] (spill) at ./printer_exprs.go:36:50
./printer_exprs.go:36:50:     from ... argument (slice-literal-element) at ./printer_exprs.go:36:13
./printer_exprs.go:36:50:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:36:50:     from ... argument (spill) at ./printer_exprs.go:36:13
./printer_exprs.go:36:50:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:36:13
./printer_exprs.go:37:14: -p.X escapes to heap in main:
./printer_exprs.go:37:14:   flow: {storage for ... argument} ← &{storage for -p.X}:
./printer_exprs.go:37:14:     from -p.X (spill) at ./printer_exprs.go:37:14
./printer_exprs.go:37:14:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:14:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:14:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:20: false escapes to heap in main:
./printer_exprs.go:37:20:   flow: {storage for ... argument} ← &{storage for false}:
./printer_exprs.go:37:20:     from false (spill) at ./printer_exprs.go:37:20
./printer_exprs.go:37:20:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:20:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:20:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:27: ^p.Y escapes to heap in main:
./printer_exprs.go:37:27:   flow: {storage for ... argument} ← &{storage for ^p.Y}:
./printer_exprs.go:37:27:     from ^p.Y (spill) at ./printer_exprs.go:37:27
./printer_exprs.go:37:27:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:27:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:27:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:36: p.X + p.Y * 2 escapes to heap in main:
./printer_exprs.go:37:36:   flow: {storage for ... argument} ← &{storage for p.X + p.Y * 2}:
./printer_exprs.go:37:36:     from p.X + p.Y * 2 (spill) at ./printer_exprs.go:37:36
./printer_exprs.go:37:36:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:36:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:36:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:36:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:53: (p.X + p.Y) * 2 escapes to heap in main:
./printer_exprs.go:37:53:   flow: {storage for ... argument} ← &{storage for (p.X + p.Y) * 2}:
./printer_exprs.go:37:53:     from (p.X + p.Y) * 2 (spill) at ./printer_exprs.go:37:53
./printer_exprs.go:37:53:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:53:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:53:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:53:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:60: p.X << uint(1) escapes to heap in main:
./printer_exprs.go:37:60:   flow: {storage for ... argument} ← &{storage for p.X << uint(1)}:
./printer_exprs.go:37:60:     from p.X << uint(1) (spill) at ./printer_exprs.go:37:60
./printer_exprs.go:37:60:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:60:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:60:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:60:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:37:71: p.X % 2 == 0 escapes to heap in main:
./printer_exprs.go:37:71:   flow: {storage for ... argument} ← &{storage for p.X % 2 == 0}:
./printer_exprs.go:37:71:     from p.X % 2 == 0 (spill) at ./printer_exprs.go:37:71
./printer_exprs.go:37:71:     from ... argument (slice-literal-element) at ./printer_exprs.go:37:13
./printer_exprs.go:37:71:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:37:71:     from ... argument (spill) at ./printer_exprs.go:37:13
./printer_exprs.go:37:71:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:37:13
./printer_exprs.go:38:14: *pp escapes to heap in main:
./printer_exprs.go:38:14:   flow: {storage for ... argument} ← &{storage for *pp}:
./printer_exprs.go:38:14:     from *pp (spill) at ./printer_exprs.go:38:14
./printer_exprs.go:38:14:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:38:14:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:38:14:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:29:2: p escapes to heap in main:
./printer_exprs.go:29:2:   flow: {storage for ... argument} ← &p:
./printer_exprs.go:29:2:     from &p (address-of) at ./printer_exprs.go:38:19
./printer_exprs.go:29:2:     from &p (interface-converted) at ./printer_exprs.go:38:19
./printer_exprs.go:29:2:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:29:2:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:29:2:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:29:2:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:38:42: Point.Norm(p) escapes to heap in main:
./printer_exprs.go:38:42:   flow: {storage for ... argument} ← &{storage for Point.Norm(p)}:
./printer_exprs.go:38:42:     from Point.Norm(p) (spill) at ./printer_exprs.go:38:42
./printer_exprs.go:38:42:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:38:42:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:38:42:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:38:42:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:38:51: Inner.Get(o.Inner) escapes to heap in main:
./printer_exprs.go:38:51:   flow: {storage for ... argument} ← &{storage for Inner.Get(o.Inner)}:
./printer_exprs.go:38:51:     from Inner.Get(o.Inner) (spill) at ./printer_exprs.go:38:51
./printer_exprs.go:38:51:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:38:51:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:38:51:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:38:51:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:38:62: o.Inner.V escapes to heap in main:
./printer_exprs.go:38:62:   flow: {storage for ... argument} ← &{storage for o.Inner.V}:
./printer_exprs.go:38:62:     from o.Inner.V (spill) at ./printer_exprs.go:38:62
./printer_exprs.go:38:62:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:38:62:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:38:62:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:38:62:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:38:69: o.P.X escapes to heap in main:
./printer_exprs.go:38:69:   flow: {storage for ... argument} ← &{storage for o.P.X}:
./printer_exprs.go:38:69:     from o.P.X (spill) at ./printer_exprs.go:38:69
./printer_exprs.go:38:69:     from ... argument (slice-literal-element) at ./printer_exprs.go:38:13
./printer_exprs.go:38:69:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:38:69:     from ... argument (spill) at ./printer_exprs.go:38:13
./printer_exprs.go:38:69:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:38:13
./printer_exprs.go:39:21: float64(p.X) escapes to heap in main:
./printer_exprs.go:39:21:   flow: {storage for ... argument} ← &{storage for float64(p.X)}:
./printer_exprs.go:39:21:     from float64(p.X) (spill) at ./printer_exprs.go:39:21
./printer_exprs.go:39:21:     from ... argument (slice-literal-element) at ./printer_exprs.go:39:13
./printer_exprs.go:39:21:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:39:21:     from ... argument (spill) at ./printer_exprs.go:39:13
./printer_exprs.go:39:21:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:39:13
./printer_exprs.go:39:34: "A" escapes to heap in main:
./printer_exprs.go:39:34:   flow: {storage for ... argument} ← &{storage for "A"}:
./printer_exprs.go:39:34:     from "A" (spill) at ./printer_exprs.go:39:34
./printer_exprs.go:39:34:     from ... argument (slice-literal-element) at ./printer_exprs.go:39:13
./printer_exprs.go:39:34:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:39:34:     from ... argument (spill) at ./printer_exprs.go:39:13
./printer_exprs.go:39:34:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:39:13
./printer_exprs.go:39:52: ([]byte)(str) escapes to heap in main:
./printer_exprs.go:39:52:   flow: {storage for ... argument} ← &{storage for ([]byte)(str)}:
./printer_exprs.go:39:52:     from ([]byte)(str) (spill) at ./printer_exprs.go:39:52
./printer_exprs.go:39:52:     from ... argument (slice-literal-element) at ./printer_exprs.go:39:13
./printer_exprs.go:39:52:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:39:52:     from ... argument (spill) at ./printer_exprs.go:39:13
./printer_exprs.go:39:52:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:39:13
./printer_exprs.go:39:63: int8(p.Y) escapes to heap in main:
./printer_exprs.go:39:63:   flow: {storage for ... argument} ← &{storage for int8(p.Y)}:
./printer_exprs.go:39:63:     from int8(p.Y) (spill) at ./printer_exprs.go:39:63
./printer_exprs.go:39:63:     from ... argument (slice-literal-element) at ./printer_exprs.go:39:13
./printer_exprs.go:39:63:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:39:63:     from ... argument (spill) at ./printer_exprs.go:39:13
./printer_exprs.go:39:63:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:39:13
./printer_exprs.go:39:74: uint(len(s)) escapes to heap in main:
./printer_exprs.go:39:74:   flow: {storage for ... argument} ← &{storage for uint(len(s))}:
./printer_exprs.go:39:74:     from uint(len(s)) (spill) at ./printer_exprs.go:39:74
./printer_exprs.go:39:74:     from ... argument (slice-literal-element) at ./printer_exprs.go:39:13
./printer_exprs.go:39:74:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:39:74:     from ... argument (spill) at ./printer_exprs.go:39:13
./printer_exprs.go:39:74:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:39:13
./printer_exprs.go:40:19: Point{...} escapes to heap in main:
./printer_exprs.go:40:19:   flow: {storage for ... argument} ← &{storage for Point{...}}:
./printer_exprs.go:40:19:     from Point{...} (spill) at ./printer_exprs.go:40:19
./printer_exprs.go:40:19:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:19:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:19:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:40:27: &Point{...} escapes to heap in main:
./printer_exprs.go:40:27:   flow: {storage for ... argument} ← &{storage for &Point{...}}:
./printer_exprs.go:40:27:     from &Point{...} (spill) at ./printer_exprs.go:40:27
./printer_exprs.go:40:27:     from &Point{...} (interface-converted) at ./printer_exprs.go:40:27
./printer_exprs.go:40:27:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:27:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:27:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:27:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:40:46: []int{...} escapes to heap in main:
./printer_exprs.go:40:46:   flow: {storage for ... argument} ← &{storage for []int{...}}:
./printer_exprs.go:40:46:     from []int{...} (spill) at ./printer_exprs.go:40:46
./printer_exprs.go:40:46:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:46:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:46:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:46:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:40:63: map[int]bool{} escapes to heap in main:
./printer_exprs.go:40:63:   flow: {storage for ... argument} ← &{storage for map[int]bool{}}:
./printer_exprs.go:40:63:     from map[int]bool{} (spill) at ./printer_exprs.go:40:63
./printer_exprs.go:40:63:     from map[int]bool{} (interface-converted) at ./printer_exprs.go:40:63
./printer_exprs.go:40:63:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:63:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:63:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:63:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:40:73: [2]int{} escapes to heap in main:
./printer_exprs.go:40:73:   flow: {storage for ... argument} ← &{storage for [2]int{}}:
./printer_exprs.go:40:73:     from [2]int{} (spill) at ./printer_exprs.go:40:73
./printer_exprs.go:40:73:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:73:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:73:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:73:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:40:92: struct { A int }{...} escapes to heap in main:
./printer_exprs.go:40:92:   flow: {storage for ... argument} ← &{storage for struct { A int }{...}}:
./printer_exprs.go:40:92:     from struct { A int }{...} (spill) at ./printer_exprs.go:40:92
./printer_exprs.go:40:92:     from ... argument (slice-literal-element) at ./printer_exprs.go:40:13
./printer_exprs.go:40:92:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:40:92:     from ... argument (spill) at ./printer_exprs.go:40:13
./printer_exprs.go:40:92:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:40:13
./printer_exprs.go:41:29: strings.ToUpper(str) escapes to heap in main:
./printer_exprs.go:41:29:   flow: {storage for ... argument} ← &{storage for strings.ToUpper(str)}:
./printer_exprs.go:41:29:     from strings.ToUpper(str) (spill) at ./printer_exprs.go:41:29
./printer_exprs.go:41:29:     from ... argument (slice-literal-element) at ./printer_exprs.go:41:13
./printer_exprs.go:41:29:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:41:29:     from ... argument (spill) at ./printer_exprs.go:41:13
./printer_exprs.go:41:29:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:41:13
./printer_exprs.go:41:39: len(str) escapes to heap in main:
./printer_exprs.go:41:39:   flow: {storage for ... argument} ← &{storage for len(str)}:
./printer_exprs.go:41:39:     from len(str) (spill) at ./printer_exprs.go:41:39
./printer_exprs.go:41:39:     from ... argument (slice-literal-element) at ./printer_exprs.go:41:13
./printer_exprs.go:41:39:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:41:39:     from ... argument (spill) at ./printer_exprs.go:41:13
./printer_exprs.go:41:39:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:41:13
./printer_exprs.go:41:49: cap(s) escapes to heap in main:
./printer_exprs.go:41:49:   flow: {storage for ... argument} ← &{storage for cap(s)}:
./printer_exprs.go:41:49:     from cap(s) (spill) at ./printer_exprs.go:41:49
./printer_exprs.go:41:49:     from ... argument (slice-literal-element) at ./printer_exprs.go:41:13
./printer_exprs.go:41:49:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:41:49:     from ... argument (spill) at ./printer_exprs.go:41:13
./printer_exprs.go:41:49:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:41:13
./printer_exprs.go:41:69: strings.Builder{} escapes to heap in main:
./printer_exprs.go:41:69:   flow: {storage for ... argument} ← &{storage for strings.Builder{}}:
./printer_exprs.go:41:69:     from strings.Builder{} (spill) at ./printer_exprs.go:41:69
./printer_exprs.go:41:69:     from ... argument (slice-literal-element) at ./printer_exprs.go:41:13
./printer_exprs.go:41:69:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:41:69:     from ... argument (spill) at ./printer_exprs.go:41:13
./printer_exprs.go:41:69:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:41:13
./printer_exprs.go:42:26: iface.(Point) escapes to heap in main:
./printer_exprs.go:42:26:   flow: {storage for ... argument} ← &{storage for iface.(Point)}:
./printer_exprs.go:42:26:     from iface.(Point) (spill) at ./printer_exprs.go:42:26
./printer_exprs.go:42:26:     from ... argument (slice-literal-element) at ./printer_exprs.go:42:13
./printer_exprs.go:42:26:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:42:26:     from ... argument (spill) at ./printer_exprs.go:42:13
./printer_exprs.go:42:26:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:42:13
./printer_exprs.go:42:36: func literal escapes to heap in main:
./printer_exprs.go:42:36:   flow: {storage for ... argument} ← &{storage for func literal}:
./printer_exprs.go:42:36:     from func literal (spill) at ./printer_exprs.go:42:36
./printer_exprs.go:42:36:     from func literal (interface-converted) at ./printer_exprs.go:42:36
./printer_exprs.go:42:36:     from ... argument (slice-literal-element) at ./printer_exprs.go:42:13
./printer_exprs.go:42:36:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:42:36:     from ... argument (spill) at ./printer_exprs.go:42:13
./printer_exprs.go:42:36:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:42:13
./printer_exprs.go:43:18: str + "!" escapes to heap in main:
./printer_exprs.go:43:18:   flow: {storage for ... argument} ← &{storage for str + "!"}:
./printer_exprs.go:43:18:     from str + "!" (spill) at ./printer_exprs.go:43:18
./printer_exprs.go:43:18:     from ... argument (slice-literal-element) at ./printer_exprs.go:43:13
./printer_exprs.go:43:18:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:43:18:     from ... argument (spill) at ./printer_exprs.go:43:13
./printer_exprs.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:43:13
./printer_exprs.go:43:29: str == "x" escapes to heap in main:
./printer_exprs.go:43:29:   flow: {storage for ... argument} ← &{storage for str == "x"}:
./printer_exprs.go:43:29:     from str == "x" (spill) at ./printer_exprs.go:43:29
./printer_exprs.go:43:29:     from ... argument (slice-literal-element) at ./printer_exprs.go:43:13
./printer_exprs.go:43:29:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:43:29:     from ... argument (spill) at ./printer_exprs.go:43:13
./printer_exprs.go:43:29:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:43:13
./printer_exprs.go:43:39: p != Point{} escapes to heap in main:
./printer_exprs.go:43:39:   flow: {storage for ... argument} ← &{storage for p != Point{}}:
./printer_exprs.go:43:39:     from p != Point{} (spill) at ./printer_exprs.go:43:39
./printer_exprs.go:43:39:     from ... argument (slice-literal-element) at ./printer_exprs.go:43:13
./printer_exprs.go:43:39:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:43:39:     from ... argument (spill) at ./printer_exprs.go:43:13
./printer_exprs.go:43:39:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:43:13
./printer_exprs.go:43:52: s[len(s) - 1] escapes to heap in main:
./printer_exprs.go:43:52:   flow: {storage for ... argument} ← &{storage for s[len(s) - 1]}:
./printer_exprs.go:43:52:     from s[len(s) - 1] (spill) at ./printer_exprs.go:43:52
./printer_exprs.go:43:52:     from ... argument (slice-literal-element) at ./printer_exprs.go:43:13
./printer_exprs.go:43:52:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:43:52:     from ... argument (spill) at ./printer_exprs.go:43:13
./printer_exprs.go:43:52:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:43:13
./printer_exprs.go:44:24: Point.Norm(p) escapes to heap in main:
./printer_exprs.go:44:24:   flow: {storage for ... argument} ← &{storage for Point.Norm(p)}:
./printer_exprs.go:44:24:     from Point.Norm(p) (spill) at ./printer_exprs.go:44:24
./printer_exprs.go:44:24:     from ... argument (slice-literal-element) at ./printer_exprs.go:44:13
./printer_exprs.go:44:24:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:44:24:     from ... argument (spill) at ./printer_exprs.go:44:13
./printer_exprs.go:44:24:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:44:13
./printer_exprs.go:46:14: a escapes to heap in main:
./printer_exprs.go:46:14:   flow: {storage for ... argument} ← &{storage for a}:
./printer_exprs.go:46:14:     from a (spill) at ./printer_exprs.go:46:14
./printer_exprs.go:46:14:     from ... argument (slice-literal-element) at ./printer_exprs.go:46:13
./printer_exprs.go:46:14:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:46:14:     from ... argument (spill) at ./printer_exprs.go:46:13
./printer_exprs.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:46:13
./printer_exprs.go:46:17: b escapes to heap in main:
./printer_exprs.go:46:17:   flow: {storage for ... argument} ← &{storage for b}:
./printer_exprs.go:46:17:     from b (spill) at ./printer_exprs.go:46:17
./printer_exprs.go:46:17:     from ... argument (slice-literal-element) at ./printer_exprs.go:46:13
./printer_exprs.go:46:17:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:46:17:     from ... argument (spill) at ./printer_exprs.go:46:13
./printer_exprs.go:46:17:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:46:13
./printer_exprs.go:48:17: arr[0] escapes to heap in main:
./printer_exprs.go:48:17:   flow: {storage for ... argument} ← &{storage for arr[0]}:
./printer_exprs.go:48:17:     from arr[0] (spill) at ./printer_exprs.go:48:17
./printer_exprs.go:48:17:     from ... argument (slice-literal-element) at ./printer_exprs.go:48:13
./printer_exprs.go:48:17:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:48:17:     from ... argument (spill) at ./printer_exprs.go:48:13
./printer_exprs.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:48:13
./printer_exprs.go:48:22: arr escapes to heap in main:
./printer_exprs.go:48:22:   flow: {storage for ... argument} ← &{storage for arr}:
./printer_exprs.go:48:22:     from arr (spill) at ./printer_exprs.go:48:22
./printer_exprs.go:48:22:     from ... argument (slice-literal-element) at ./printer_exprs.go:48:13
./printer_exprs.go:48:22:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:48:22:     from ... argument (spill) at ./printer_exprs.go:48:13
./printer_exprs.go:48:22:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:48:13
./printer_exprs.go:51:14: <-ch escapes to heap in main:
./printer_exprs.go:51:14:   flow: {storage for ... argument} ← &{storage for <-ch}:
./printer_exprs.go:51:14:     from <-ch (spill) at ./printer_exprs.go:51:14
./printer_exprs.go:51:14:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:14:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:14:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:14:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:51:27: (1 + 2i) escapes to heap in main:
./printer_exprs.go:51:27:   flow: {storage for ... argument} ← &{storage for (1 + 2i)}:
./printer_exprs.go:51:27:     from (1 + 2i) (spill) at ./printer_exprs.go:51:27
./printer_exprs.go:51:27:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:27:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:27:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:27:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:51:39: 0 escapes to heap in main:
./printer_exprs.go:51:39:   flow: {storage for ... argument} ← &{storage for 0}:
./printer_exprs.go:51:39:     from 0 (spill) at ./printer_exprs.go:51:39
./printer_exprs.go:51:39:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:39:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:39:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:39:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:51:46: 1024 escapes to heap in main:
./printer_exprs.go:51:46:   flow: {storage for ... argument} ← &{storage for 1024}:
./printer_exprs.go:51:46:     from 1024 (spill) at ./printer_exprs.go:51:46
./printer_exprs.go:51:46:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:46:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:46:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:46:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:51:52: 'x' escapes to heap in main:
./printer_exprs.go:51:52:   flow: {storage for ... argument} ← &{storage for 'x'}:
./printer_exprs.go:51:52:     from 'x' (spill) at ./printer_exprs.go:51:52
./printer_exprs.go:51:52:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:52:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:52:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:52:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:51:60: "xy" escapes to heap in main:
./printer_exprs.go:51:60:   flow: {storage for ... argument} ← &{storage for "xy"}:
./printer_exprs.go:51:60:     from "xy" (spill) at ./printer_exprs.go:51:60
./printer_exprs.go:51:60:     from ... argument (slice-literal-element) at ./printer_exprs.go:51:13
./printer_exprs.go:51:60:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:51:60:     from ... argument (spill) at ./printer_exprs.go:51:13
./printer_exprs.go:51:60:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:51:13
./printer_exprs.go:35:18: p escapes to heap in main:
./printer_exprs.go:35:18:   flow: iface ← &{storage for p}:
./printer_exprs.go:35:18:     from p (spill) at ./printer_exprs.go:35:18
./printer_exprs.go:35:18:     from iface := p (assign) at ./printer_exprs.go:35:6
./printer_exprs.go:35:18:   flow: {storage for ... argument} ← iface:
./printer_exprs.go:35:18:     from ... argument (slice-literal-element) at ./printer_exprs.go:42:13
./printer_exprs.go:35:18:   flow: {heap} ← {storage for ... argument}:
./printer_exprs.go:35:18:     from ... argument (spill) at ./printer_exprs.go:42:13
./printer_exprs.go:35:18:     from fmt.Println(... argument...) (call parameter) at ./printer_exprs.go:42:13
./printer_exprs.go:43:18: str + "!" escapes to heap in main:
./printer_exprs.go:43:18:   flow: {storage for str + "!"} ← &{storage for str + "!"}:
./printer_exprs.go:43:18:     from str + "!" (spill) at ./printer_exprs.go:43:18
./printer_exprs.go:43:18:     from str + "!" (interface-converted) at ./printer_exprs.go:43:18
./printer_exprs.go:40:46: []int{...} escapes to heap in main:
./printer_exprs.go:40:46:   flow: {storage for []int{...}} ← &{storage for []int{...}}:
./printer_exprs.go:40:46:     from []int{...} (spill) at ./printer_exprs.go:40:46
./printer_exprs.go:40:46:     from []int{...} (interface-converted) at ./printer_exprs.go:40:46
./printer_exprs.go:39:53: ([]byte)(str) escapes to heap in main:
./printer_exprs.go:39:53:   flow: {storage for ([]byte)(str)} ← &{storage for ([]byte)(str)}:
./printer_exprs.go:39:53:     from ([]byte)(str) (spill) at ./printer_exprs.go:39:53
./printer_exprs.go:39:53:     from ([]byte)(str) (interface-converted) at ./printer_exprs.go:39:52
./printer_exprs.go:31:12: []int{...} escapes to heap in main:
./printer_exprs.go:31:12:   flow: s ← &{storage for []int{...}}:
./printer_exprs.go:31:12:     from []int{...} (spill) at ./printer_exprs.go:31:12
./printer_exprs.go:31:12:     from s := []int{...} (assign) at ./printer_exprs.go:31:4
./printer_exprs.go:31:12:   flow: {storage for s[:2]} ← s:
./printer_exprs.go:31:12:     from s[:2] (slice) at ./printer_exprs.go:36:50
./printer_exprs.go:31:12:     from s[:2] (interface-converted) at ./printer_exprs.go:36:50
./printer_exprs.go:29:2: moved to heap: p
./printer_exprs.go:31:12: []int{...} escapes to heap
./printer_exprs.go:32:21: map[string]int{...} does not escape
./printer_exprs.go:35:18: p escapes to heap
./printer_exprs.go:36:13: ... argument does not escape
./printer_exprs.go:36:15: p.X escapes to heap
./printer_exprs.go:36:21: pp.Y escapes to heap
./printer_exprs.go:36:26: s[1] escapes to heap
./printer_exprs.go:36:32: m["a"] escapes to heap
./printer_exprs.go:36:42: str[1:3] escapes to heap
./printer_exprs.go:36:50: s[:2] escapes to heap
./printer_exprs.go:37:13: ... argument does not escape
./printer_exprs.go:37:14: -p.X escapes to heap
./printer_exprs.go:37:20: false escapes to heap
./printer_exprs.go:37:27: ^p.Y escapes to heap
./printer_exprs.go:37:36: p.X + p.Y * 2 escapes to heap
./printer_exprs.go:37:53: (p.X + p.Y) * 2 escapes to heap
./printer_exprs.go:37:60: p.X << uint(1) escapes to heap
./printer_exprs.go:37:71: p.X % 2 == 0 escapes to heap
./printer_exprs.go:38:13: ... argument does not escape
./printer_exprs.go:38:14: *pp escapes to heap
./printer_exprs.go:38:42: Point.Norm(p) escapes to heap
./printer_exprs.go:38:51: Inner.Get(o.Inner) escapes to heap
./printer_exprs.go:38:62: o.Inner.V escapes to heap
./printer_exprs.go:38:69: o.P.X escapes to heap
./printer_exprs.go:39:13: ... argument does not escape
./printer_exprs.go:39:21: float64(p.X) escapes to heap
./printer_exprs.go:39:34: "A" escapes to heap
./printer_exprs.go:39:52: ([]byte)(str) escapes to heap
./printer_exprs.go:39:53: ([]byte)(str) escapes to heap
./printer_exprs.go:39:63: int8(p.Y) escapes to heap
./printer_exprs.go:39:74: uint(len(s)) escapes to heap
./printer_exprs.go:40:13: ... argument does not escape
./printer_exprs.go:40:19: Point{...} escapes to heap
./printer_exprs.go:40:27: &Point{...} escapes to heap
./printer_exprs.go:40:46: []int{...} escapes to heap
./printer_exprs.go:40:46: []int{...} escapes to heap
./printer_exprs.go:40:63: map[int]bool{} escapes to heap
./printer_exprs.go:40:73: [2]int{} escapes to heap
./printer_exprs.go:40:92: struct { A int }{...} escapes to heap
./printer_exprs.go:41:13: ... argument does not escape
./printer_exprs.go:41:29: strings.ToUpper(str) escapes to heap
./printer_exprs.go:41:39: len(str) escapes to heap
./printer_exprs.go:41:49: cap(s) escapes to heap
./printer_exprs.go:41:69: strings.Builder{} escapes to heap
./printer_exprs.go:42:13: ... argument does not escape
./printer_exprs.go:42:26: iface.(Point) escapes to heap
./printer_exprs.go:42:36: func literal escapes to heap
./printer_exprs.go:43:13: ... argument does not escape
./printer_exprs.go:43:18: str + "!" escapes to heap
./printer_exprs.go:43:18: str + "!" escapes to heap
./printer_exprs.go:43:29: str == "x" escapes to heap
./printer_exprs.go:43:39: p != Point{} escapes to heap
./printer_exprs.go:43:52: s[len(s) - 1] escapes to heap
./printer_exprs.go:44:13: ... argument does not escape
./printer_exprs.go:44:24: Point.Norm(p) escapes to heap
./printer_exprs.go:46:13: ... argument does not escape
./printer_exprs.go:46:14: a escapes to heap
./printer_exprs.go:46:17: b escapes to heap
./printer_exprs.go:48:13: ... argument does not escape
./printer_exprs.go:48:17: arr[0] escapes to heap
./printer_exprs.go:48:22: arr escapes to heap
./printer_exprs.go:51:13: ... argument does not escape
./printer_exprs.go:51:14: <-ch escapes to heap
./printer_exprs.go:51:27: (1 + 2i) escapes to heap
./printer_exprs.go:51:39: 0 escapes to heap
./printer_exprs.go:51:46: 1024 escapes to heap
./printer_exprs.go:51:52: 'x' escapes to heap
./printer_exprs.go:51:60: "xy" escapes to heap
