./iface_embed.go:19:7: s does not escape
./iface_embed.go:19:24: k does not escape
./iface_embed.go:24:7: s does not escape
./iface_embed.go:24:24: leaking param: k
./iface_embed.go:24:27: leaking param: v
./iface_embed.go:30:7: leaking param content: s
./iface_embed.go:30:26: leaking param: key
./iface_embed.go:31:18: "handle " + key escapes to heap
./iface_embed.go:41:9: &Service{...} escapes to heap
./iface_embed.go:41:35: nopLogger{} escapes to heap
./iface_embed.go:41:46: &memStore{...} escapes to heap
./iface_embed.go:41:76: map[string]string{} escapes to heap
./iface_embed.go:45:32: nopLogger{} escapes to heap
./iface_embed.go:45:43: &memStore{...} escapes to heap
./iface_embed.go:45:73: map[string]string{} escapes to heap
