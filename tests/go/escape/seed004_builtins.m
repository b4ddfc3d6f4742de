./seed004_builtins.go:11:10: new(int) does not escape
./seed004_builtins.go:12:11: make([]int, 3, 10) does not escape
./seed004_builtins.go:13:11: make(map[string]int) does not escape
./seed004_builtins.go:21:12: []int{...} does not escape
./seed004_builtins.go:22:21: map[string]int{...} does not escape
./seed004_builtins.go:29:12: new(int) escapes to heap
./seed004_builtins.go:29:23: make([]int, 3, 10) escapes to heap
./seed004_builtins.go:29:43: make(map[string]int) escapes to heap
./seed004_builtins.go:33:14: []int{...} escapes to heap
./seed004_builtins.go:33:39: map[string]int{...} escapes to heap
./seed004_builtins.go:33:51: &MyStruct{...} escapes to heap
