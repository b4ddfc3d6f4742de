./iface_methods.go:39:16: devirtualizing w.Write to *Counter
./iface_methods.go:44:16: devirtualizing w.Write to Discard
./iface_methods.go:11:7: c does not escape
./iface_methods.go:11:25: p does not escape
./iface_methods.go:18:22: p does not escape
./iface_methods.go:24:7: p does not escape
./iface_methods.go:24:54: p.first + " " + p.last escapes to heap
./iface_methods.go:26:17: leaking param: w
./iface_methods.go:27:13: make([]byte, 16) escapes to heap
./iface_methods.go:31:20: c does not escape
./iface_methods.go:32:13: make([]byte, 16) does not escape
./iface_methods.go:39:24: ([]byte)("abc") does not escape
./iface_methods.go:39:24: zero-copy string->[]byte conversion
./iface_methods.go:43:24: Discard{} does not escape
./iface_methods.go:47:13: leaking param: n
./iface_methods.go:53:16: p escapes to heap
./iface_methods.go:62:17: &Counter{} escapes to heap
./iface_methods.go:63:20: &Counter{} does not escape
