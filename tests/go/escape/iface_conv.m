./iface_conv.go:20:15: devirtualizing s.Area to Rect
./iface_conv.go:31:15: devirtualizing s.Area to *Circle
./iface_conv.go:13:7: c does not escape
./iface_conv.go:19:20: Rect{...} does not escape
./iface_conv.go:24:20: Rect{...} escapes to heap
./iface_conv.go:25:17: append escapes to heap
./iface_conv.go:35:9: x escapes to heap
./iface_conv.go:40:9: r escapes to heap
./iface_conv.go:45:9: 3.5 escapes to heap
./iface_conv.go:49:9: &Circle{...} escapes to heap
./iface_conv.go:52:14: v does not escape
./iface_conv.go:54:14: leaking param: v
./iface_conv.go:59:10: 42 does not escape
./iface_conv.go:60:10: "str" does not escape
./iface_conv.go:61:14: Rect{} does not escape
./iface_conv.go:65:10: 42 escapes to heap
./iface_conv.go:67:10: 7 escapes to heap
./iface_conv.go:68:14: Rect{} escapes to heap
./iface_conv.go:71:17: v does not escape
./iface_conv.go:78:17: v does not escape
./iface_conv.go:89:17: struct {}{} escapes to heap
./iface_conv.go:93:13: byte(1) escapes to heap
./iface_conv.go:93:18: true escapes to heap
./iface_conv.go:97:9: &myErr{} escapes to heap
./iface_conv.go:102:7: leaking param: e to result ~r0 level=1
./iface_conv.go:114:21: Rect{} does not escape
./iface_conv.go:115:17: &Circle{} does not escape
