./store_ptr.go:13:2: x escapes to heap in storeThroughParam:
./store_ptr.go:13:2:   flow: {heap} ← &x:
./store_ptr.go:13:2:     from &x (address-of) at ./store_ptr.go:14:8
./store_ptr.go:13:2:     from *pp = &x (assign) at ./store_ptr.go:14:6
./store_ptr.go:12:24: pp does not escape
./store_ptr.go:13:2: moved to heap: x
./store_ptr.go:18:2: y escapes to heap in storeField:
./store_ptr.go:18:2:   flow: {heap} ← &y:
./store_ptr.go:18:2:     from &y (address-of) at ./store_ptr.go:19:8
./store_ptr.go:18:2:     from b.p = &y (assign) at ./store_ptr.go:19:6
./store_ptr.go:17:17: b does not escape
./store_ptr.go:18:2: moved to heap: y
./store_ptr.go:30:2: z escapes to heap in storeLocalBoxPtr:
./store_ptr.go:30:2:   flow: {heap} ← &z:
./store_ptr.go:30:2:     from &z (address-of) at ./store_ptr.go:32:8
./store_ptr.go:30:2:     from b.p = &z (assign) at ./store_ptr.go:32:6
./store_ptr.go:30:2: moved to heap: z
./store_ptr.go:31:7: &Box{} does not escape
./store_ptr.go:37:2: m escapes to heap in link:
./store_ptr.go:37:2:   flow: {heap} ← &m:
./store_ptr.go:37:2:     from &m (address-of) at ./store_ptr.go:38:11
./store_ptr.go:37:2:     from n.next = &m (assign) at ./store_ptr.go:38:9
./store_ptr.go:36:11: n does not escape
./store_ptr.go:37:2: moved to heap: m
./store_ptr.go:44:10: &Node{...} escapes to heap in buildList:
./store_ptr.go:44:10:   flow: head ← &{storage for &Node{...}}:
./store_ptr.go:44:10:     from &Node{...} (spill) at ./store_ptr.go:44:10
./store_ptr.go:44:10:     from head = &Node{...} (assign) at ./store_ptr.go:44:8
./store_ptr.go:44:10: &Node{...} escapes to heap
./store_ptr.go:62:17: parameter n leaks to {heap} for selfAssign with derefs=0:
./store_ptr.go:62:17:   flow: {heap} ← n:
./store_ptr.go:62:17:     from n.next = n (assign) at ./store_ptr.go:63:9
./store_ptr.go:62:17: leaking param: n
./store_ptr.go:76:13: &Node{} escapes to heap in main:
./store_ptr.go:76:13:   flow: {heap} ← &{storage for &Node{}}:
./store_ptr.go:76:13:     from &Node{} (spill) at ./store_ptr.go:76:13
./store_ptr.go:76:13:     from selfAssign(&Node{}) (call parameter) at ./store_ptr.go:76:12
./store_ptr.go:69:13: &Box{} does not escape
./store_ptr.go:72:7: &Node{} does not escape
./store_ptr.go:76:13: &Node{} escapes to heap
