./iface_conv.go:20:15: devirtualizing s.Area to Rect
./iface_conv.go:31:15: devirtualizing s.Area to *Circle
./iface_conv.go:13:7: c does not escape
./iface_conv.go:19:20: Rect{...} does not escape
./iface_conv.go:25:17: append(shapes, s) escapes to heap in boxEscapes:
./iface_conv.go:25:17:   flow: {heap} ← &{storage for append(shapes, s)}:
./iface_conv.go:25:17:     from append(shapes, s) (spill) at ./iface_conv.go:25:17
./iface_conv.go:25:17:     from shapes = append(shapes, s) (assign) at ./iface_conv.go:25:9
./iface_conv.go:24:20: Rect{...} escapes to heap in boxEscapes:
./iface_conv.go:24:20:   flow: s ← &{storage for Rect{...}}:
./iface_conv.go:24:20:     from Rect{...} (spill) at ./iface_conv.go:24:20
./iface_conv.go:24:20:     from s := Rect{...} (assign) at ./iface_conv.go:24:6
./iface_conv.go:24:20:   flow: {heap} ← s:
./iface_conv.go:24:20:     from append(shapes, s) (call parameter) at ./iface_conv.go:25:17
./iface_conv.go:24:20: Rect{...} escapes to heap
./iface_conv.go:25:17: append escapes to heap
./iface_conv.go:35:9: x escapes to heap in toSink:
./iface_conv.go:35:9:   flow: {heap} ← &{storage for x}:
./iface_conv.go:35:9:     from x (spill) at ./iface_conv.go:35:9
./iface_conv.go:35:9:     from sink = x (assign) at ./iface_conv.go:35:7
./iface_conv.go:35:9: x escapes to heap
./iface_conv.go:40:9: r escapes to heap in toSinkStruct:
./iface_conv.go:40:9:   flow: {heap} ← &{storage for r}:
./iface_conv.go:40:9:     from r (spill) at ./iface_conv.go:40:9
./iface_conv.go:40:9:     from sink = r (assign) at ./iface_conv.go:40:7
./iface_conv.go:40:9: r escapes to heap
./iface_conv.go:45:9: 3.5 escapes to heap in returnIface:
./iface_conv.go:45:9:   flow: ~r0 ← &{storage for 3.5}:
./iface_conv.go:45:9:     from 3.5 (spill) at ./iface_conv.go:45:9
./iface_conv.go:45:9:     from return 3.5 (return) at ./iface_conv.go:45:2
./iface_conv.go:45:9: 3.5 escapes to heap
./iface_conv.go:49:9: &Circle{...} escapes to heap in returnShape:
./iface_conv.go:49:9:   flow: ~r0 ← &{storage for &Circle{...}}:
./iface_conv.go:49:9:     from &Circle{...} (spill) at ./iface_conv.go:49:9
./iface_conv.go:49:9:     from &Circle{...} (interface-converted) at ./iface_conv.go:49:9
./iface_conv.go:49:9:     from return &Circle{...} (return) at ./iface_conv.go:49:2
./iface_conv.go:49:9: &Circle{...} escapes to heap
./iface_conv.go:52:14: v does not escape
./iface_conv.go:54:14: parameter v leaks to {heap} for keepAny with derefs=0:
./iface_conv.go:54:14:   flow: {heap} ← v:
./iface_conv.go:54:14:     from sink = v (assign) at ./iface_conv.go:55:7
./iface_conv.go:54:14: leaking param: v
./iface_conv.go:59:10: 42 does not escape
./iface_conv.go:60:10: "str" does not escape
./iface_conv.go:61:14: Rect{} does not escape
./iface_conv.go:65:10: 42 escapes to heap in callKeepAny:
./iface_conv.go:65:10:   flow: {heap} ← &{storage for 42}:
./iface_conv.go:65:10:     from 42 (spill) at ./iface_conv.go:65:10
./iface_conv.go:65:10:     from keepAny(42) (call parameter) at ./iface_conv.go:65:9
./iface_conv.go:67:10: x escapes to heap in callKeepAny:
./iface_conv.go:67:10:   flow: {heap} ← &{storage for x}:
./iface_conv.go:67:10:     from x (spill) at ./iface_conv.go:67:10
./iface_conv.go:67:10:     from keepAny(x) (call parameter) at ./iface_conv.go:67:9
./iface_conv.go:68:14: Rect{} escapes to heap in callKeepAny:
./iface_conv.go:68:14:   flow: {heap} ← &{storage for Rect{}}:
./iface_conv.go:68:14:     from Rect{} (spill) at ./iface_conv.go:68:14
./iface_conv.go:68:14:     from keepAny(Rect{}) (call parameter) at ./iface_conv.go:68:9
./iface_conv.go:65:10: 42 escapes to heap
./iface_conv.go:67:10: 7 escapes to heap
./iface_conv.go:68:14: Rect{} escapes to heap
./iface_conv.go:71:17: v does not escape
./iface_conv.go:78:17: v does not escape
./iface_conv.go:89:17: struct {}{} escapes to heap in zeroSized:
./iface_conv.go:89:17:   flow: ~r0 ← &{storage for struct {}{}}:
./iface_conv.go:89:17:     from struct {}{} (spill) at ./iface_conv.go:89:17
./iface_conv.go:89:17:     from return struct {}{} (return) at ./iface_conv.go:89:2
./iface_conv.go:89:17: struct {}{} escapes to heap
./iface_conv.go:93:18: true escapes to heap in smallInts:
./iface_conv.go:93:18:   flow: ~r1 ← &{storage for true}:
./iface_conv.go:93:18:     from true (spill) at ./iface_conv.go:93:18
./iface_conv.go:93:18:     from return byte(1), true (return) at ./iface_conv.go:93:2
./iface_conv.go:93:13: byte(1) escapes to heap in smallInts:
./iface_conv.go:93:13:   flow: ~r0 ← &{storage for byte(1)}:
./iface_conv.go:93:13:     from byte(1) (spill) at ./iface_conv.go:93:13
./iface_conv.go:93:13:     from return byte(1), true (return) at ./iface_conv.go:93:2
./iface_conv.go:93:13: byte(1) escapes to heap
./iface_conv.go:93:18: true escapes to heap
./iface_conv.go:97:9: &myErr{} escapes to heap in errorValue:
./iface_conv.go:97:9:   flow: ~r0 ← &{storage for &myErr{}}:
./iface_conv.go:97:9:     from &myErr{} (spill) at ./iface_conv.go:97:9
./iface_conv.go:97:9:     from &myErr{} (interface-converted) at ./iface_conv.go:97:9
./iface_conv.go:97:9:     from return &myErr{} (return) at ./iface_conv.go:97:2
./iface_conv.go:97:9: &myErr{} escapes to heap
./iface_conv.go:102:7: parameter e leaks to ~r0 for (*myErr).Error with derefs=1:
./iface_conv.go:102:7:   flow: ~r0 ← *e:
./iface_conv.go:102:7:     from e.msg (dot of pointer) at ./iface_conv.go:102:42
./iface_conv.go:102:7:     from return e.msg (return) at ./iface_conv.go:102:34
./iface_conv.go:102:7: leaking param: e to result ~r0 level=1
./iface_conv.go:114:21: Rect{} does not escape
./iface_conv.go:115:17: &Circle{} does not escape
