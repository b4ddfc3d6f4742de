./leak_param.go:14:15: p does not escape
./leak_param.go:18:17: parameter p leaks to {heap} for leakToHeap with derefs=0:
./leak_param.go:18:17:   flow: {heap} ← p:
./leak_param.go:18:17:     from sinkP = p (assign) at ./leak_param.go:19:8
./leak_param.go:18:17: leaking param: p
./leak_param.go:22:18: parameter t leaks to {heap} for leakContent with derefs=1:
./leak_param.go:22:18:   flow: {heap} ← *t:
./leak_param.go:22:18:     from t.p (dot of pointer) at ./leak_param.go:23:11
./leak_param.go:22:18:     from sinkP = t.p (assign) at ./leak_param.go:23:8
./leak_param.go:22:18: leaking param content: t
./leak_param.go:26:19: parameter p leaks to ~r0 for leakToResult with derefs=0:
./leak_param.go:26:19:   flow: ~r0 ← p:
./leak_param.go:26:19:     from return p (return) at ./leak_param.go:27:2
./leak_param.go:26:19: leaking param: p to result ~r0 level=0
./leak_param.go:30:26: parameter t leaks to ~r0 for leakContentToResult with derefs=1:
./leak_param.go:30:26:   flow: ~r0 ← *t:
./leak_param.go:30:26:     from t.p (dot of pointer) at ./leak_param.go:31:10
./leak_param.go:30:26:     from return t.p (return) at ./leak_param.go:31:2
./leak_param.go:30:26: leaking param: t to result ~r0 level=1
./leak_param.go:34:25: parameter p leaks to ~r1 for leakToSecondResult with derefs=0:
./leak_param.go:34:25:   flow: ~r1 ← p:
./leak_param.go:34:25:     from return 0, p (return) at ./leak_param.go:35:2
./leak_param.go:34:25: leaking param: p to result ~r1 level=0
./leak_param.go:38:24: parameter p leaks to r for leakToNamedResult with derefs=0:
./leak_param.go:38:24:   flow: r ← p:
./leak_param.go:38:24:     from r = p (assign) at ./leak_param.go:39:4
./leak_param.go:38:24: leaking param: p to result r level=0
./leak_param.go:43:15: parameter p leaks to {heap} for leakBoth with derefs=0:
./leak_param.go:43:15:   flow: {heap} ← p:
./leak_param.go:43:15:     from sinkP = p (assign) at ./leak_param.go:44:8
./leak_param.go:43:15: parameter p leaks to ~r0 for leakBoth with derefs=0:
./leak_param.go:43:15:   flow: ~r0 ← p:
./leak_param.go:43:15:     from return p (return) at ./leak_param.go:45:2
./leak_param.go:43:15: leaking param: p
./leak_param.go:48:17: s does not escape
./leak_param.go:52:21: parameter s leaks to ~r0 for sliceParamLeak with derefs=0:
./leak_param.go:52:21:   flow: ~r0 ← s:
./leak_param.go:52:21:     from s[1:] (slice) at ./leak_param.go:53:10
./leak_param.go:52:21:     from return s[1:] (return) at ./leak_param.go:53:2
./leak_param.go:52:21: leaking param: s to result ~r0 level=0
./leak_param.go:56:18: parameter s leaks to ~r0 for stringParam with derefs=0:
./leak_param.go:56:18:   flow: ~r0 ← s:
./leak_param.go:56:18:     from return s (return) at ./leak_param.go:57:2
./leak_param.go:56:18: leaking param: s to result ~r0 level=0
./leak_param.go:60:21: s does not escape
./leak_param.go:64:23: parameter s leaks to ~r0 for stringParamSlice with derefs=0:
./leak_param.go:64:23:   flow: ~r0 ← s:
./leak_param.go:64:23:     from s[:1] (slice) at ./leak_param.go:65:10
./leak_param.go:64:23:     from return s[:1] (return) at ./leak_param.go:65:2
./leak_param.go:64:23: leaking param: s to result ~r0 level=0
./leak_param.go:68:15: m does not escape
./leak_param.go:72:16: f does not escape
./leak_param.go:76:17: v does not escape
./leak_param.go:80:29: parameter c leaks to {heap} for multiParams with derefs=0:
./leak_param.go:80:29:   flow: {heap} ← c:
./leak_param.go:80:29:     from sinkT = c (assign) at ./leak_param.go:81:8
./leak_param.go:80:21: parameter b leaks to ~r0 for multiParams with derefs=0:
./leak_param.go:80:21:   flow: ~r0 ← b:
./leak_param.go:80:21:     from return b (return) at ./leak_param.go:83:3
./leak_param.go:80:18: a does not escape
./leak_param.go:80:21: leaking param: b to result ~r0 level=0
./leak_param.go:80:29: leaking param: c
./leak_param.go:88:25: parameter t leaks to ~r0 for structParamByValue with derefs=0:
./leak_param.go:88:25:   flow: ~r0 ← t:
./leak_param.go:88:25:     from t.p (dot) at ./leak_param.go:89:10
./leak_param.go:88:25:     from return t.p (return) at ./leak_param.go:89:2
./leak_param.go:88:25: leaking param: t to result ~r0 level=0
./leak_param.go:92:24: parameter src leaks to {heap} for storeInto with derefs=0:
./leak_param.go:92:24:   flow: {heap} ← src:
./leak_param.go:92:24:     from dst.p = src (assign) at ./leak_param.go:93:8
./leak_param.go:92:16: dst does not escape
./leak_param.go:92:24: leaking param: src
./leak_param.go:96:16: parameter p leaks to ~r0 for recursive with derefs=0:
./leak_param.go:96:16:   flow: ~r0 ← p:
./leak_param.go:96:16:     from return p (return) at ./leak_param.go:98:3
./leak_param.go:96:16: leaking param: p to result ~r0 level=0
./leak_param.go:112:2: z escapes to heap in callerLeak:
./leak_param.go:112:2:   flow: {heap} ← &z:
./leak_param.go:112:2:     from &z (address-of) at ./leak_param.go:113:13
./leak_param.go:112:2:     from leakToHeap(&z) (call parameter) at ./leak_param.go:113:12
./leak_param.go:112:2: moved to heap: z
./leak_param.go:119:2: v escapes to heap in main:
./leak_param.go:119:2:   flow: {storage for &T{...}} ← &v:
./leak_param.go:119:2:     from &v (address-of) at ./leak_param.go:120:20
./leak_param.go:119:2:     from T{...} (struct literal element) at ./leak_param.go:120:16
./leak_param.go:119:2:   flow: {heap} ← {storage for &T{...}}:
./leak_param.go:119:2:     from &T{...} (spill) at ./leak_param.go:120:14
./leak_param.go:119:2:     from leakContent(&T{...}) (call parameter) at ./leak_param.go:120:13
./leak_param.go:119:2: moved to heap: v
./leak_param.go:120:14: &T{...} does not escape
./leak_param.go:121:26: &T{} does not escape
./leak_param.go:125:22: []int{...} does not escape
./leak_param.go:126:26: []int{...} does not escape
./leak_param.go:131:16: func literal does not escape
./leak_param.go:135:12: &T{} does not escape
