./composite_lit.go:19:15: &Point{...} does not escape
./composite_lit.go:19:32: &Point{...} does not escape
./composite_lit.go:24:13: &Line{...} escapes to heap in escapingNested:
./composite_lit.go:24:13:   flow: {heap} ← &{storage for &Line{...}}:
./composite_lit.go:24:13:     from &Line{...} (spill) at ./composite_lit.go:24:13
./composite_lit.go:24:13:     from sinkLine = &Line{...} (assign) at ./composite_lit.go:24:11
./composite_lit.go:24:22: &Point{...} escapes to heap in escapingNested:
./composite_lit.go:24:22:   flow: {storage for &Line{...}} ← &{storage for &Point{...}}:
./composite_lit.go:24:22:     from &Point{...} (spill) at ./composite_lit.go:24:22
./composite_lit.go:24:22:     from Line{...} (struct literal element) at ./composite_lit.go:24:18
./composite_lit.go:24:39: &Point{} escapes to heap in escapingNested:
./composite_lit.go:24:39:   flow: {storage for &Line{...}} ← &{storage for &Point{}}:
./composite_lit.go:24:39:     from &Point{} (spill) at ./composite_lit.go:24:39
./composite_lit.go:24:39:     from Line{...} (struct literal element) at ./composite_lit.go:24:18
./composite_lit.go:24:13: &Line{...} escapes to heap
./composite_lit.go:24:22: &Point{...} escapes to heap
./composite_lit.go:24:39: &Point{} escapes to heap
./composite_lit.go:28:15: []Point{...} does not escape
./composite_lit.go:33:20: []*Point{...} escapes to heap in sliceOfPtrLits:
./composite_lit.go:33:20:   flow: {heap} ← &{storage for []*Point{...}}:
./composite_lit.go:33:20:     from []*Point{...} (spill) at ./composite_lit.go:33:20
./composite_lit.go:33:20:     from sinkPts = []*Point{...} (assign) at ./composite_lit.go:33:10
./composite_lit.go:33:21: &Point{...} escapes to heap in sliceOfPtrLits:
./composite_lit.go:33:21:   flow: {storage for []*Point{...}} ← &{storage for &Point{...}}:
./composite_lit.go:33:21:     from &Point{...} (spill) at ./composite_lit.go:33:21
./composite_lit.go:33:21:     from []*Point{...} (slice-literal-element) at ./composite_lit.go:33:20
./composite_lit.go:33:29: &Point{...} escapes to heap in sliceOfPtrLits:
./composite_lit.go:33:29:   flow: {storage for []*Point{...}} ← &{storage for &Point{...}}:
./composite_lit.go:33:29:     from &Point{...} (spill) at ./composite_lit.go:33:29
./composite_lit.go:33:29:     from []*Point{...} (slice-literal-element) at ./composite_lit.go:33:20
./composite_lit.go:33:20: []*Point{...} escapes to heap
./composite_lit.go:33:21: &Point{...} escapes to heap
./composite_lit.go:33:29: &Point{...} escapes to heap
./composite_lit.go:37:19: &Point{} does not escape
./composite_lit.go:37:29: &Point{...} does not escape
./composite_lit.go:42:24: []Point{...} does not escape
./composite_lit.go:47:9: &Poly{...} escapes to heap in polyReturned:
./composite_lit.go:47:9:   flow: ~r0 ← &{storage for &Poly{...}}:
./composite_lit.go:47:9:     from &Poly{...} (spill) at ./composite_lit.go:47:9
./composite_lit.go:47:9:     from return &Poly{...} (return) at ./composite_lit.go:47:2
./composite_lit.go:47:27: []Point{...} escapes to heap in polyReturned:
./composite_lit.go:47:27:   flow: {storage for &Poly{...}} ← &{storage for []Point{...}}:
./composite_lit.go:47:27:     from []Point{...} (spill) at ./composite_lit.go:47:27
./composite_lit.go:47:27:     from Poly{...} (struct literal element) at ./composite_lit.go:47:14
./composite_lit.go:47:9: &Poly{...} escapes to heap
./composite_lit.go:47:27: []Point{...} escapes to heap
./composite_lit.go:51:23: map[string]Point{...} does not escape
./composite_lit.go:56:32: &Point{...} escapes to heap in mapOfPtrLits:
./composite_lit.go:56:32:   flow: {heap} ← &{storage for &Point{...}}:
./composite_lit.go:56:32:     from &Point{...} (spill) at ./composite_lit.go:56:32
./composite_lit.go:56:32:     from map[string]*Point{...} (map literal value) at ./composite_lit.go:56:26
./composite_lit.go:56:26: map[string]*Point{...} escapes to heap in mapOfPtrLits:
./composite_lit.go:56:26:   flow: ~r0 ← &{storage for map[string]*Point{...}}:
./composite_lit.go:56:26:     from map[string]*Point{...} (spill) at ./composite_lit.go:56:26
./composite_lit.go:56:26:     from return map[string]*Point{...} (return) at ./composite_lit.go:56:2
./composite_lit.go:56:26: map[string]*Point{...} escapes to heap
./composite_lit.go:56:32: &Point{...} escapes to heap
./composite_lit.go:60:12: []int{} does not escape
./composite_lit.go:61:18: map[int]int{} does not escape
