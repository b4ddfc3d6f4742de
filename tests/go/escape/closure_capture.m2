./closure_capture.go:13:2: byValueInt capturing by value: x (addr=false assign=false width=8)
./closure_capture.go:14:9: func literal escapes to heap in byValueInt:
./closure_capture.go:14:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:14:9:     from func literal (spill) at ./closure_capture.go:14:9
./closure_capture.go:14:9:     from return func literal (return) at ./closure_capture.go:14:2
./closure_capture.go:14:9: func literal escapes to heap
./closure_capture.go:18:2: byValueStruct capturing by value: s (addr=false assign=false width=32)
./closure_capture.go:19:9: func literal escapes to heap in byValueStruct:
./closure_capture.go:19:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:19:9:     from func literal (spill) at ./closure_capture.go:19:9
./closure_capture.go:19:9:     from return func literal (return) at ./closure_capture.go:19:2
./closure_capture.go:19:9: func literal escapes to heap
./closure_capture.go:23:2: byValue128 capturing by value: e (addr=false assign=false width=128)
./closure_capture.go:25:9: func literal escapes to heap in byValue128:
./closure_capture.go:25:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:25:9:     from func literal (spill) at ./closure_capture.go:25:9
./closure_capture.go:25:9:     from return func literal (return) at ./closure_capture.go:25:2
./closure_capture.go:25:9: func literal escapes to heap
./closure_capture.go:29:2: byRefTooBig capturing by ref: b (addr=false assign=false width=136)
./closure_capture.go:31:9: func literal escapes to heap in byRefTooBig:
./closure_capture.go:31:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:31:9:     from func literal (spill) at ./closure_capture.go:31:9
./closure_capture.go:31:9:     from return func literal (return) at ./closure_capture.go:31:2
./closure_capture.go:29:2: b escapes to heap in byRefTooBig:
./closure_capture.go:29:2:   flow: {storage for func literal} ← &b:
./closure_capture.go:29:2:     from b (captured by a closure) at ./closure_capture.go:31:29
./closure_capture.go:29:2:     from b (reference) at ./closure_capture.go:31:29
./closure_capture.go:29:2: moved to heap: b
./closure_capture.go:31:9: func literal escapes to heap
./closure_capture.go:35:2: byRefReassignedInside capturing by ref: n (addr=false assign=true width=8)
./closure_capture.go:36:9: func literal escapes to heap in byRefReassignedInside:
./closure_capture.go:36:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:36:9:     from func literal (spill) at ./closure_capture.go:36:9
./closure_capture.go:36:9:     from return func literal (return) at ./closure_capture.go:36:2
./closure_capture.go:35:2: n escapes to heap in byRefReassignedInside:
./closure_capture.go:35:2:   flow: {storage for func literal} ← &n:
./closure_capture.go:35:2:     from n (captured by a closure) at ./closure_capture.go:37:3
./closure_capture.go:35:2:     from n (reference) at ./closure_capture.go:37:3
./closure_capture.go:35:2: moved to heap: n
./closure_capture.go:36:9: func literal escapes to heap
./closure_capture.go:43:2: byRefReassignedAfter capturing by ref: n (addr=false assign=true width=8)
./closure_capture.go:44:7: func literal escapes to heap in byRefReassignedAfter:
./closure_capture.go:44:7:   flow: f ← &{storage for func literal}:
./closure_capture.go:44:7:     from func literal (spill) at ./closure_capture.go:44:7
./closure_capture.go:44:7:     from f := func literal (assign) at ./closure_capture.go:44:4
./closure_capture.go:44:7:   flow: ~r0 ← f:
./closure_capture.go:44:7:     from return f (return) at ./closure_capture.go:46:2
./closure_capture.go:43:2: n escapes to heap in byRefReassignedAfter:
./closure_capture.go:43:2:   flow: {storage for func literal} ← &n:
./closure_capture.go:43:2:     from n (captured by a closure) at ./closure_capture.go:44:27
./closure_capture.go:43:2:     from n (reference) at ./closure_capture.go:44:27
./closure_capture.go:43:2: moved to heap: n
./closure_capture.go:44:7: func literal escapes to heap
./closure_capture.go:50:2: byRefAddressTaken capturing by ref: n (addr=true assign=false width=8)
./closure_capture.go:50:2: n escapes to heap in byRefAddressTaken:
./closure_capture.go:50:2:   flow: ~r1 ← &n:
./closure_capture.go:50:2:     from &n (address-of) at ./closure_capture.go:51:34
./closure_capture.go:50:2:     from return func literal, &n (return) at ./closure_capture.go:51:2
./closure_capture.go:51:9: func literal escapes to heap in byRefAddressTaken:
./closure_capture.go:51:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:51:9:     from func literal (spill) at ./closure_capture.go:51:9
./closure_capture.go:51:9:     from return func literal, &n (return) at ./closure_capture.go:51:2
./closure_capture.go:50:2: moved to heap: n
./closure_capture.go:51:9: func literal escapes to heap
./closure_capture.go:55:2: byValueString capturing by value: s (addr=false assign=false width=16)
./closure_capture.go:56:34: s + "!" escapes to heap in byValueString.func1:
./closure_capture.go:56:34:   flow: ~r0 ← &{storage for s + "!"}:
./closure_capture.go:56:34:     from s + "!" (spill) at ./closure_capture.go:56:34
./closure_capture.go:56:34:     from return s + "!" (return) at ./closure_capture.go:56:25
./closure_capture.go:56:9: func literal escapes to heap in byValueString:
./closure_capture.go:56:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:56:9:     from func literal (spill) at ./closure_capture.go:56:9
./closure_capture.go:56:9:     from return func literal (return) at ./closure_capture.go:56:2
./closure_capture.go:56:9: func literal escapes to heap
./closure_capture.go:56:34: s + "!" escapes to heap
./closure_capture.go:60:2: byValueSlice capturing by value: s (addr=false assign=false width=24)
./closure_capture.go:61:9: func literal escapes to heap in byValueSlice:
./closure_capture.go:61:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:61:9:     from func literal (spill) at ./closure_capture.go:61:9
./closure_capture.go:61:9:     from return func literal (return) at ./closure_capture.go:61:2
./closure_capture.go:60:12: []int{...} escapes to heap in byValueSlice:
./closure_capture.go:60:12:   flow: s ← &{storage for []int{...}}:
./closure_capture.go:60:12:     from []int{...} (spill) at ./closure_capture.go:60:12
./closure_capture.go:60:12:     from s := []int{...} (assign) at ./closure_capture.go:60:4
./closure_capture.go:60:12:   flow: {storage for func literal} ← s:
./closure_capture.go:60:12:     from s (captured by a closure) at ./closure_capture.go:61:29
./closure_capture.go:60:12: []int{...} escapes to heap
./closure_capture.go:61:9: func literal escapes to heap
./closure_capture.go:65:2: capturedPointer capturing by value: p (addr=false assign=false width=8)
./closure_capture.go:66:9: func literal escapes to heap in capturedPointer:
./closure_capture.go:66:9:   flow: ~r0 ← &{storage for func literal}:
./closure_capture.go:66:9:     from func literal (spill) at ./closure_capture.go:66:9
./closure_capture.go:66:9:     from return func literal (return) at ./closure_capture.go:66:2
./closure_capture.go:65:7: &Small{} escapes to heap in capturedPointer:
./closure_capture.go:65:7:   flow: p ← &{storage for &Small{}}:
./closure_capture.go:65:7:     from &Small{} (spill) at ./closure_capture.go:65:7
./closure_capture.go:65:7:     from p := &Small{} (assign) at ./closure_capture.go:65:4
./closure_capture.go:65:7:   flow: {storage for func literal} ← p:
./closure_capture.go:65:7:     from p (captured by a closure) at ./closure_capture.go:66:29
./closure_capture.go:65:7: &Small{} escapes to heap
./closure_capture.go:66:9: func literal escapes to heap
./closure_capture.go:70:2: twoClosuresShare capturing by ref: c (addr=false assign=true width=8)
./closure_capture.go:70:2: twoClosuresShare capturing by ref: c (addr=true assign=true width=8)
./closure_capture.go:72:9: func literal escapes to heap in twoClosuresShare:
./closure_capture.go:72:9:   flow: get ← &{storage for func literal}:
./closure_capture.go:72:9:     from func literal (spill) at ./closure_capture.go:72:9
./closure_capture.go:72:9:     from get := func literal (assign) at ./closure_capture.go:72:6
./closure_capture.go:72:9:   flow: ~r1 ← get:
./closure_capture.go:72:9:     from return inc, get (return) at ./closure_capture.go:73:2
./closure_capture.go:71:9: func literal escapes to heap in twoClosuresShare:
./closure_capture.go:71:9:   flow: inc ← &{storage for func literal}:
./closure_capture.go:71:9:     from func literal (spill) at ./closure_capture.go:71:9
./closure_capture.go:71:9:     from inc := func literal (assign) at ./closure_capture.go:71:6
./closure_capture.go:71:9:   flow: ~r0 ← inc:
./closure_capture.go:71:9:     from return inc, get (return) at ./closure_capture.go:73:2
./closure_capture.go:70:2: c escapes to heap in twoClosuresShare:
./closure_capture.go:70:2:   flow: {storage for func literal} ← &c:
./closure_capture.go:70:2:     from c (captured by a closure) at ./closure_capture.go:72:29
./closure_capture.go:70:2:     from c (reference) at ./closure_capture.go:72:29
./closure_capture.go:70:2: moved to heap: c
./closure_capture.go:71:9: func literal escapes to heap
./closure_capture.go:72:9: func literal escapes to heap
