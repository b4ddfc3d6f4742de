./iface_values.go:13:7: t does not escape
./iface_values.go:18:12: parameter ss leaks to {heap} for total with derefs=1:
./iface_values.go:18:12:   flow: {temp} ← ss:
./iface_values.go:18:12:   flow: s ← *{temp}:
./iface_values.go:18:12:     from for loop (range-deref) at ./iface_values.go:20:14
./iface_values.go:18:12:   flow: {heap} ← s:
./iface_values.go:18:12:     from s.Area() (call parameter) at ./iface_values.go:21:14
./iface_values.go:18:12: leaking param content: ss
./iface_values.go:27:18: Sq{...} escapes to heap in localShapes:
./iface_values.go:27:18:   flow: {storage for []Shape{...}} ← &{storage for Sq{...}}:
./iface_values.go:27:18:     from Sq{...} (spill) at ./iface_values.go:27:18
./iface_values.go:27:18:     from []Shape{...} (slice-literal-element) at ./iface_values.go:27:15
./iface_values.go:27:18:   flow: ss ← &{storage for []Shape{...}}:
./iface_values.go:27:18:     from []Shape{...} (spill) at ./iface_values.go:27:15
./iface_values.go:27:18:     from ss := []Shape{...} (assign) at ./iface_values.go:27:5
./iface_values.go:27:18:   flow: {heap} ← *ss:
./iface_values.go:27:18:     from total(ss) (call parameter) at ./iface_values.go:28:14
./iface_values.go:27:23: &Tri{...} escapes to heap in localShapes:
./iface_values.go:27:23:   flow: {storage for []Shape{...}} ← &{storage for &Tri{...}}:
./iface_values.go:27:23:     from &Tri{...} (spill) at ./iface_values.go:27:23
./iface_values.go:27:23:     from &Tri{...} (interface-converted) at ./iface_values.go:27:23
./iface_values.go:27:23:     from []Shape{...} (slice-literal-element) at ./iface_values.go:27:15
./iface_values.go:27:23:   flow: ss ← &{storage for []Shape{...}}:
./iface_values.go:27:23:     from []Shape{...} (spill) at ./iface_values.go:27:15
./iface_values.go:27:23:     from ss := []Shape{...} (assign) at ./iface_values.go:27:5
./iface_values.go:27:23:   flow: {heap} ← *ss:
./iface_values.go:27:23:     from total(ss) (call parameter) at ./iface_values.go:28:14
./iface_values.go:27:15: []Shape{...} does not escape
./iface_values.go:27:18: Sq{...} escapes to heap
./iface_values.go:27:23: &Tri{...} escapes to heap
./iface_values.go:32:28: Sq{...} escapes to heap in keptShapes:
./iface_values.go:32:28:   flow: {heap} ← &{storage for Sq{...}}:
./iface_values.go:32:28:     from Sq{...} (spill) at ./iface_values.go:32:28
./iface_values.go:32:28:     from append(shapes, Sq{...}, &Tri{...}) (call parameter) at ./iface_values.go:32:17
./iface_values.go:32:33: &Tri{...} escapes to heap in keptShapes:
./iface_values.go:32:33:   flow: {heap} ← &{storage for &Tri{...}}:
./iface_values.go:32:33:     from &Tri{...} (spill) at ./iface_values.go:32:33
./iface_values.go:32:33:     from &Tri{...} (interface-converted) at ./iface_values.go:32:33
./iface_values.go:32:33:     from append(shapes, Sq{...}, &Tri{...}) (call parameter) at ./iface_values.go:32:17
./iface_values.go:32:17: append(shapes, Sq{...}, &Tri{...}) escapes to heap in keptShapes:
./iface_values.go:32:17:   flow: {heap} ← &{storage for append(shapes, Sq{...}, &Tri{...})}:
./iface_values.go:32:17:     from append(shapes, Sq{...}, &Tri{...}) (spill) at ./iface_values.go:32:17
./iface_values.go:32:17:     from shapes = append(shapes, Sq{...}, &Tri{...}) (assign) at ./iface_values.go:32:9
./iface_values.go:32:28: Sq{...} escapes to heap
./iface_values.go:32:33: &Tri{...} escapes to heap
./iface_values.go:32:17: append escapes to heap
./iface_values.go:36:12: s.Area escapes to heap in methodValueIface:
./iface_values.go:36:12:   flow: {heap} ← &{storage for s.Area}:
./iface_values.go:36:12:     from s.Area (spill) at ./iface_values.go:36:12
./iface_values.go:36:12:     from areaFn = s.Area (assign) at ./iface_values.go:36:9
./iface_values.go:35:23: parameter s leaks to {heap} for methodValueIface with derefs=0:
./iface_values.go:35:23:   flow: {temp} ← s:
./iface_values.go:35:23:   flow: {heap} ← {temp}:
./iface_values.go:35:23: parameter s leaks to {storage for s.Area} for methodValueIface with derefs=0:
./iface_values.go:35:23:   flow: {temp} ← s:
./iface_values.go:35:23:   flow: {storage for s.Area} ← {temp}:
./iface_values.go:35:23: leaking param: s
./iface_values.go:36:12: s.Area escapes to heap
./iface_values.go:39:28: parameter s leaks to {heap} for methodValueIfaceLocal with derefs=0:
./iface_values.go:39:28:   flow: {temp} ← s:
./iface_values.go:39:28:   flow: {heap} ← {temp}:
./iface_values.go:39:28: leaking param: s
./iface_values.go:40:8: s.Area does not escape
./iface_values.go:44:15: parameter s leaks to ~r0 for asserted with derefs=0:
./iface_values.go:44:15:   flow: .autotmp_4 ← s:
./iface_values.go:44:15:     from s.(*Tri) (dot) at ./iface_values.go:45:15
./iface_values.go:44:15:     from .autotmp_4, .autotmp_5 := s.(*Tri) (assign-pair-dot-type) at ./iface_values.go:45:11
./iface_values.go:44:15:   flow: t ← .autotmp_4:
./iface_values.go:44:15:     from t, ok := (*Tri)(.autotmp_4), .autotmp_5 (assign-pair) at ./iface_values.go:45:11
./iface_values.go:44:15:   flow: ~r0 ← t:
./iface_values.go:44:15:     from return t (return) at ./iface_values.go:46:3
./iface_values.go:44:15: leaking param: s to result ~r0 level=0
./iface_values.go:51:14: a does not escape
./iface_values.go:51:17: b does not escape
./iface_values.go:57:13: Sq{...} escapes to heap in ifaceArray:
./iface_values.go:57:13:   flow: arr ← &{storage for Sq{...}}:
./iface_values.go:57:13:     from Sq{...} (spill) at ./iface_values.go:57:13
./iface_values.go:57:13:     from arr[0] = Sq{...} (assign) at ./iface_values.go:57:9
./iface_values.go:57:13:   flow: {heap} ← arr:
./iface_values.go:57:13:     from arr[0] (fixed-array-index-of) at ./iface_values.go:59:12
./iface_values.go:57:13:     from arr[0].Area() (call parameter) at ./iface_values.go:59:20
./iface_values.go:58:11: &Tri{...} escapes to heap in ifaceArray:
./iface_values.go:58:11:   flow: arr ← &{storage for &Tri{...}}:
./iface_values.go:58:11:     from &Tri{...} (spill) at ./iface_values.go:58:11
./iface_values.go:58:11:     from &Tri{...} (interface-converted) at ./iface_values.go:58:11
./iface_values.go:58:11:     from arr[1] = &Tri{...} (assign) at ./iface_values.go:58:9
./iface_values.go:58:11:   flow: {heap} ← arr:
./iface_values.go:58:11:     from arr[0] (fixed-array-index-of) at ./iface_values.go:59:12
./iface_values.go:58:11:     from arr[0].Area() (call parameter) at ./iface_values.go:59:20
./iface_values.go:57:13: Sq{...} escapes to heap
./iface_values.go:58:11: &Tri{...} escapes to heap
./iface_values.go:63:34: Sq{...} escapes to heap in mapOfIfaces:
./iface_values.go:63:34:   flow: {heap} ← &{storage for Sq{...}}:
./iface_values.go:63:34:     from Sq{...} (spill) at ./iface_values.go:63:34
./iface_values.go:63:34:     from map[string]Shape{...} (map literal value) at ./iface_values.go:63:25
./iface_values.go:63:25: map[string]Shape{...} escapes to heap in mapOfIfaces:
./iface_values.go:63:25:   flow: ~r0 ← &{storage for map[string]Shape{...}}:
./iface_values.go:63:25:     from map[string]Shape{...} (spill) at ./iface_values.go:63:25
./iface_values.go:63:25:     from return map[string]Shape{...} (return) at ./iface_values.go:63:2
./iface_values.go:63:25: map[string]Shape{...} escapes to heap
./iface_values.go:63:34: Sq{...} escapes to heap
./iface_values.go:69:21: Sq{...} escapes to heap in main:
./iface_values.go:69:21:   flow: {heap} ← &{storage for Sq{...}}:
./iface_values.go:69:21:     from Sq{...} (spill) at ./iface_values.go:69:21
./iface_values.go:69:21:     from methodValueIface(Sq{...}) (call parameter) at ./iface_values.go:69:18
./iface_values.go:70:30: Sq{...} escapes to heap in main:
./iface_values.go:70:30:   flow: {heap} ← &{storage for Sq{...}}:
./iface_values.go:70:30:     from Sq{...} (spill) at ./iface_values.go:70:30
./iface_values.go:70:30:     from methodValueIfaceLocal(Sq{...}) (call parameter) at ./iface_values.go:70:27
./iface_values.go:69:21: Sq{...} escapes to heap
./iface_values.go:70:30: Sq{...} escapes to heap
./iface_values.go:71:15: &Tri{} does not escape
./iface_values.go:72:16: Sq{...} does not escape
./iface_values.go:72:23: Sq{...} does not escape
