./seed004_builtins.go:11:10: new(int) does not escape
./seed004_builtins.go:12:11: make([]int, 3, 10) does not escape
./seed004_builtins.go:13:11: make(map[string]int) does not escape
./seed004_builtins.go:21:12: []int{...} does not escape
./seed004_builtins.go:22:21: map[string]int{...} does not escape
./seed004_builtins.go:29:43: make(map[string]int) escapes to heap in returnedBuiltins:
./seed004_builtins.go:29:43:   flow: ~r2 ← &{storage for make(map[string]int)}:
./seed004_builtins.go:29:43:     from make(map[string]int) (spill) at ./seed004_builtins.go:29:43
./seed004_builtins.go:29:43:     from return new(int), make([]int, 3, 10), make(map[string]int), make(chan int, 4) (return) at ./seed004_builtins.go:29:2
./seed004_builtins.go:29:23: make([]int, 3, 10) escapes to heap in returnedBuiltins:
./seed004_builtins.go:29:23:   flow: ~r1 ← &{storage for make([]int, 3, 10)}:
./seed004_builtins.go:29:23:     from make([]int, 3, 10) (spill) at ./seed004_builtins.go:29:23
./seed004_builtins.go:29:23:     from return new(int), make([]int, 3, 10), make(map[string]int), make(chan int, 4) (return) at ./seed004_builtins.go:29:2
./seed004_builtins.go:29:12: new(int) escapes to heap in returnedBuiltins:
./seed004_builtins.go:29:12:   flow: ~r0 ← &{storage for new(int)}:
./seed004_builtins.go:29:12:     from new(int) (spill) at ./seed004_builtins.go:29:12
./seed004_builtins.go:29:12:     from return new(int), make([]int, 3, 10), make(map[string]int), make(chan int, 4) (return) at ./seed004_builtins.go:29:2
./seed004_builtins.go:29:12: new(int) escapes to heap
./seed004_builtins.go:29:23: make([]int, 3, 10) escapes to heap
./seed004_builtins.go:29:43: make(map[string]int) escapes to heap
./seed004_builtins.go:33:51: &MyStruct{...} escapes to heap in returnedLiterals:
./seed004_builtins.go:33:51:   flow: ~r2 ← &{storage for &MyStruct{...}}:
./seed004_builtins.go:33:51:     from &MyStruct{...} (spill) at ./seed004_builtins.go:33:51
./seed004_builtins.go:33:51:     from return []int{...}, map[string]int{...}, &MyStruct{...}, [3]int{...} (return) at ./seed004_builtins.go:33:2
./seed004_builtins.go:33:39: map[string]int{...} escapes to heap in returnedLiterals:
./seed004_builtins.go:33:39:   flow: ~r1 ← &{storage for map[string]int{...}}:
./seed004_builtins.go:33:39:     from map[string]int{...} (spill) at ./seed004_builtins.go:33:39
./seed004_builtins.go:33:39:     from return []int{...}, map[string]int{...}, &MyStruct{...}, [3]int{...} (return) at ./seed004_builtins.go:33:2
./seed004_builtins.go:33:14: []int{...} escapes to heap in returnedLiterals:
./seed004_builtins.go:33:14:   flow: ~r0 ← &{storage for []int{...}}:
./seed004_builtins.go:33:14:     from []int{...} (spill) at ./seed004_builtins.go:33:14
./seed004_builtins.go:33:14:     from return []int{...}, map[string]int{...}, &MyStruct{...}, [3]int{...} (return) at ./seed004_builtins.go:33:2
./seed004_builtins.go:33:14: []int{...} escapes to heap
./seed004_builtins.go:33:39: map[string]int{...} escapes to heap
./seed004_builtins.go:33:51: &MyStruct{...} escapes to heap
