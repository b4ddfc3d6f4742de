./deref_levels.go:12:13: parameter pp leaks to ~r0 for deref1 with derefs=1:
./deref_levels.go:12:13:   flow: ~r0 ← *pp:
./deref_levels.go:12:13:     from *pp (indirection) at ./deref_levels.go:13:9
./deref_levels.go:12:13:     from return *pp (return) at ./deref_levels.go:13:2
./deref_levels.go:12:13: leaking param: pp to result ~r0 level=1
./deref_levels.go:16:13: parameter ppp leaks to ~r0 for deref2 with derefs=2:
./deref_levels.go:16:13:   flow: ~r0 ← **ppp:
./deref_levels.go:16:13:     from *ppp (indirection) at ./deref_levels.go:17:10
./deref_levels.go:16:13:     from *(*ppp) (indirection) at ./deref_levels.go:17:9
./deref_levels.go:16:13:     from return *(*ppp) (return) at ./deref_levels.go:17:2
./deref_levels.go:16:13: leaking param: ppp to result ~r0 level=2
./deref_levels.go:20:17: parameter h leaks to ~r0 for fieldDeref with derefs=2:
./deref_levels.go:20:17:   flow: ~r0 ← **h:
./deref_levels.go:20:17:     from h.inner (dot of pointer) at ./deref_levels.go:21:10
./deref_levels.go:20:17:     from h.inner.val (dot of pointer) at ./deref_levels.go:21:16
./deref_levels.go:20:17:     from return h.inner.val (return) at ./deref_levels.go:21:2
./deref_levels.go:20:17: leaking param: h to result ~r0 level=2
./deref_levels.go:24:18: parameter p leaks to ~r0 for addrOfDeref with derefs=0:
./deref_levels.go:24:18:   flow: ~r0 ← p:
./deref_levels.go:24:18:     from *p (indirection) at ./deref_levels.go:25:10
./deref_levels.go:24:18:     from &(*p) (address-of) at ./deref_levels.go:25:9
./deref_levels.go:24:18:     from return &(*p) (return) at ./deref_levels.go:25:2
./deref_levels.go:24:18: leaking param: p to result ~r0 level=0
./deref_levels.go:28:17: parameter pp leaks to {heap} for storeDeref with derefs=1:
./deref_levels.go:28:17:   flow: {heap} ← *pp:
./deref_levels.go:28:17:     from *pp (indirection) at ./deref_levels.go:29:9
./deref_levels.go:28:17:     from sink = *pp (assign) at ./deref_levels.go:29:7
./deref_levels.go:28:17: leaking param content: pp
./deref_levels.go:32:18: parameter ppp leaks to {heap} for storeDeref2 with derefs=2:
./deref_levels.go:32:18:   flow: {heap} ← **ppp:
./deref_levels.go:32:18:     from *ppp (indirection) at ./deref_levels.go:33:10
./deref_levels.go:32:18:     from *(*ppp) (indirection) at ./deref_levels.go:33:9
./deref_levels.go:32:18:     from sink = *(*ppp) (assign) at ./deref_levels.go:33:7
./deref_levels.go:32:18: leaking param content: ppp
./deref_levels.go:36:16: parameter s leaks to ~r0 for sliceElem with derefs=1:
./deref_levels.go:36:16:   flow: ~r0 ← *s:
./deref_levels.go:36:16:     from s[0] (dot of pointer) at ./deref_levels.go:37:10
./deref_levels.go:36:16:     from return s[0] (return) at ./deref_levels.go:37:2
./deref_levels.go:36:16: leaking param: s to result ~r0 level=1
./deref_levels.go:40:20: parameter s leaks to ~r0 for sliceOfSlices with derefs=1:
./deref_levels.go:40:20:   flow: ~r0 ← *s:
./deref_levels.go:40:20:     from s[0] (dot of pointer) at ./deref_levels.go:41:10
./deref_levels.go:40:20:     from return s[0] (return) at ./deref_levels.go:41:2
./deref_levels.go:40:20: leaking param: s to result ~r0 level=1
./deref_levels.go:44:16: parameter h leaks to ~r0 for twoLevels with derefs=2:
./deref_levels.go:44:16:   flow: ~r0 ← **h:
./deref_levels.go:44:16:     from h.inner (dot of pointer) at ./deref_levels.go:45:10
./deref_levels.go:44:16:     from h.inner.inner (dot of pointer) at ./deref_levels.go:45:16
./deref_levels.go:44:16:     from return h.inner.inner (return) at ./deref_levels.go:45:2
./deref_levels.go:44:16: leaking param: h to result ~r0 level=2
./deref_levels.go:48:20: parameter b leaks to ~r1 for mixed with derefs=1:
./deref_levels.go:48:20:   flow: ~r1 ← *b:
./deref_levels.go:48:20:     from *b (indirection) at ./deref_levels.go:49:12
./deref_levels.go:48:20:     from return a, *b (return) at ./deref_levels.go:49:2
./deref_levels.go:48:12: parameter a leaks to ~r0 for mixed with derefs=0:
./deref_levels.go:48:12:   flow: ~r0 ← a:
./deref_levels.go:48:12:     from return a, *b (return) at ./deref_levels.go:49:2
./deref_levels.go:48:12: leaking param: a to result ~r0 level=0
./deref_levels.go:48:20: leaking param: b to result ~r1 level=1
./deref_levels.go:53:2: x escapes to heap in main:
./deref_levels.go:53:2:   flow: p ← &x:
./deref_levels.go:53:2:     from &x (address-of) at ./deref_levels.go:54:7
./deref_levels.go:53:2:     from p := &x (assign) at ./deref_levels.go:54:4
./deref_levels.go:53:2:   flow: pp ← &p:
./deref_levels.go:53:2:     from &p (address-of) at ./deref_levels.go:55:8
./deref_levels.go:53:2:     from pp := &p (assign) at ./deref_levels.go:55:5
./deref_levels.go:53:2:   flow: {heap} ← *pp:
./deref_levels.go:53:2:     from storeDeref(pp) (call parameter) at ./deref_levels.go:60:12
./deref_levels.go:53:2: moved to heap: x
./deref_levels.go:58:17: &Holder{...} does not escape
./deref_levels.go:58:32: &Holder{} does not escape
./deref_levels.go:62:22: []*int{...} does not escape
./deref_levels.go:63:27: [][]int{...} does not escape
./deref_levels.go:63:28: []int{...} does not escape
./deref_levels.go:64:16: &Holder{} does not escape
