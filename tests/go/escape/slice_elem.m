./slice_elem.go:9:16: s does not escape
./slice_elem.go:10:2: moved to heap: x
./slice_elem.go:16:2: moved to heap: y
./slice_elem.go:15:11: make([]*int, 2) does not escape
./slice_elem.go:22:12: []int{...} does not escape
./slice_elem.go:31:14: []int{...} escapes to heap
./slice_elem.go:35:11: make([]int, 16) does not escape
./slice_elem.go:41:11: make([]int, n) does not escape
./slice_elem.go:46:11: make([]byte, 0, n) escapes to heap
./slice_elem.go:47:15: append escapes to heap
./slice_elem.go:52:14: []*Item{...} does not escape
./slice_elem.go:57:2: moved to heap: a
./slice_elem.go:58:19: []*Item{...} escapes to heap
./slice_elem.go:61:15: leaking param: s to result ~r0 level=0
./slice_elem.go:72:15: dst does not escape
./slice_elem.go:72:20: src does not escape
./slice_elem.go:76:18: leaking param: s to result ~r0 level=1
./slice_elem.go:81:16: make([]*int, 1) does not escape
./slice_elem.go:90:20: []int{...} does not escape
./slice_elem.go:92:19: make([]int, 3) does not escape
./slice_elem.go:92:36: []int{...} does not escape
./slice_elem.go:93:25: []*Item{...} does not escape
./slice_elem.go:93:26: &Item{...} does not escape
