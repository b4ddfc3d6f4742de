./printer_exprs.go:22:7: p does not escape
./printer_exprs.go:22:46: &Point{...} escapes to heap
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
