./call_flows.go:10:15: parameter n leaks to ~r0 for identity with derefs=0:
./call_flows.go:10:15:   flow: ~r0 ← n:
./call_flows.go:10:15:     from return n (return) at ./call_flows.go:10:32
./call_flows.go:10:15: leaking param: n to result ~r0 level=0
./call_flows.go:12:11: parameter a leaks to ~r0 for pick with derefs=0:
./call_flows.go:12:11:   flow: ~r0 ← a:
./call_flows.go:12:11:     from return a (return) at ./call_flows.go:14:3
./call_flows.go:12:14: parameter b leaks to ~r0 for pick with derefs=0:
./call_flows.go:12:14:   flow: ~r0 ← b:
./call_flows.go:12:14:     from return b (return) at ./call_flows.go:16:2
./call_flows.go:12:11: leaking param: a to result ~r0 level=0
./call_flows.go:12:14: leaking param: b to result ~r0 level=0
./call_flows.go:19:15: n does not escape
./call_flows.go:21:11: parameter n leaks to {heap} for keep with derefs=0:
./call_flows.go:21:11:   flow: {heap} ← n:
./call_flows.go:21:11:     from sink = n (assign) at ./call_flows.go:21:27
./call_flows.go:21:11: leaking param: n
./call_flows.go:29:2: n escapes to heap in viaIdentityGlobal:
./call_flows.go:29:2:   flow: {heap} ← &n:
./call_flows.go:29:2:     from &n (address-of) at ./call_flows.go:30:18
./call_flows.go:29:2:     from identity(&n) (call parameter) at ./call_flows.go:30:17
./call_flows.go:29:2:     from sink = identity(&n) (assign) at ./call_flows.go:30:7
./call_flows.go:29:2: moved to heap: n
./call_flows.go:34:2: n escapes to heap in viaIdentityReturned:
./call_flows.go:34:2:   flow: ~r0 ← &n:
./call_flows.go:34:2:     from &n (address-of) at ./call_flows.go:35:18
./call_flows.go:34:2:     from identity(&n) (call parameter) at ./call_flows.go:35:17
./call_flows.go:34:2:     from return identity(&n) (return) at ./call_flows.go:35:2
./call_flows.go:34:2: moved to heap: n
./call_flows.go:39:2: a escapes to heap in viaPick:
./call_flows.go:39:2:   flow: {heap} ← &a:
./call_flows.go:39:2:     from &a (address-of) at ./call_flows.go:40:14
./call_flows.go:39:2:     from pick(&a, &b, true) (call parameter) at ./call_flows.go:40:13
./call_flows.go:39:2:     from sink = pick(&a, &b, true) (assign) at ./call_flows.go:40:7
./call_flows.go:39:5: b escapes to heap in viaPick:
./call_flows.go:39:5:   flow: {heap} ← &b:
./call_flows.go:39:5:     from &b (address-of) at ./call_flows.go:40:18
./call_flows.go:39:5:     from pick(&a, &b, true) (call parameter) at ./call_flows.go:40:13
./call_flows.go:39:5:     from sink = pick(&a, &b, true) (assign) at ./call_flows.go:40:7
./call_flows.go:39:2: moved to heap: a
./call_flows.go:39:5: moved to heap: b
./call_flows.go:49:2: n escapes to heap in viaKeep:
./call_flows.go:49:2:   flow: {heap} ← &n:
./call_flows.go:49:2:     from &n (address-of) at ./call_flows.go:50:7
./call_flows.go:49:2:     from keep(&n) (call parameter) at ./call_flows.go:50:6
./call_flows.go:49:2: moved to heap: n
./call_flows.go:54:2: n escapes to heap in nested:
./call_flows.go:54:2:   flow: {heap} ← &n:
./call_flows.go:54:2:     from &n (address-of) at ./call_flows.go:55:27
./call_flows.go:54:2:     from identity(&n) (call parameter) at ./call_flows.go:55:26
./call_flows.go:54:2:     from identity(identity(&n)) (call parameter) at ./call_flows.go:55:17
./call_flows.go:54:2:     from sink = identity(identity(&n)) (assign) at ./call_flows.go:55:7
./call_flows.go:54:2: moved to heap: n
./call_flows.go:64:18: parameter p leaks to ~r0 for intIdentity with derefs=0:
./call_flows.go:64:18:   flow: ~r0 ← p:
./call_flows.go:64:18:     from return p (return) at ./call_flows.go:64:33
./call_flows.go:64:18: leaking param: p to result ~r0 level=0
./call_flows.go:67:2: x escapes to heap in intFlow:
./call_flows.go:67:2:   flow: {heap} ← &x:
./call_flows.go:67:2:     from &x (address-of) at ./call_flows.go:68:24
./call_flows.go:67:2:     from intIdentity(&x) (call parameter) at ./call_flows.go:68:23
./call_flows.go:67:2:     from sinkInt = intIdentity(&x) (assign) at ./call_flows.go:68:10
./call_flows.go:67:2: moved to heap: x
