./variadic.go:8:10: nums does not escape
./variadic.go:17:15: append(kept, nums) escapes to heap in keep:
./variadic.go:17:15:   flow: {heap} ← &{storage for append(kept, nums)}:
./variadic.go:17:15:     from append(kept, nums) (spill) at ./variadic.go:17:15
./variadic.go:17:15:     from kept = append(kept, nums) (assign) at ./variadic.go:17:7
./variadic.go:16:11: parameter nums leaks to {heap} for keep with derefs=0:
./variadic.go:16:11:   flow: {heap} ← nums:
./variadic.go:16:11:     from append(kept, nums) (call parameter) at ./variadic.go:17:15
./variadic.go:16:11: leaking param: nums
./variadic.go:17:15: append escapes to heap
./variadic.go:20:14: parameter vals leaks to {heap} for keepAll with derefs=0:
./variadic.go:20:14:   flow: {heap} ← vals:
./variadic.go:20:14:     from keptAny = vals (assign) at ./variadic.go:21:10
./variadic.go:20:14: leaking param: vals
./variadic.go:24:12: parameter ps leaks to ~r0 for first with derefs=1:
./variadic.go:24:12:   flow: ~r0 ← *ps:
./variadic.go:24:12:     from ps[0] (dot of pointer) at ./variadic.go:25:11
./variadic.go:24:12:     from return ps[0] (return) at ./variadic.go:25:2
./variadic.go:24:12: leaking param: ps to result ~r0 level=1
./variadic.go:28:12: vals does not escape
./variadic.go:34:6: ... argument escapes to heap in main:
./variadic.go:34:6:   flow: {heap} ← &{storage for ... argument}:
./variadic.go:34:6:     from ... argument (spill) at ./variadic.go:34:6
./variadic.go:34:6:     from keep(... argument...) (call parameter) at ./variadic.go:34:6
./variadic.go:35:9: ... argument escapes to heap in main:
./variadic.go:35:9:   flow: {heap} ← &{storage for ... argument}:
./variadic.go:35:9:     from ... argument (spill) at ./variadic.go:35:9
./variadic.go:35:9:     from keepAll(... argument...) (call parameter) at ./variadic.go:35:9
./variadic.go:35:10: 6 escapes to heap in main:
./variadic.go:35:10:   flow: {storage for ... argument} ← &{storage for 6}:
./variadic.go:35:10:     from 6 (spill) at ./variadic.go:35:10
./variadic.go:35:10:     from ... argument (slice-literal-element) at ./variadic.go:35:9
./variadic.go:35:13: "seven" escapes to heap in main:
./variadic.go:35:13:   flow: {storage for ... argument} ← &{storage for "seven"}:
./variadic.go:35:13:     from "seven" (spill) at ./variadic.go:35:13
./variadic.go:35:13:     from ... argument (slice-literal-element) at ./variadic.go:35:9
./variadic.go:39:12: []int{...} escapes to heap in main:
./variadic.go:39:12:   flow: s ← &{storage for []int{...}}:
./variadic.go:39:12:     from []int{...} (spill) at ./variadic.go:39:12
./variadic.go:39:12:     from s := []int{...} (assign) at ./variadic.go:39:4
./variadic.go:39:12:   flow: {heap} ← s:
./variadic.go:39:12:     from keep(s...) (call parameter) at ./variadic.go:41:6
./variadic.go:33:9: ... argument does not escape
./variadic.go:34:6: ... argument escapes to heap
./variadic.go:35:9: ... argument escapes to heap
./variadic.go:35:10: 6 escapes to heap
./variadic.go:35:13: "seven" escapes to heap
./variadic.go:37:11: ... argument does not escape
./variadic.go:38:11: ... argument does not escape
./variadic.go:38:12: 1 does not escape
./variadic.go:38:15: 2.5 does not escape
./variadic.go:38:20: "x" does not escape
./variadic.go:39:12: []int{...} escapes to heap
