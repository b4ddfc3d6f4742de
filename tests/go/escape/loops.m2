./loops.go:13:8: &Node{...} does not escape
./loops.go:22:10: &Node{...} escapes to heap in storedOutside:
./loops.go:22:10:   flow: last ← &{storage for &Node{...}}:
./loops.go:22:10:     from &Node{...} (spill) at ./loops.go:22:10
./loops.go:22:10:     from last = &Node{...} (assign) at ./loops.go:22:8
./loops.go:22:10: &Node{...} escapes to heap
./loops.go:30:10: &Node{...} escapes to heap in chainOutside:
./loops.go:30:10:   flow: head ← &{storage for &Node{...}}:
./loops.go:30:10:     from &Node{...} (spill) at ./loops.go:30:10
./loops.go:30:10:     from head = &Node{...} (assign) at ./loops.go:30:8
./loops.go:30:10: &Node{...} escapes to heap
./loops.go:38:10: new(int) escapes to heap in newInLoop:
./loops.go:38:10:   flow: p ← &{storage for new(int)}:
./loops.go:38:10:     from new(int) (spill) at ./loops.go:38:10
./loops.go:38:10:     from p = new(int) (assign) at ./loops.go:38:5
./loops.go:38:10: new(int) escapes to heap
./loops.go:46:6: i escapes to heap in addrOfLoopVar:
./loops.go:46:6:   flow: ptrs ← &i:
./loops.go:46:6:     from &i (address-of) at ./loops.go:47:13
./loops.go:46:6:     from ptrs[i] = &i (assign) at ./loops.go:47:11
./loops.go:46:6: moved to heap: i
./loops.go:54:9: v escapes to heap in addrOfRangeVar:
./loops.go:54:9:   flow: p ← &v:
./loops.go:54:9:     from &v (address-of) at ./loops.go:55:7
./loops.go:54:9:     from p = &v (assign) at ./loops.go:55:5
./loops.go:52:21: s does not escape
./loops.go:54:9: moved to heap: v
./loops.go:63:12: make([]byte, 8) does not escape
./loops.go:72:12: make([]byte, 8) escapes to heap in makeInLoopKept:
./loops.go:72:12:   flow: b ← &{storage for make([]byte, 8)}:
./loops.go:72:12:     from make([]byte, 8) (spill) at ./loops.go:72:12
./loops.go:72:12:     from b := make([]byte, 8) (assign) at ./loops.go:72:5
./loops.go:72:12:   flow: {heap} ← b:
./loops.go:72:12:     from append(all, b) (call parameter) at ./loops.go:73:15
./loops.go:73:15: append(all, b) escapes to heap in makeInLoopKept:
./loops.go:73:15:   flow: all ← &{storage for append(all, b)}:
./loops.go:73:15:     from append(all, b) (spill) at ./loops.go:73:15
./loops.go:73:15:     from all = append(all, b) (assign) at ./loops.go:73:7
./loops.go:73:15:   flow: ~r0 ← all:
./loops.go:73:15:     from return all (return) at ./loops.go:75:2
./loops.go:72:12: make([]byte, 8) escapes to heap
./loops.go:73:15: append escapes to heap
./loops.go:83:9: &Node{...} escapes to heap in labeledLoop:
./loops.go:83:9:   flow: n ← &{storage for &Node{...}}:
./loops.go:83:9:     from &Node{...} (spill) at ./loops.go:83:9
./loops.go:83:9:     from n := &Node{...} (assign) at ./loops.go:83:6
./loops.go:83:9:   flow: keep ← n:
./loops.go:83:9:     from keep = n (assign) at ./loops.go:85:10
./loops.go:83:9: &Node{...} escapes to heap
./loops.go:97:6: &Node{...} escapes to heap in gotoLoop:
./loops.go:97:6:   flow: p ← &{storage for &Node{...}}:
./loops.go:97:6:     from &Node{...} (spill) at ./loops.go:97:6
./loops.go:97:6:     from p = &Node{...} (assign) at ./loops.go:97:4
./loops.go:97:6: &Node{...} escapes to heap
./loops.go:111:26: []int{...} does not escape
