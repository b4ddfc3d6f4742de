./store_ptr.go:12:24: pp does not escape
./store_ptr.go:13:2: moved to heap: x
./store_ptr.go:17:17: b does not escape
./store_ptr.go:18:2: moved to heap: y
./store_ptr.go:30:2: moved to heap: z
./store_ptr.go:31:7: &Box{} does not escape
./store_ptr.go:36:11: n does not escape
./store_ptr.go:37:2: moved to heap: m
./store_ptr.go:44:10: &Node{...} escapes to heap
./store_ptr.go:62:17: leaking param: n
./store_ptr.go:69:13: &Box{} does not escape
./store_ptr.go:72:7: &Node{} does not escape
./store_ptr.go:76:13: &Node{} escapes to heap
