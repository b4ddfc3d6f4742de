./slice_idioms.go:11:15: append(s[:i], s[i + 1:]...) escapes to heap in remove:
./slice_idioms.go:11:15:   flow: ~r0 ← &{storage for append(s[:i], s[i + 1:]...)}:
./slice_idioms.go:11:15:     from append(s[:i], s[i + 1:]...) (spill) at ./slice_idioms.go:11:15
./slice_idioms.go:11:15:     from return append(s[:i], s[i + 1:]...) (return) at ./slice_idioms.go:11:2
./slice_idioms.go:10:13: parameter s leaks to ~r0 for remove with derefs=0:
./slice_idioms.go:10:13:   flow: {temp} ← s:
./slice_idioms.go:10:13:     from s[:i] (slice) at ./slice_idioms.go:11:17
./slice_idioms.go:10:13:     from append(s[:i], s[i + 1:]...) (call parameter) at ./slice_idioms.go:11:15
./slice_idioms.go:10:13:   flow: ~r0 ← {temp}:
./slice_idioms.go:10:13:     from return append(s[:i], s[i + 1:]...) (return) at ./slice_idioms.go:11:2
./slice_idioms.go:10:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:11:15: append escapes to heap
./slice_idioms.go:14:13: parameter s leaks to ~r0 for insert with derefs=0:
./slice_idioms.go:14:13:   flow: ~r0 ← s:
./slice_idioms.go:14:13:     from return s (return) at ./slice_idioms.go:18:2
./slice_idioms.go:15:12: append(s, 0) escapes to heap in insert:
./slice_idioms.go:15:12:   flow: s ← &{storage for append(s, 0)}:
./slice_idioms.go:15:12:     from append(s, 0) (spill) at ./slice_idioms.go:15:12
./slice_idioms.go:15:12:     from s = append(s, 0) (assign) at ./slice_idioms.go:15:4
./slice_idioms.go:15:12:   flow: ~r0 ← s:
./slice_idioms.go:15:12:     from return s (return) at ./slice_idioms.go:18:2
./slice_idioms.go:14:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:15:12: append escapes to heap
./slice_idioms.go:21:13: parameter s leaks to ~r0 for filter with derefs=0:
./slice_idioms.go:21:13:   flow: out ← s:
./slice_idioms.go:21:13:     from s[:0] (slice) at ./slice_idioms.go:22:10
./slice_idioms.go:21:13:     from out := s[:0] (assign) at ./slice_idioms.go:22:6
./slice_idioms.go:21:13:   flow: ~r0 ← out:
./slice_idioms.go:21:13:     from return out (return) at ./slice_idioms.go:28:2
./slice_idioms.go:25:16: append(out, v) escapes to heap in filter:
./slice_idioms.go:25:16:   flow: out ← &{storage for append(out, v)}:
./slice_idioms.go:25:16:     from append(out, v) (spill) at ./slice_idioms.go:25:16
./slice_idioms.go:25:16:     from out = append(out, v) (assign) at ./slice_idioms.go:25:8
./slice_idioms.go:25:16:   flow: ~r0 ← out:
./slice_idioms.go:25:16:     from return out (return) at ./slice_idioms.go:28:2
./slice_idioms.go:21:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:25:16: append escapes to heap
./slice_idioms.go:33:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_idioms.go:33:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_idioms.go:31:14: s does not escape
./slice_idioms.go:38:15: append(([]int)(nil), s...) escapes to heap in clone:
./slice_idioms.go:38:15:   flow: ~r0 ← &{storage for append(([]int)(nil), s...)}:
./slice_idioms.go:38:15:     from append(([]int)(nil), s...) (spill) at ./slice_idioms.go:38:15
./slice_idioms.go:38:15:     from return append(([]int)(nil), s...) (return) at ./slice_idioms.go:38:2
./slice_idioms.go:37:12: s does not escape
./slice_idioms.go:38:15: append escapes to heap
./slice_idioms.go:42:11: make([]int, len(s)) escapes to heap in cloneMake:
./slice_idioms.go:42:11:   flow: c ← &{storage for make([]int, len(s))}:
./slice_idioms.go:42:11:     from make([]int, len(s)) (spill) at ./slice_idioms.go:42:11
./slice_idioms.go:42:11:     from c := make([]int, len(s)) (assign) at ./slice_idioms.go:42:4
./slice_idioms.go:42:11:   flow: ~r0 ← c:
./slice_idioms.go:42:11:     from return c (return) at ./slice_idioms.go:44:2
./slice_idioms.go:41:16: s does not escape
./slice_idioms.go:42:11: make([]int, len(s)) escapes to heap
./slice_idioms.go:48:15: append(s, s...) escapes to heap in doubleUp:
./slice_idioms.go:48:15:   flow: ~r0 ← &{storage for append(s, s...)}:
./slice_idioms.go:48:15:     from append(s, s...) (spill) at ./slice_idioms.go:48:15
./slice_idioms.go:48:15:     from return append(s, s...) (return) at ./slice_idioms.go:48:2
./slice_idioms.go:47:15: parameter s leaks to ~r0 for doubleUp with derefs=0:
./slice_idioms.go:47:15:   flow: {temp} ← s:
./slice_idioms.go:47:15:     from append(s, s...) (call parameter) at ./slice_idioms.go:48:15
./slice_idioms.go:47:15:   flow: ~r0 ← {temp}:
./slice_idioms.go:47:15:     from return append(s, s...) (return) at ./slice_idioms.go:48:2
./slice_idioms.go:47:15: leaking param: s to result ~r0 level=0
./slice_idioms.go:48:15: append escapes to heap
./slice_idioms.go:51:11: parameter rs leaks to ~r0 for idOf with derefs=0:
./slice_idioms.go:51:11:   flow: ~r0 ← rs:
./slice_idioms.go:51:11:     from rs[i] (dot of pointer) at ./slice_idioms.go:52:12
./slice_idioms.go:51:11:     from rs[i].id (dot) at ./slice_idioms.go:52:15
./slice_idioms.go:51:11:     from &rs[i].id (address-of) at ./slice_idioms.go:52:9
./slice_idioms.go:51:11:     from return &rs[i].id (return) at ./slice_idioms.go:52:2
./slice_idioms.go:51:11: leaking param: rs to result ~r0 level=0
./slice_idioms.go:55:13: parameter rs leaks to {heap} for tagsOf with derefs=2:
./slice_idioms.go:55:13:   flow: {temp} ← rs:
./slice_idioms.go:55:13:   flow: r ← *{temp}:
./slice_idioms.go:55:13:     from for loop (range-deref) at ./slice_idioms.go:57:14
./slice_idioms.go:55:13:   flow: {heap} ← *r:
./slice_idioms.go:55:13:     from r.tags (dot) at ./slice_idioms.go:58:22
./slice_idioms.go:55:13:     from append(all, r.tags...) (call parameter) at ./slice_idioms.go:58:15
./slice_idioms.go:55:13:     from append(all, r.tags...) (appended slice...) at ./slice_idioms.go:58:15
./slice_idioms.go:58:15: append(all, r.tags...) escapes to heap in tagsOf:
./slice_idioms.go:58:15:   flow: all ← &{storage for append(all, r.tags...)}:
./slice_idioms.go:58:15:     from append(all, r.tags...) (spill) at ./slice_idioms.go:58:15
./slice_idioms.go:58:15:     from all = append(all, r.tags...) (assign) at ./slice_idioms.go:58:7
./slice_idioms.go:58:15:   flow: ~r0 ← all:
./slice_idioms.go:58:15:     from return all (return) at ./slice_idioms.go:60:2
./slice_idioms.go:55:13: leaking param content: rs
./slice_idioms.go:58:15: append escapes to heap
./slice_idioms.go:64:12: []int{...} does not escape
./slice_idioms.go:72:16: []Rec{...} does not escape
