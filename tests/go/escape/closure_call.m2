./closure_call.go:10:2: callLocally capturing by value: n (addr=false assign=false width=8)
./closure_call.go:11:7: func literal does not escape
./closure_call.go:16:2: callImmediately capturing by value: n (addr=false assign=false width=8)
./closure_call.go:17:9: func literal does not escape
./closure_call.go:21:2: mutateLocally capturing by ref: n (addr=false assign=true width=8)
./closure_call.go:22:9: func literal does not escape
./closure_call.go:30:9: func literal escapes to heap in storeGlobal:
./closure_call.go:30:9:   flow: {heap} ← &{storage for func literal}:
./closure_call.go:30:9:     from func literal (spill) at ./closure_call.go:30:9
./closure_call.go:30:9:     from hook = func literal (assign) at ./closure_call.go:30:7
./closure_call.go:29:2: storeGlobal capturing by value: n (addr=false assign=false width=8)
./closure_call.go:30:9: func literal escapes to heap
./closure_call.go:35:24: func literal escapes to heap in appendGlobal:
./closure_call.go:35:24:   flow: {heap} ← &{storage for func literal}:
./closure_call.go:35:24:     from func literal (spill) at ./closure_call.go:35:24
./closure_call.go:35:24:     from append(hooks, func literal) (call parameter) at ./closure_call.go:35:16
./closure_call.go:35:16: append(hooks, func literal) escapes to heap in appendGlobal:
./closure_call.go:35:16:   flow: {heap} ← &{storage for append(hooks, func literal)}:
./closure_call.go:35:16:     from append(hooks, func literal) (spill) at ./closure_call.go:35:16
./closure_call.go:35:16:     from hooks = append(hooks, func literal) (assign) at ./closure_call.go:35:8
./closure_call.go:34:2: appendGlobal capturing by ref: k (addr=false assign=true width=8)
./closure_call.go:34:2: k escapes to heap in appendGlobal:
./closure_call.go:34:2:   flow: {storage for func literal} ← &k:
./closure_call.go:34:2:     from k (captured by a closure) at ./closure_call.go:35:33
./closure_call.go:34:2:     from k (reference) at ./closure_call.go:35:33
./closure_call.go:34:2: moved to heap: k
./closure_call.go:35:24: func literal escapes to heap
./closure_call.go:35:16: append escapes to heap
./closure_call.go:38:12: f does not escape
./closure_call.go:43:16: append(hooks, f) escapes to heap in keep:
./closure_call.go:43:16:   flow: {heap} ← &{storage for append(hooks, f)}:
./closure_call.go:43:16:     from append(hooks, f) (spill) at ./closure_call.go:43:16
./closure_call.go:43:16:     from hooks = append(hooks, f) (assign) at ./closure_call.go:43:8
./closure_call.go:42:11: parameter f leaks to {heap} for keep with derefs=0:
./closure_call.go:42:11:   flow: {heap} ← f:
./closure_call.go:42:11:     from append(hooks, f) (call parameter) at ./closure_call.go:43:16
./closure_call.go:42:11: leaking param: f
./closure_call.go:43:16: append escapes to heap
./closure_call.go:47:2: passToNonEscaping capturing by value: m (addr=false assign=false width=8)
./closure_call.go:48:15: func literal does not escape
./closure_call.go:53:7: func literal escapes to heap in passToKeeper:
./closure_call.go:53:7:   flow: {heap} ← &{storage for func literal}:
./closure_call.go:53:7:     from func literal (spill) at ./closure_call.go:53:7
./closure_call.go:53:7:     from keep(func literal) (call parameter) at ./closure_call.go:53:6
./closure_call.go:52:2: passToKeeper capturing by ref: m (addr=false assign=true width=8)
./closure_call.go:52:2: m escapes to heap in passToKeeper:
./closure_call.go:52:2:   flow: {storage for func literal} ← &m:
./closure_call.go:52:2:     from m (captured by a closure) at ./closure_call.go:53:16
./closure_call.go:52:2:     from m (reference) at ./closure_call.go:53:16
./closure_call.go:52:2: moved to heap: m
./closure_call.go:53:7: func literal escapes to heap
./closure_call.go:57:2: returnsClosure capturing by value: base (addr=false assign=false width=8)
./closure_call.go:58:9: func literal escapes to heap in returnsClosure:
./closure_call.go:58:9:   flow: ~r0 ← &{storage for func literal}:
./closure_call.go:58:9:     from func literal (spill) at ./closure_call.go:58:9
./closure_call.go:58:9:     from return func literal (return) at ./closure_call.go:58:2
./closure_call.go:58:9: func literal escapes to heap
./closure_call.go:62:2: closureInClosure capturing by value: a (addr=false assign=false width=8)
./closure_call.go:62:2: closureInClosure capturing by value: a (addr=false assign=false width=8)
./closure_call.go:64:3: closureInClosure.func1 capturing by value: b (addr=false assign=false width=8)
./closure_call.go:63:9: func literal escapes to heap in closureInClosure:
./closure_call.go:63:9:   flow: ~r0 ← &{storage for func literal}:
./closure_call.go:63:9:     from func literal (spill) at ./closure_call.go:63:9
./closure_call.go:63:9:     from return func literal (return) at ./closure_call.go:63:2
./closure_call.go:63:9: func literal escapes to heap
./closure_call.go:65:8: func literal does not escape
./closure_call.go:70:23: closureOverParam capturing by value: p (addr=false assign=false width=8)
./closure_call.go:71:9: func literal escapes to heap in closureOverParam:
./closure_call.go:71:9:   flow: ~r0 ← &{storage for func literal}:
./closure_call.go:71:9:     from func literal (spill) at ./closure_call.go:71:9
./closure_call.go:71:9:     from return func literal (return) at ./closure_call.go:71:2
./closure_call.go:70:23: parameter p leaks to {storage for func literal} for closureOverParam with derefs=0:
./closure_call.go:70:23:   flow: {storage for func literal} ← p:
./closure_call.go:70:23:     from p (captured by a closure) at ./closure_call.go:71:30
./closure_call.go:70:23: leaking param: p
./closure_call.go:71:9: func literal escapes to heap
./closure_call.go:74:16: f does not escape
./closure_call.go:88:2: x escapes to heap in main:
./closure_call.go:88:2:   flow: {heap} ← &x:
./closure_call.go:88:2:     from &x (address-of) at ./closure_call.go:89:23
./closure_call.go:88:2:     from closureOverParam(&x) (call parameter) at ./closure_call.go:89:22
./closure_call.go:88:2: moved to heap: x
./closure_call.go:90:12: func literal does not escape
