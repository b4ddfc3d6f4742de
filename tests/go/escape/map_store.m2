./map_store.go:7:33: map[string]*Entry{} escapes to heap in init:
./map_store.go:7:33:   flow: {heap} ← &{storage for map[string]*Entry{}}:
./map_store.go:7:33:     from map[string]*Entry{} (spill) at ./map_store.go:7:33
./map_store.go:7:33:     from registry = map[string]*Entry{} (assign) at ./map_store.go:7:5
./map_store.go:7:33: map[string]*Entry{} escapes to heap
./map_store.go:10:2: x escapes to heap in storeValuePtr:
./map_store.go:10:2:   flow: {heap} ← &x:
./map_store.go:10:2:     from &x (address-of) at ./map_store.go:11:11
./map_store.go:10:2:     from m["x"] = &x (assign) at ./map_store.go:11:9
./map_store.go:9:20: m does not escape
./map_store.go:10:2: moved to heap: x
./map_store.go:15:11: make(map[string]int) does not escape
./map_store.go:22:2: e escapes to heap in storeLocalMapPtr:
./map_store.go:22:2:   flow: {heap} ← &e:
./map_store.go:22:2:     from &e (address-of) at ./map_store.go:23:9
./map_store.go:22:2:     from m[1] = &e (assign) at ./map_store.go:23:7
./map_store.go:22:2: moved to heap: e
./map_store.go:21:11: make(map[int]*Entry) does not escape
./map_store.go:28:21: map[string]int{...} does not escape
./map_store.go:33:23: map[string]int{...} escapes to heap in mapLiteralReturned:
./map_store.go:33:23:   flow: ~r0 ← &{storage for map[string]int{...}}:
./map_store.go:33:23:     from map[string]int{...} (spill) at ./map_store.go:33:23
./map_store.go:33:23:     from return map[string]int{...} (return) at ./map_store.go:33:2
./map_store.go:33:23: map[string]int{...} escapes to heap
./map_store.go:37:19: &Entry{} escapes to heap in register:
./map_store.go:37:19:   flow: {heap} ← &{storage for &Entry{}}:
./map_store.go:37:19:     from &Entry{} (spill) at ./map_store.go:37:19
./map_store.go:37:19:     from registry[name] = &Entry{} (assign) at ./map_store.go:37:17
./map_store.go:36:15: parameter name leaks to {heap} for register with derefs=0:
./map_store.go:36:15:   flow: {heap} ← name:
./map_store.go:36:15:     from registry[name] (key of map put) at ./map_store.go:37:10
./map_store.go:36:15: leaking param: name
./map_store.go:37:19: &Entry{} escapes to heap
./map_store.go:40:13: m does not escape
./map_store.go:40:34: k does not escape
./map_store.go:45:2: k escapes to heap in mapKeyPtr:
./map_store.go:45:2:   flow: {heap} ← &k:
./map_store.go:45:2:     from &k (address-of) at ./map_store.go:47:4
./map_store.go:45:2:     from m[&k] (key of map put) at ./map_store.go:47:3
./map_store.go:45:2: moved to heap: k
./map_store.go:46:20: map[*int]bool{} does not escape
./map_store.go:52:15: make([]int, 3) escapes to heap in mapOfSlices:
./map_store.go:52:15:   flow: {heap} ← &{storage for make([]int, 3)}:
./map_store.go:52:15:     from make([]int, 3) (spill) at ./map_store.go:52:15
./map_store.go:52:15:     from m["s"] = make([]int, 3) (assign) at ./map_store.go:52:9
./map_store.go:51:18: m does not escape
./map_store.go:52:15: make([]int, 3) escapes to heap
./map_store.go:55:16: m does not escape
./map_store.go:55:34: k does not escape
./map_store.go:59:15: m does not escape
./map_store.go:68:31: map[string]*int{} does not escape
./map_store.go:76:30: map[string][]int{} does not escape
./map_store.go:77:26: map[string]int{} does not escape
