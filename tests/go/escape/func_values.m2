./func_values.go:7:26: map[string]Op{} escapes to heap in init:
./func_values.go:7:26:   flow: {heap} ← &{storage for map[string]Op{}}:
./func_values.go:7:26:     from map[string]Op{} (spill) at ./func_values.go:7:26
./func_values.go:7:26:     from table = map[string]Op{} (assign) at ./func_values.go:7:5
./func_values.go:7:26: map[string]Op{} escapes to heap
./func_values.go:9:10: a does not escape
./func_values.go:9:13: b does not escape
./func_values.go:12:2: x escapes to heap in useOp:
./func_values.go:12:2:   flow: {heap} ← &x:
./func_values.go:12:2:     from &x (address-of) at ./func_values.go:13:12
./func_values.go:12:2:     from op(&x, &y) (call parameter) at ./func_values.go:13:11
./func_values.go:12:5: y escapes to heap in useOp:
./func_values.go:12:5:   flow: {heap} ← &y:
./func_values.go:12:5:     from &y (address-of) at ./func_values.go:13:16
./func_values.go:12:5:     from op(&x, &y) (call parameter) at ./func_values.go:13:11
./func_values.go:11:12: op does not escape
./func_values.go:12:2: moved to heap: x
./func_values.go:12:5: moved to heap: y
./func_values.go:27:10: func literal escapes to heap in pickFunc:
./func_values.go:27:10:   flow: ~r0 ← &{storage for func literal}:
./func_values.go:27:10:     from func literal (spill) at ./func_values.go:27:10
./func_values.go:27:10:     from return func literal (return) at ./func_values.go:27:3
./func_values.go:29:9: func literal escapes to heap in pickFunc:
./func_values.go:29:9:   flow: ~r0 ← &{storage for func literal}:
./func_values.go:29:9:     from func literal (spill) at ./func_values.go:29:9
./func_values.go:29:9:     from return func literal (return) at ./func_values.go:29:2
./func_values.go:27:10: func literal escapes to heap
./func_values.go:29:9: func literal escapes to heap
./func_values.go:32:14: compose capturing by value: f (addr=false assign=false width=8)
./func_values.go:32:17: compose capturing by value: g (addr=false assign=false width=8)
./func_values.go:33:9: func literal escapes to heap in compose:
./func_values.go:33:9:   flow: ~r0 ← &{storage for func literal}:
./func_values.go:33:9:     from func literal (spill) at ./func_values.go:33:9
./func_values.go:33:9:     from return func literal (return) at ./func_values.go:33:2
./func_values.go:32:14: parameter f leaks to {storage for func literal} for compose with derefs=0:
./func_values.go:32:14:   flow: {storage for func literal} ← f:
./func_values.go:32:14:     from f (captured by a closure) at ./func_values.go:33:34
./func_values.go:32:17: parameter g leaks to {storage for func literal} for compose with derefs=0:
./func_values.go:32:17:   flow: {storage for func literal} ← g:
./func_values.go:32:17:     from g (captured by a closure) at ./func_values.go:33:36
./func_values.go:32:14: leaking param: f
./func_values.go:32:17: leaking param: g
./func_values.go:33:9: func literal escapes to heap
./func_values.go:37:2: n escapes to heap in callTwice:
./func_values.go:37:2:   flow: {heap} ← &n:
./func_values.go:37:2:     from &n (address-of) at ./func_values.go:38:4
./func_values.go:37:2:     from f(&n) (call parameter) at ./func_values.go:38:3
./func_values.go:37:2: n escapes to heap in callTwice:
./func_values.go:37:2:   flow: {heap} ← &n:
./func_values.go:37:2:     from &n (address-of) at ./func_values.go:39:4
./func_values.go:37:2:     from f(&n) (call parameter) at ./func_values.go:39:3
./func_values.go:36:16: f does not escape
./func_values.go:37:2: moved to heap: n
./func_values.go:44:20: []func() int{...} does not escape
./func_values.go:45:3: func literal does not escape
./func_values.go:46:3: func literal does not escape
./func_values.go:61:21: p does not escape
./func_values.go:61:16: func literal does not escape
