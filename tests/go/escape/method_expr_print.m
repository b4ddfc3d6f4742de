./method_expr_print.go:13:7: t does not escape
./method_expr_print.go:22:54: ... argument does not escape
./method_expr_print.go:22:71: float64(c) escapes to heap
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
