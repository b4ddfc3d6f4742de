./func_fields.go:17:2: localButton capturing by value: n (addr=false assign=false width=16)
./func_fields.go:18:35: func literal does not escape
./func_fields.go:24:14: func literal escapes to heap in keptButton:
./func_fields.go:24:14:   flow: {heap} ← &{storage for func literal}:
./func_fields.go:24:14:     from func literal (spill) at ./func_fields.go:24:14
./func_fields.go:24:14:     from b.onClick = func literal (assign) at ./func_fields.go:24:12
./func_fields.go:25:18: append(buttons, b) escapes to heap in keptButton:
./func_fields.go:25:18:   flow: {heap} ← &{storage for append(buttons, b)}:
./func_fields.go:25:18:     from append(buttons, b) (spill) at ./func_fields.go:25:18
./func_fields.go:25:18:     from buttons = append(buttons, b) (assign) at ./func_fields.go:25:10
./func_fields.go:23:2: keptButton capturing by value: b (addr=false assign=false width=8)
./func_fields.go:23:7: &Button{...} escapes to heap in keptButton:
./func_fields.go:23:7:   flow: b ← &{storage for &Button{...}}:
./func_fields.go:23:7:     from &Button{...} (spill) at ./func_fields.go:23:7
./func_fields.go:23:7:     from b := &Button{...} (assign) at ./func_fields.go:23:4
./func_fields.go:23:7:   flow: {heap} ← b:
./func_fields.go:23:7:     from append(buttons, b) (call parameter) at ./func_fields.go:25:18
./func_fields.go:22:17: parameter label leaks to {storage for &Button{...}} for keptButton with derefs=0:
./func_fields.go:22:17:   flow: {storage for &Button{...}} ← label:
./func_fields.go:22:17:     from Button{...} (struct literal element) at ./func_fields.go:23:14
./func_fields.go:22:17: leaking param: label
./func_fields.go:23:7: &Button{...} escapes to heap
./func_fields.go:24:14: func literal escapes to heap
./func_fields.go:25:18: append escapes to heap
./func_fields.go:31:18: func literal escapes to heap in newRouter:
./func_fields.go:31:18:   flow: {heap} ← &{storage for func literal}:
./func_fields.go:31:18:     from func literal (spill) at ./func_fields.go:31:18
./func_fields.go:31:18:     from r.routes["/"] = func literal (assign) at ./func_fields.go:31:16
./func_fields.go:30:2: newRouter capturing by ref: count (addr=false assign=true width=8)
./func_fields.go:30:2: count escapes to heap in newRouter:
./func_fields.go:30:2:   flow: {storage for func literal} ← &count:
./func_fields.go:30:2:     from count (captured by a closure) at ./func_fields.go:32:3
./func_fields.go:30:2:     from count (reference) at ./func_fields.go:32:3
./func_fields.go:29:7: &Router{...} escapes to heap in newRouter:
./func_fields.go:29:7:   flow: r ← &{storage for &Router{...}}:
./func_fields.go:29:7:     from &Router{...} (spill) at ./func_fields.go:29:7
./func_fields.go:29:7:     from r := &Router{...} (assign) at ./func_fields.go:29:4
./func_fields.go:29:7:   flow: ~r0 ← r:
./func_fields.go:29:7:     from return r (return) at ./func_fields.go:35:2
./func_fields.go:29:44: map[string]func() int{} escapes to heap in newRouter:
./func_fields.go:29:44:   flow: {storage for &Router{...}} ← &{storage for map[string]func() int{}}:
./func_fields.go:29:44:     from map[string]func() int{} (spill) at ./func_fields.go:29:44
./func_fields.go:29:44:     from Router{...} (struct literal element) at ./func_fields.go:29:14
./func_fields.go:30:2: moved to heap: count
./func_fields.go:29:7: &Router{...} escapes to heap
./func_fields.go:29:44: map[string]func() int{} escapes to heap
./func_fields.go:31:18: func literal escapes to heap
./func_fields.go:39:23: []func(int) int{...} does not escape
./func_fields.go:40:3: func literal does not escape
./func_fields.go:41:3: func literal does not escape
