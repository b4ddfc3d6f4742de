./append_calls.go:10:13: append does not escape
./append_calls.go:16:15: append(s, v) escapes to heap in appendReturn:
./append_calls.go:16:15:   flow: ~r0 ← &{storage for append(s, v)}:
./append_calls.go:16:15:     from append(s, v) (spill) at ./append_calls.go:16:15
./append_calls.go:16:15:     from return append(s, v) (return) at ./append_calls.go:16:2
./append_calls.go:15:19: parameter s leaks to ~r0 for appendReturn with derefs=0:
./append_calls.go:15:19:   flow: {temp} ← s:
./append_calls.go:15:19:     from append(s, v) (call parameter) at ./append_calls.go:16:15
./append_calls.go:15:19:   flow: ~r0 ← {temp}:
./append_calls.go:15:19:     from return append(s, v) (return) at ./append_calls.go:16:2
./append_calls.go:15:19: leaking param: s to result ~r0 level=0
./append_calls.go:16:15: append escapes to heap
./append_calls.go:20:17: append(global, v) escapes to heap in appendGlobal:
./append_calls.go:20:17:   flow: {heap} ← &{storage for append(global, v)}:
./append_calls.go:20:17:     from append(global, v) (spill) at ./append_calls.go:20:17
./append_calls.go:20:17:     from global = append(global, v) (assign) at ./append_calls.go:20:9
./append_calls.go:20:17: append escapes to heap
./append_calls.go:26:3: v escapes to heap in appendPtrs:
./append_calls.go:26:3:   flow: {heap} ← &v:
./append_calls.go:26:3:     from &v (address-of) at ./append_calls.go:27:21
./append_calls.go:26:3:     from append(out, &v) (call parameter) at ./append_calls.go:27:15
./append_calls.go:27:15: append(out, &v) escapes to heap in appendPtrs:
./append_calls.go:27:15:   flow: out ← &{storage for append(out, &v)}:
./append_calls.go:27:15:     from append(out, &v) (spill) at ./append_calls.go:27:15
./append_calls.go:27:15:     from out = append(out, &v) (assign) at ./append_calls.go:27:7
./append_calls.go:27:15:   flow: ~r0 ← out:
./append_calls.go:27:15:     from return out (return) at ./append_calls.go:29:2
./append_calls.go:26:3: moved to heap: v
./append_calls.go:27:15: append escapes to heap
./append_calls.go:34:2: a escapes to heap in appendLocalPtrs:
./append_calls.go:34:2:   flow: {heap} ← &a:
./append_calls.go:34:2:     from &a (address-of) at ./append_calls.go:35:20
./append_calls.go:34:2:     from append(out, &a, &b) (call parameter) at ./append_calls.go:35:14
./append_calls.go:34:5: b escapes to heap in appendLocalPtrs:
./append_calls.go:34:5:   flow: {heap} ← &b:
./append_calls.go:34:5:     from &b (address-of) at ./append_calls.go:35:24
./append_calls.go:34:5:     from append(out, &a, &b) (call parameter) at ./append_calls.go:35:14
./append_calls.go:34:2: moved to heap: a
./append_calls.go:34:5: moved to heap: b
./append_calls.go:35:14: append does not escape
./append_calls.go:40:15: append(a, b...) escapes to heap in appendSpread:
./append_calls.go:40:15:   flow: ~r0 ← &{storage for append(a, b...)}:
./append_calls.go:40:15:     from append(a, b...) (spill) at ./append_calls.go:40:15
./append_calls.go:40:15:     from return append(a, b...) (return) at ./append_calls.go:40:2
./append_calls.go:39:19: parameter a leaks to ~r0 for appendSpread with derefs=0:
./append_calls.go:39:19:   flow: {temp} ← a:
./append_calls.go:39:19:     from append(a, b...) (call parameter) at ./append_calls.go:40:15
./append_calls.go:39:19:   flow: ~r0 ← {temp}:
./append_calls.go:39:19:     from return append(a, b...) (return) at ./append_calls.go:40:2
./append_calls.go:39:19: leaking param: a to result ~r0 level=0
./append_calls.go:39:22: b does not escape
./append_calls.go:40:15: append escapes to heap
./append_calls.go:44:15: append(b, s...) escapes to heap in appendString:
./append_calls.go:44:15:   flow: ~r0 ← &{storage for append(b, s...)}:
./append_calls.go:44:15:     from append(b, s...) (spill) at ./append_calls.go:44:15
./append_calls.go:44:15:     from return append(b, s...) (return) at ./append_calls.go:44:2
./append_calls.go:43:19: parameter b leaks to ~r0 for appendString with derefs=0:
./append_calls.go:43:19:   flow: {temp} ← b:
./append_calls.go:43:19:     from append(b, s...) (call parameter) at ./append_calls.go:44:15
./append_calls.go:43:19:   flow: ~r0 ← {temp}:
./append_calls.go:43:19:     from return append(b, s...) (return) at ./append_calls.go:44:2
./append_calls.go:43:19: leaking param: b to result ~r0 level=0
./append_calls.go:43:29: s does not escape
./append_calls.go:44:15: append escapes to heap
./append_calls.go:48:11: make([]int, 0, 8) escapes to heap in appendToMade:
./append_calls.go:48:11:   flow: s ← &{storage for make([]int, 0, 8)}:
./append_calls.go:48:11:     from make([]int, 0, 8) (spill) at ./append_calls.go:48:11
./append_calls.go:48:11:     from s := make([]int, 0, 8) (assign) at ./append_calls.go:48:4
./append_calls.go:48:11:   flow: ~r0 ← s:
./append_calls.go:48:11:     from return s (return) at ./append_calls.go:50:2
./append_calls.go:49:12: append(s, 1, 2, 3) escapes to heap in appendToMade:
./append_calls.go:49:12:   flow: s ← &{storage for append(s, 1, 2, 3)}:
./append_calls.go:49:12:     from append(s, 1, 2, 3) (spill) at ./append_calls.go:49:12
./append_calls.go:49:12:     from s = append(s, 1, 2, 3) (assign) at ./append_calls.go:49:4
./append_calls.go:49:12:   flow: ~r0 ← s:
./append_calls.go:49:12:     from return s (return) at ./append_calls.go:50:2
./append_calls.go:48:11: make([]int, 0, 8) escapes to heap
./append_calls.go:49:12: append escapes to heap
./append_calls.go:54:19: []int{...} does not escape
./append_calls.go:54:13: append does not escape
./append_calls.go:64:24: []int{...} does not escape
./append_calls.go:64:34: []int{...} does not escape
