./builder_bytes.go:15:7: leaking param content: r
./builder_bytes.go:15:23: s does not escape
./builder_bytes.go:21:7: leaking param: r to result ~r0 level=1
./builder_bytes.go:23:17: words does not escape
./builder_bytes.go:34:15: words does not escape
./builder_bytes.go:35:8: &strings.Builder{} escapes to heap
./builder_bytes.go:63:25: []string{...} does not escape
