./globals_init.go:21:2: newCounter capturing by ref: n (addr=false assign=true width=8)
./globals_init.go:22:9: func literal escapes to heap in newCounter:
./globals_init.go:22:9:   flow: ~r0 ← &{storage for func literal}:
./globals_init.go:22:9:     from func literal (spill) at ./globals_init.go:22:9
./globals_init.go:22:9:     from return func literal (return) at ./globals_init.go:22:2
./globals_init.go:21:2: n escapes to heap in newCounter:
./globals_init.go:21:2:   flow: {storage for func literal} ← &n:
./globals_init.go:21:2:     from n (captured by a closure) at ./globals_init.go:23:3
./globals_init.go:21:2:     from n (reference) at ./globals_init.go:23:3
./globals_init.go:21:2: moved to heap: n
./globals_init.go:22:9: func literal escapes to heap
./globals_init.go:14:27: map[string]int{...} escapes to heap in init:
./globals_init.go:14:27:   flow: {heap} ← &{storage for map[string]int{...}}:
./globals_init.go:14:27:     from map[string]int{...} (spill) at ./globals_init.go:14:27
./globals_init.go:14:27:     from table = map[string]int{...} (assign) at ./globals_init.go:14:5
./globals_init.go:14:27: map[string]int{...} escapes to heap
./globals_init.go:31:2: c escapes to heap in init.0:
./globals_init.go:31:2:   flow: {heap} ← &c:
./globals_init.go:31:2:     from &c (address-of) at ./globals_init.go:32:30
./globals_init.go:31:2:     from append(registry, &c) (call parameter) at ./globals_init.go:32:19
./globals_init.go:32:19: append(registry, &c) escapes to heap in init.0:
./globals_init.go:32:19:   flow: {heap} ← &{storage for append(registry, &c)}:
./globals_init.go:32:19:     from append(registry, &c) (spill) at ./globals_init.go:32:19
./globals_init.go:32:19:     from registry = append(registry, &c) (assign) at ./globals_init.go:32:11
./globals_init.go:31:2: moved to heap: c
./globals_init.go:32:19: append escapes to heap
./globals_init.go:37:17: len(local) escapes to heap in init.1:
./globals_init.go:37:17:   flow: {storage for ... argument} ← &{storage for len(local)}:
./globals_init.go:37:17:     from len(local) (spill) at ./globals_init.go:37:17
./globals_init.go:37:17:     from ... argument (slice-literal-element) at ./globals_init.go:37:13
./globals_init.go:37:17:   flow: {heap} ← {storage for ... argument}:
./globals_init.go:37:17:     from ... argument (spill) at ./globals_init.go:37:13
./globals_init.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./globals_init.go:37:13
./globals_init.go:36:16: []int{...} does not escape
./globals_init.go:37:13: ... argument does not escape
./globals_init.go:37:17: len(local) escapes to heap
./globals_init.go:41:27: defaultConfig.name escapes to heap in main:
./globals_init.go:41:27:   flow: {storage for ... argument} ← &{storage for defaultConfig.name}:
./globals_init.go:41:27:     from defaultConfig.name (spill) at ./globals_init.go:41:27
./globals_init.go:41:27:     from ... argument (slice-literal-element) at ./globals_init.go:41:13
./globals_init.go:41:27:   flow: {heap} ← {storage for ... argument}:
./globals_init.go:41:27:     from ... argument (spill) at ./globals_init.go:41:13
./globals_init.go:41:27:     from fmt.Println(... argument...) (call parameter) at ./globals_init.go:41:13
./globals_init.go:41:39: table["a"] escapes to heap in main:
./globals_init.go:41:39:   flow: {storage for ... argument} ← &{storage for table["a"]}:
./globals_init.go:41:39:     from table["a"] (spill) at ./globals_init.go:41:39
./globals_init.go:41:39:     from ... argument (slice-literal-element) at ./globals_init.go:41:13
./globals_init.go:41:39:   flow: {heap} ← {storage for ... argument}:
./globals_init.go:41:39:     from ... argument (spill) at ./globals_init.go:41:13
./globals_init.go:41:39:     from fmt.Println(... argument...) (call parameter) at ./globals_init.go:41:13
./globals_init.go:41:51: names[0] escapes to heap in main:
./globals_init.go:41:51:   flow: {storage for ... argument} ← &{storage for names[0]}:
./globals_init.go:41:51:     from names[0] (spill) at ./globals_init.go:41:51
./globals_init.go:41:51:     from ... argument (slice-literal-element) at ./globals_init.go:41:13
./globals_init.go:41:51:   flow: {heap} ← {storage for ... argument}:
./globals_init.go:41:51:     from ... argument (spill) at ./globals_init.go:41:13
./globals_init.go:41:51:     from fmt.Println(... argument...) (call parameter) at ./globals_init.go:41:13
./globals_init.go:41:63: counter() escapes to heap in main:
./globals_init.go:41:63:   flow: {storage for ... argument} ← &{storage for counter()}:
./globals_init.go:41:63:     from counter() (spill) at ./globals_init.go:41:63
./globals_init.go:41:63:     from ... argument (slice-literal-element) at ./globals_init.go:41:13
./globals_init.go:41:63:   flow: {heap} ← {storage for ... argument}:
./globals_init.go:41:63:     from ... argument (spill) at ./globals_init.go:41:13
./globals_init.go:41:63:     from fmt.Println(... argument...) (call parameter) at ./globals_init.go:41:13
./globals_init.go:41:13: ... argument does not escape
./globals_init.go:41:27: defaultConfig.name escapes to heap
./globals_init.go:41:39: table["a"] escapes to heap
./globals_init.go:41:51: names[0] escapes to heap
./globals_init.go:41:63: counter() escapes to heap
