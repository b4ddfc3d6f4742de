./method_expr_print.go:13:7: t does not escape
./method_expr_print.go:22:71: float64(c) escapes to heap in Celsius.String:
./method_expr_print.go:22:71:   flow: {storage for ... argument} ← &{storage for float64(c)}:
./method_expr_print.go:22:71:     from float64(c) (spill) at ./method_expr_print.go:22:71
./method_expr_print.go:22:71:     from ... argument (slice-literal-element) at ./method_expr_print.go:22:54
./method_expr_print.go:22:71:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:22:71:     from ... argument (spill) at ./method_expr_print.go:22:54
./method_expr_print.go:22:71:     from fmt.Sprintf("%.1fC", ... argument...) (call parameter) at ./method_expr_print.go:22:54
./method_expr_print.go:22:54: ... argument does not escape
./method_expr_print.go:22:71: float64(c) escapes to heap
./method_expr_print.go:30:22: (*Tree).Sum(root) escapes to heap in main:
./method_expr_print.go:30:22:   flow: {storage for ... argument} ← &{storage for (*Tree).Sum(root)}:
./method_expr_print.go:30:22:     from (*Tree).Sum(root) (spill) at ./method_expr_print.go:30:22
./method_expr_print.go:30:22:     from ... argument (slice-literal-element) at ./method_expr_print.go:30:13
./method_expr_print.go:30:22:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:30:22:     from ... argument (spill) at ./method_expr_print.go:30:13
./method_expr_print.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:30:13
./method_expr_print.go:32:22: Celsius.String(c) escapes to heap in main:
./method_expr_print.go:32:22:   flow: {storage for ... argument} ← &{storage for Celsius.String(c)}:
./method_expr_print.go:32:22:     from Celsius.String(c) (spill) at ./method_expr_print.go:32:22
./method_expr_print.go:32:22:     from ... argument (slice-literal-element) at ./method_expr_print.go:32:13
./method_expr_print.go:32:22:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:32:22:     from ... argument (spill) at ./method_expr_print.go:32:13
./method_expr_print.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:32:13
./method_expr_print.go:33:22: Celsius.Double(c) escapes to heap in main:
./method_expr_print.go:33:22:   flow: {storage for ... argument} ← &{storage for Celsius.Double(c)}:
./method_expr_print.go:33:22:     from Celsius.Double(c) (spill) at ./method_expr_print.go:33:22
./method_expr_print.go:33:22:     from ... argument (slice-literal-element) at ./method_expr_print.go:33:13
./method_expr_print.go:33:22:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:33:22:     from ... argument (spill) at ./method_expr_print.go:33:13
./method_expr_print.go:33:22:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:33:13
./method_expr_print.go:34:20: double(4) escapes to heap in main:
./method_expr_print.go:34:20:   flow: {storage for ... argument} ← &{storage for double(4)}:
./method_expr_print.go:34:20:     from double(4) (spill) at ./method_expr_print.go:34:20
./method_expr_print.go:34:20:     from ... argument (slice-literal-element) at ./method_expr_print.go:34:13
./method_expr_print.go:34:20:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:34:20:     from ... argument (spill) at ./method_expr_print.go:34:13
./method_expr_print.go:34:20:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:34:13
./method_expr_print.go:35:21: float64(c) escapes to heap in main:
./method_expr_print.go:35:21:   flow: {storage for ... argument} ← &{storage for float64(c)}:
./method_expr_print.go:35:21:     from float64(c) (spill) at ./method_expr_print.go:35:21
./method_expr_print.go:35:21:     from ... argument (slice-literal-element) at ./method_expr_print.go:35:13
./method_expr_print.go:35:21:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:35:21:     from ... argument (spill) at ./method_expr_print.go:35:13
./method_expr_print.go:35:21:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:35:13
./method_expr_print.go:36:19: int64(double(2)) escapes to heap in main:
./method_expr_print.go:36:19:   flow: {storage for ... argument} ← &{storage for int64(double(2))}:
./method_expr_print.go:36:19:     from int64(double(2)) (spill) at ./method_expr_print.go:36:19
./method_expr_print.go:36:19:     from ... argument (slice-literal-element) at ./method_expr_print.go:36:13
./method_expr_print.go:36:19:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:36:19:     from ... argument (spill) at ./method_expr_print.go:36:13
./method_expr_print.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:36:13
./method_expr_print.go:37:18: root.val escapes to heap in main:
./method_expr_print.go:37:18:   flow: {storage for ... argument} ← &{storage for root.val}:
./method_expr_print.go:37:18:     from root.val (spill) at ./method_expr_print.go:37:18
./method_expr_print.go:37:18:     from ... argument (slice-literal-element) at ./method_expr_print.go:37:13
./method_expr_print.go:37:18:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:37:18:     from ... argument (spill) at ./method_expr_print.go:37:13
./method_expr_print.go:37:18:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:37:13
./method_expr_print.go:38:17: 3 escapes to heap in main:
./method_expr_print.go:38:17:   flow: {storage for ... argument} ← &{storage for 3}:
./method_expr_print.go:38:17:     from 3 (spill) at ./method_expr_print.go:38:17
./method_expr_print.go:38:17:     from ... argument (slice-literal-element) at ./method_expr_print.go:38:13
./method_expr_print.go:38:17:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:38:17:     from ... argument (spill) at ./method_expr_print.go:38:13
./method_expr_print.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:38:13
./method_expr_print.go:38:29: cap(make([]int, 3)) escapes to heap in main:
./method_expr_print.go:38:29:   flow: {storage for ... argument} ← &{storage for cap(make([]int, 3))}:
./method_expr_print.go:38:29:     from cap(make([]int, 3)) (spill) at ./method_expr_print.go:38:29
./method_expr_print.go:38:29:     from ... argument (slice-literal-element) at ./method_expr_print.go:38:13
./method_expr_print.go:38:29:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:38:29:     from ... argument (spill) at ./method_expr_print.go:38:13
./method_expr_print.go:38:29:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:38:13
./method_expr_print.go:39:14: Celsius(21.5) escapes to heap in main:
./method_expr_print.go:39:14:   flow: {storage for ... argument} ← &{storage for Celsius(21.5)}:
./method_expr_print.go:39:14:     from Celsius(21.5) (spill) at ./method_expr_print.go:39:14
./method_expr_print.go:39:14:     from ... argument (slice-literal-element) at ./method_expr_print.go:39:13
./method_expr_print.go:39:14:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:39:14:     from ... argument (spill) at ./method_expr_print.go:39:13
./method_expr_print.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:39:13
./method_expr_print.go:29:30: &Tree{...} escapes to heap in main:
./method_expr_print.go:29:30:   flow: {storage for &Tree{...}} ← &{storage for &Tree{...}}:
./method_expr_print.go:29:30:     from &Tree{...} (spill) at ./method_expr_print.go:29:30
./method_expr_print.go:29:30:     from Tree{...} (struct literal element) at ./method_expr_print.go:29:15
./method_expr_print.go:29:30:   flow: root ← &{storage for &Tree{...}}:
./method_expr_print.go:29:30:     from &Tree{...} (spill) at ./method_expr_print.go:29:10
./method_expr_print.go:29:30:     from root := &Tree{...} (assign) at ./method_expr_print.go:29:7
./method_expr_print.go:29:30:   flow: {storage for ... argument} ← *root:
./method_expr_print.go:29:30:     from root.left (dot of pointer) at ./method_expr_print.go:37:28
./method_expr_print.go:29:30:     from root.left (interface-converted) at ./method_expr_print.go:37:28
./method_expr_print.go:29:30:     from ... argument (slice-literal-element) at ./method_expr_print.go:37:13
./method_expr_print.go:29:30:   flow: {heap} ← {storage for ... argument}:
./method_expr_print.go:29:30:     from ... argument (spill) at ./method_expr_print.go:37:13
./method_expr_print.go:29:30:     from fmt.Println(... argument...) (call parameter) at ./method_expr_print.go:37:13
./method_expr_print.go:29:10: &Tree{...} does not escape
./method_expr_print.go:29:30: &Tree{...} escapes to heap
./method_expr_print.go:30:13: ... argument does not escape
./method_expr_print.go:30:22: (*Tree).Sum(root) escapes to heap
./method_expr_print.go:32:13: ... argument does not escape
./method_expr_print.go:32:22: Celsius.String(c) escapes to heap
./method_expr_print.go:33:13: ... argument does not escape
./method_expr_print.go:33:22: Celsius.Double(c) escapes to heap
./method_expr_print.go:34:13: ... argument does not escape
./method_expr_print.go:34:20: double(4) escapes to heap
./method_expr_print.go:35:13: ... argument does not escape
./method_expr_print.go:35:21: float64(c) escapes to heap
./method_expr_print.go:36:13: ... argument does not escape
./method_expr_print.go:36:19: int64(double(2)) escapes to heap
./method_expr_print.go:37:13: ... argument does not escape
./method_expr_print.go:37:18: root.val escapes to heap
./method_expr_print.go:38:13: ... argument does not escape
./method_expr_print.go:38:17: 3 escapes to heap
./method_expr_print.go:38:29: cap(make([]int, 3)) escapes to heap
./method_expr_print.go:38:34: make([]int, 3) does not escape
./method_expr_print.go:39:13: ... argument does not escape
./method_expr_print.go:39:14: Celsius(21.5) escapes to heap
