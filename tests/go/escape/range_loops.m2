./range_loops.go:10:21: items does not escape
./range_loops.go:20:9: it escapes to heap in rangeAddrKept:
./range_loops.go:20:9:   flow: {heap} ← &it:
./range_loops.go:20:9:     from &it (address-of) at ./range_loops.go:21:21
./range_loops.go:20:9:     from append(all, &it) (call parameter) at ./range_loops.go:21:15
./range_loops.go:21:15: append(all, &it) escapes to heap in rangeAddrKept:
./range_loops.go:21:15:   flow: {heap} ← &{storage for append(all, &it)}:
./range_loops.go:21:15:     from append(all, &it) (spill) at ./range_loops.go:21:15
./range_loops.go:21:15:     from all = append(all, &it) (assign) at ./range_loops.go:21:7
./range_loops.go:19:20: items does not escape
./range_loops.go:20:9: moved to heap: it
./range_loops.go:21:15: append escapes to heap
./range_loops.go:27:15: append(all, &items[i]) escapes to heap in rangeIndexAddr:
./range_loops.go:27:15:   flow: {heap} ← &{storage for append(all, &items[i])}:
./range_loops.go:27:15:     from append(all, &items[i]) (spill) at ./range_loops.go:27:15
./range_loops.go:27:15:     from all = append(all, &items[i]) (assign) at ./range_loops.go:27:7
./range_loops.go:25:21: parameter items leaks to {heap} for rangeIndexAddr with derefs=0:
./range_loops.go:25:21:   flow: {heap} ← items:
./range_loops.go:25:21:     from items[i] (dot of pointer) at ./range_loops.go:27:27
./range_loops.go:25:21:     from &items[i] (address-of) at ./range_loops.go:27:21
./range_loops.go:25:21:     from append(all, &items[i]) (call parameter) at ./range_loops.go:27:15
./range_loops.go:25:21: leaking param: items
./range_loops.go:27:15: append escapes to heap
./range_loops.go:33:21: func literal escapes to heap in rangeCapture:
./range_loops.go:33:21:   flow: {heap} ← &{storage for func literal}:
./range_loops.go:33:21:     from func literal (spill) at ./range_loops.go:33:21
./range_loops.go:33:21:     from append(fns, func literal) (call parameter) at ./range_loops.go:33:15
./range_loops.go:33:15: append(fns, func literal) escapes to heap in rangeCapture:
./range_loops.go:33:15:   flow: {heap} ← &{storage for append(fns, func literal)}:
./range_loops.go:33:15:     from append(fns, func literal) (spill) at ./range_loops.go:33:15
./range_loops.go:33:15:     from fns = append(fns, func literal) (assign) at ./range_loops.go:33:7
./range_loops.go:32:9: rangeCapture capturing by value: n (addr=false assign=false width=8)
./range_loops.go:31:19: ns does not escape
./range_loops.go:33:21: func literal escapes to heap
./range_loops.go:33:15: append escapes to heap
./range_loops.go:39:21: func literal escapes to heap in rangeCaptureMutated:
./range_loops.go:39:21:   flow: {heap} ← &{storage for func literal}:
./range_loops.go:39:21:     from func literal (spill) at ./range_loops.go:39:21
./range_loops.go:39:21:     from append(fns, func literal) (call parameter) at ./range_loops.go:39:15
./range_loops.go:39:15: append(fns, func literal) escapes to heap in rangeCaptureMutated:
./range_loops.go:39:15:   flow: {heap} ← &{storage for append(fns, func literal)}:
./range_loops.go:39:15:     from append(fns, func literal) (spill) at ./range_loops.go:39:15
./range_loops.go:39:15:     from fns = append(fns, func literal) (assign) at ./range_loops.go:39:7
./range_loops.go:38:9: rangeCaptureMutated capturing by ref: n (addr=false assign=true width=8)
./range_loops.go:38:9: n escapes to heap in rangeCaptureMutated:
./range_loops.go:38:9:   flow: {storage for func literal} ← &n:
./range_loops.go:38:9:     from n (captured by a closure) at ./range_loops.go:39:34
./range_loops.go:38:9:     from n (reference) at ./range_loops.go:39:34
./range_loops.go:37:26: ns does not escape
./range_loops.go:38:9: moved to heap: n
./range_loops.go:39:21: func literal escapes to heap
./range_loops.go:39:15: append escapes to heap
./range_loops.go:52:18: s does not escape
./range_loops.go:72:9: v escapes to heap in rangeMapValues:
./range_loops.go:72:9:   flow: {heap} ← &v:
./range_loops.go:72:9:     from &v (address-of) at ./range_loops.go:73:21
./range_loops.go:72:9:     from append(out, &v) (call parameter) at ./range_loops.go:73:15
./range_loops.go:73:15: append(out, &v) escapes to heap in rangeMapValues:
./range_loops.go:73:15:   flow: out ← &{storage for append(out, &v)}:
./range_loops.go:73:15:     from append(out, &v) (spill) at ./range_loops.go:73:15
./range_loops.go:73:15:     from out = append(out, &v) (assign) at ./range_loops.go:73:7
./range_loops.go:73:15:   flow: ~r0 ← out:
./range_loops.go:73:15:     from return out (return) at ./range_loops.go:75:2
./range_loops.go:70:21: m does not escape
./range_loops.go:72:9: moved to heap: v
./range_loops.go:73:15: append escapes to heap
./range_loops.go:79:17: []Item{...} escapes to heap in main:
./range_loops.go:79:17:   flow: items ← &{storage for []Item{...}}:
./range_loops.go:79:17:     from []Item{...} (spill) at ./range_loops.go:79:17
./range_loops.go:79:17:     from items := []Item{...} (assign) at ./range_loops.go:79:8
./range_loops.go:79:17:   flow: {heap} ← items:
./range_loops.go:79:17:     from rangeIndexAddr(items) (call parameter) at ./range_loops.go:82:16
./range_loops.go:79:17: []Item{...} escapes to heap
./range_loops.go:83:20: []int{...} does not escape
./range_loops.go:84:27: []int{...} does not escape
