./closure_size.go:15:6: small16 capturing by value: a (addr=false assign=false width=128)
./closure_size.go:17:9: func literal escapes to heap in small16:
./closure_size.go:17:9:   flow: ~r0 ← &{storage for func literal}:
./closure_size.go:17:9:     from func literal (spill) at ./closure_size.go:17:9
./closure_size.go:17:9:     from return func literal (return) at ./closure_size.go:17:2
./closure_size.go:17:9: func literal escapes to heap
./closure_size.go:21:6: big17 capturing by ref: a (addr=false assign=false width=136)
./closure_size.go:23:9: func literal escapes to heap in big17:
./closure_size.go:23:9:   flow: ~r0 ← &{storage for func literal}:
./closure_size.go:23:9:     from func literal (spill) at ./closure_size.go:23:9
./closure_size.go:23:9:     from return func literal (return) at ./closure_size.go:23:2
./closure_size.go:21:6: a escapes to heap in big17:
./closure_size.go:21:6:   flow: {storage for func literal} ← &a:
./closure_size.go:21:6:     from a (captured by a closure) at ./closure_size.go:23:29
./closure_size.go:21:6:     from a (reference) at ./closure_size.go:23:29
./closure_size.go:21:6: moved to heap: a
./closure_size.go:23:9: func literal escapes to heap
./closure_size.go:27:2: struct128 capturing by value: s (addr=false assign=false width=128)
./closure_size.go:28:9: func literal escapes to heap in struct128:
./closure_size.go:28:9:   flow: ~r0 ← &{storage for func literal}:
./closure_size.go:28:9:     from func literal (spill) at ./closure_size.go:28:9
./closure_size.go:28:9:     from return func literal (return) at ./closure_size.go:28:2
./closure_size.go:28:9: func literal escapes to heap
./closure_size.go:32:6: big17Local capturing by ref: a (addr=false assign=false width=136)
./closure_size.go:34:7: func literal does not escape
./closure_size.go:39:6: big17Mutated capturing by ref: a (addr=false assign=true width=136)
./closure_size.go:40:7: func literal does not escape
./closure_size.go:47:9: func literal escapes to heap in twoCaptures:
./closure_size.go:47:9:   flow: {heap} ← &{storage for func literal}:
./closure_size.go:47:9:     from func literal (spill) at ./closure_size.go:47:9
./closure_size.go:47:9:     from keep = func literal (assign) at ./closure_size.go:47:7
./closure_size.go:46:2: twoCaptures capturing by value: x (addr=false assign=false width=8)
./closure_size.go:46:5: twoCaptures capturing by value: y (addr=false assign=false width=8)
./closure_size.go:47:9: func literal escapes to heap
./closure_size.go:51:9: func literal escapes to heap in captureParam:
./closure_size.go:51:9:   flow: {heap} ← &{storage for func literal}:
./closure_size.go:51:9:     from func literal (spill) at ./closure_size.go:51:9
./closure_size.go:51:9:     from keep = func literal (assign) at ./closure_size.go:51:7
./closure_size.go:50:19: captureParam capturing by value: n (addr=false assign=false width=8)
./closure_size.go:50:19: parameter n leaks to {storage for func literal} for captureParam with derefs=0:
./closure_size.go:50:19:   flow: {storage for func literal} ← n:
./closure_size.go:50:19:     from n (captured by a closure) at ./closure_size.go:51:29
./closure_size.go:51:9: func literal escapes to heap
./closure_size.go:55:9: func literal escapes to heap in captureParamMutated:
./closure_size.go:55:9:   flow: {heap} ← &{storage for func literal}:
./closure_size.go:55:9:     from func literal (spill) at ./closure_size.go:55:9
./closure_size.go:55:9:     from keep = func literal (assign) at ./closure_size.go:55:7
./closure_size.go:54:26: captureParamMutated capturing by ref: n (addr=false assign=true width=8)
./closure_size.go:54:26: n escapes to heap in captureParamMutated:
./closure_size.go:54:26:   flow: {storage for func literal} ← &n:
./closure_size.go:54:26:     from n (captured by a closure) at ./closure_size.go:55:22
./closure_size.go:54:26:     from n (reference) at ./closure_size.go:55:22
./closure_size.go:54:26: moved to heap: n
./closure_size.go:55:9: func literal escapes to heap
./closure_size.go:59:9: func literal escapes to heap in captureString:
./closure_size.go:59:9:   flow: {heap} ← &{storage for func literal}:
./closure_size.go:59:9:     from func literal (spill) at ./closure_size.go:59:9
./closure_size.go:59:9:     from keep = func literal (assign) at ./closure_size.go:59:7
./closure_size.go:58:20: captureString capturing by value: s (addr=false assign=false width=16)
./closure_size.go:58:20: parameter s leaks to {storage for func literal} for captureString with derefs=0:
./closure_size.go:58:20:   flow: {storage for func literal} ← s:
./closure_size.go:58:20:     from s (captured by a closure) at ./closure_size.go:59:33
./closure_size.go:58:20: leaking param: s
./closure_size.go:59:9: func literal escapes to heap
./closure_size.go:63:9: func literal escapes to heap in captureIface:
./closure_size.go:63:9:   flow: {heap} ← &{storage for func literal}:
./closure_size.go:63:9:     from func literal (spill) at ./closure_size.go:63:9
./closure_size.go:63:9:     from keep = func literal (assign) at ./closure_size.go:63:7
./closure_size.go:62:19: captureIface capturing by value: v (addr=false assign=false width=16)
./closure_size.go:62:19: parameter v leaks to {storage for func literal} for captureIface with derefs=0:
./closure_size.go:62:19:   flow: {storage for func literal} ← v:
./closure_size.go:62:19:     from v (captured by a closure) at ./closure_size.go:64:6
./closure_size.go:62:19: leaking param: v
./closure_size.go:63:9: func literal escapes to heap
