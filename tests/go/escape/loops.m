./loops.go:13:8: &Node{...} does not escape
./loops.go:22:10: &Node{...} escapes to heap
./loops.go:30:10: &Node{...} escapes to heap
./loops.go:38:10: new(int) escapes to heap
./loops.go:46:6: moved to heap: i
./loops.go:52:21: s does not escape
./loops.go:54:9: moved to heap: v
./loops.go:63:12: make([]byte, 8) does not escape
./loops.go:72:12: make([]byte, 8) escapes to heap
./loops.go:73:15: append escapes to heap
./loops.go:83:9: &Node{...} escapes to heap
./loops.go:97:6: &Node{...} escapes to heap
./loops.go:111:26: []int{...} does not escape
