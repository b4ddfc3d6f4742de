./iface_values.go:13:7: t does not escape
./iface_values.go:18:12: leaking param content: ss
./iface_values.go:27:15: []Shape{...} does not escape
./iface_values.go:27:18: Sq{...} escapes to heap
./iface_values.go:27:23: &Tri{...} escapes to heap
./iface_values.go:32:28: Sq{...} escapes to heap
./iface_values.go:32:33: &Tri{...} escapes to heap
./iface_values.go:32:17: append escapes to heap
./iface_values.go:35:23: leaking param: s
./iface_values.go:36:12: s.Area escapes to heap
./iface_values.go:39:28: leaking param: s
./iface_values.go:40:8: s.Area does not escape
./iface_values.go:44:15: leaking param: s to result ~r0 level=0
./iface_values.go:51:14: a does not escape
./iface_values.go:51:17: b does not escape
./iface_values.go:57:13: Sq{...} escapes to heap
./iface_values.go:58:11: &Tri{...} escapes to heap
./iface_values.go:63:25: map[string]Shape{...} escapes to heap
./iface_values.go:63:34: Sq{...} escapes to heap
./iface_values.go:69:21: Sq{...} escapes to heap
./iface_values.go:70:30: Sq{...} escapes to heap
./iface_values.go:71:15: &Tri{} does not escape
./iface_values.go:72:16: Sq{...} does not escape
./iface_values.go:72:23: Sq{...} does not escape
