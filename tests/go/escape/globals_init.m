./globals_init.go:21:2: moved to heap: n
./globals_init.go:22:9: func literal escapes to heap
./globals_init.go:14:27: map[string]int{...} escapes to heap
./globals_init.go:31:2: moved to heap: c
./globals_init.go:32:19: append escapes to heap
./globals_init.go:36:16: []int{...} does not escape
./globals_init.go:37:13: ... argument does not escape
./globals_init.go:37:17: len(local) escapes to heap
./globals_init.go:41:13: ... argument does not escape
./globals_init.go:41:27: defaultConfig.name escapes to heap
./globals_init.go:41:39: table["a"] escapes to heap
./globals_init.go:41:51: names[0] escapes to heap
./globals_init.go:41:63: counter() escapes to heap
