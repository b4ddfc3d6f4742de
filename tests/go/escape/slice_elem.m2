./slice_elem.go:10:2: x escapes to heap in storeElem:
./slice_elem.go:10:2:   flow: {heap} ← &x:
./slice_elem.go:10:2:     from &x (address-of) at ./slice_elem.go:11:9
./slice_elem.go:10:2:     from s[0] = &x (assign) at ./slice_elem.go:11:7
./slice_elem.go:9:16: s does not escape
./slice_elem.go:10:2: moved to heap: x
./slice_elem.go:16:2: y escapes to heap in storeElemLocal:
./slice_elem.go:16:2:   flow: {heap} ← &y:
./slice_elem.go:16:2:     from &y (address-of) at ./slice_elem.go:17:9
./slice_elem.go:16:2:     from s[0] = &y (assign) at ./slice_elem.go:17:7
./slice_elem.go:16:2: moved to heap: y
./slice_elem.go:15:11: make([]*int, 2) does not escape
./slice_elem.go:22:12: []int{...} does not escape
./slice_elem.go:31:14: []int{...} escapes to heap in literalSliceReturned:
./slice_elem.go:31:14:   flow: ~r0 ← &{storage for []int{...}}:
./slice_elem.go:31:14:     from []int{...} (spill) at ./slice_elem.go:31:14
./slice_elem.go:31:14:     from return []int{...} (return) at ./slice_elem.go:31:2
./slice_elem.go:31:14: []int{...} escapes to heap
./slice_elem.go:35:11: make([]int, 16) does not escape
./slice_elem.go:41:11: make([]int, n) does not escape
./slice_elem.go:47:15: append(b, byte(120)) escapes to heap in makeVarCap:
./slice_elem.go:47:15:   flow: ~r0 ← &{storage for append(b, byte(120))}:
./slice_elem.go:47:15:     from append(b, byte(120)) (spill) at ./slice_elem.go:47:15
./slice_elem.go:47:15:     from return append(b, byte(120)) (return) at ./slice_elem.go:47:2
./slice_elem.go:46:11: make([]byte, 0, n) escapes to heap in makeVarCap:
./slice_elem.go:46:11:   flow: b ← &{storage for make([]byte, 0, n)}:
./slice_elem.go:46:11:     from make([]byte, 0, n) (spill) at ./slice_elem.go:46:11
./slice_elem.go:46:11:     from b := make([]byte, 0, n) (assign) at ./slice_elem.go:46:4
./slice_elem.go:46:11:   flow: {temp} ← b:
./slice_elem.go:46:11:     from append(b, byte(120)) (call parameter) at ./slice_elem.go:47:15
./slice_elem.go:46:11:   flow: ~r0 ← {temp}:
./slice_elem.go:46:11:     from return append(b, byte(120)) (return) at ./slice_elem.go:47:2
./slice_elem.go:46:11: make([]byte, 0, n) escapes to heap
./slice_elem.go:47:15: append escapes to heap
./slice_elem.go:52:14: []*Item{...} does not escape
./slice_elem.go:58:19: []*Item{...} escapes to heap in sliceOfPtrsGlobal:
./slice_elem.go:58:19:   flow: {heap} ← &{storage for []*Item{...}}:
./slice_elem.go:58:19:     from []*Item{...} (spill) at ./slice_elem.go:58:19
./slice_elem.go:58:19:     from keepAll = []*Item{...} (assign) at ./slice_elem.go:58:10
./slice_elem.go:57:2: a escapes to heap in sliceOfPtrsGlobal:
./slice_elem.go:57:2:   flow: {storage for []*Item{...}} ← &a:
./slice_elem.go:57:2:     from &a (address-of) at ./slice_elem.go:58:20
./slice_elem.go:57:2:     from []*Item{...} (slice-literal-element) at ./slice_elem.go:58:19
./slice_elem.go:57:2: moved to heap: a
./slice_elem.go:58:19: []*Item{...} escapes to heap
./slice_elem.go:61:15: parameter s leaks to ~r0 for subslice with derefs=0:
./slice_elem.go:61:15:   flow: ~r0 ← s:
./slice_elem.go:61:15:     from s[1:3] (slice) at ./slice_elem.go:62:10
./slice_elem.go:61:15:     from return s[1:3] (return) at ./slice_elem.go:62:2
./slice_elem.go:61:15: leaking param: s to result ~r0 level=0
./slice_elem.go:72:15: dst does not escape
./slice_elem.go:72:20: src does not escape
./slice_elem.go:76:18: parameter s leaks to ~r0 for elemOfParam with derefs=1:
./slice_elem.go:76:18:   flow: ~r0 ← *s:
./slice_elem.go:76:18:     from s[0] (dot of pointer) at ./slice_elem.go:77:10
./slice_elem.go:76:18:     from return s[0] (return) at ./slice_elem.go:77:2
./slice_elem.go:76:18: leaking param: s to result ~r0 level=1
./slice_elem.go:81:16: make([]*int, 1) does not escape
./slice_elem.go:90:20: []int{...} does not escape
./slice_elem.go:92:19: make([]int, 3) does not escape
./slice_elem.go:92:36: []int{...} does not escape
./slice_elem.go:93:25: []*Item{...} does not escape
./slice_elem.go:93:26: &Item{...} does not escape
