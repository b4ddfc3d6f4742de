./map_store.go:7:33: map[string]*Entry{} escapes to heap
./map_store.go:9:20: m does not escape
./map_store.go:10:2: moved to heap: x
./map_store.go:15:11: make(map[string]int) does not escape
./map_store.go:22:2: moved to heap: e
./map_store.go:21:11: make(map[int]*Entry) does not escape
./map_store.go:28:21: map[string]int{...} does not escape
./map_store.go:33:23: map[string]int{...} escapes to heap
./map_store.go:36:15: leaking param: name
./map_store.go:37:19: &Entry{} escapes to heap
./map_store.go:40:13: m does not escape
./map_store.go:40:34: k does not escape
./map_store.go:45:2: moved to heap: k
./map_store.go:46:20: map[*int]bool{} does not escape
./map_store.go:51:18: m does not escape
./map_store.go:52:15: make([]int, 3) escapes to heap
./map_store.go:55:16: m does not escape
./map_store.go:55:34: k does not escape
./map_store.go:59:15: m does not escape
./map_store.go:68:31: map[string]*int{} does not escape
./map_store.go:76:30: map[string][]int{} does not escape
./map_store.go:77:26: map[string]int{} does not escape
