./param_closures.go:7:13: reader capturing by value: c (addr=false assign=false width=8)
./param_closures.go:8:9: func literal escapes to heap in reader:
./param_closures.go:8:9:   flow: ~r0 ← &{storage for func literal}:
./param_closures.go:8:9:     from func literal (spill) at ./param_closures.go:8:9
./param_closures.go:8:9:     from return func literal (return) at ./param_closures.go:8:2
./param_closures.go:7:13: parameter c leaks to {storage for func literal} for reader with derefs=0:
./param_closures.go:7:13:   flow: {storage for func literal} ← c:
./param_closures.go:7:13:     from c (captured by a closure) at ./param_closures.go:8:29
./param_closures.go:7:13: leaking param: c
./param_closures.go:8:9: func literal escapes to heap
./param_closures.go:11:14: readNow capturing by value: c (addr=false assign=false width=8)
./param_closures.go:11:14: c does not escape
./param_closures.go:12:7: func literal does not escape
./param_closures.go:16:13: setter capturing by value: c (addr=false assign=false width=8)
./param_closures.go:17:9: func literal escapes to heap in setter:
./param_closures.go:17:9:   flow: ~r0 ← &{storage for func literal}:
./param_closures.go:17:9:     from func literal (spill) at ./param_closures.go:17:9
./param_closures.go:17:9:     from return func literal (return) at ./param_closures.go:17:2
./param_closures.go:16:13: parameter c leaks to {storage for func literal} for setter with derefs=0:
./param_closures.go:16:13:   flow: {storage for func literal} ← c:
./param_closures.go:16:13:     from c (captured by a closure) at ./param_closures.go:17:23
./param_closures.go:16:13: leaking param: c
./param_closures.go:17:9: func literal escapes to heap
./param_closures.go:20:28: withDefault capturing by ref: r (addr=false assign=true width=8)
./param_closures.go:20:18: withDefault capturing by value: c (addr=false assign=false width=8)
./param_closures.go:20:18: parameter c leaks to r for withDefault with derefs=0:
./param_closures.go:20:18:   flow: r ← c:
./param_closures.go:20:18:     from r = c (assign) at ./param_closures.go:21:20
./param_closures.go:20:18: leaking param: c to result r level=0
./param_closures.go:21:9: func literal does not escape
./param_closures.go:26:11: lazy capturing by value: n (addr=false assign=false width=8)
./param_closures.go:27:31: &Conf{...} escapes to heap in lazy.func1:
./param_closures.go:27:31:   flow: ~r0 ← &{storage for &Conf{...}}:
./param_closures.go:27:31:     from &Conf{...} (spill) at ./param_closures.go:27:31
./param_closures.go:27:31:     from return &Conf{...} (return) at ./param_closures.go:27:24
./param_closures.go:27:9: func literal escapes to heap in lazy:
./param_closures.go:27:9:   flow: ~r0 ← &{storage for func literal}:
./param_closures.go:27:9:     from func literal (spill) at ./param_closures.go:27:9
./param_closures.go:27:9:     from return func literal (return) at ./param_closures.go:27:2
./param_closures.go:26:11: parameter n leaks to {storage for func literal} for lazy with derefs=0:
./param_closures.go:26:11:   flow: {storage for func literal} ← n:
./param_closures.go:26:11:     from n (captured by a closure) at ./param_closures.go:27:40
./param_closures.go:27:9: func literal escapes to heap
./param_closures.go:27:31: &Conf{...} escapes to heap
./param_closures.go:30:15: capSlice capturing by value: s (addr=false assign=false width=24)
./param_closures.go:31:9: func literal escapes to heap in capSlice:
./param_closures.go:31:9:   flow: ~r0 ← &{storage for func literal}:
./param_closures.go:31:9:     from func literal (spill) at ./param_closures.go:31:9
./param_closures.go:31:9:     from return func literal (return) at ./param_closures.go:31:2
./param_closures.go:30:15: parameter s leaks to {storage for func literal} for capSlice with derefs=0:
./param_closures.go:30:15:   flow: {storage for func literal} ← s:
./param_closures.go:30:15:     from s (captured by a closure) at ./param_closures.go:31:33
./param_closures.go:30:15: leaking param: s
./param_closures.go:31:9: func literal escapes to heap
./param_closures.go:34:18: capSliceNow capturing by value: s (addr=false assign=false width=24)
./param_closures.go:34:18: s does not escape
./param_closures.go:35:9: func literal does not escape
./param_closures.go:39:7: &Conf{} escapes to heap in main:
./param_closures.go:39:7:   flow: c ← &{storage for &Conf{}}:
./param_closures.go:39:7:     from &Conf{} (spill) at ./param_closures.go:39:7
./param_closures.go:39:7:     from c := &Conf{} (assign) at ./param_closures.go:39:4
./param_closures.go:39:7:   flow: {heap} ← c:
./param_closures.go:39:7:     from reader(c) (call parameter) at ./param_closures.go:40:12
./param_closures.go:39:7: &Conf{} escapes to heap
./param_closures.go:46:23: []int{...} does not escape
