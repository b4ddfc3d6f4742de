./stdlib_calls.go:17:12: parameter s leaks to ~r0 for upper with derefs=0:
./stdlib_calls.go:17:12:   flow: ~r0 ← s:
./stdlib_calls.go:17:12:     from strings.ToUpper(s) (call parameter) at ./stdlib_calls.go:18:24
./stdlib_calls.go:17:12:     from return strings.ToUpper(s) (return) at ./stdlib_calls.go:18:2
./stdlib_calls.go:17:12: leaking param: s to result ~r0 level=0
./stdlib_calls.go:21:15: s does not escape
./stdlib_calls.go:21:18: sub does not escape
./stdlib_calls.go:25:12: parameter s leaks to {heap} for split with derefs=0:
./stdlib_calls.go:25:12:   flow: {heap} ← s:
./stdlib_calls.go:25:12:     from strings.Split(s, ",") (call parameter) at ./stdlib_calls.go:26:22
./stdlib_calls.go:25:12: leaking param: s
./stdlib_calls.go:33:11: s does not escape
./stdlib_calls.go:39:13: ps escapes to heap in sortPeople:
./stdlib_calls.go:39:13:   flow: {heap} ← &{storage for ps}:
./stdlib_calls.go:39:13:     from ps (spill) at ./stdlib_calls.go:39:13
./stdlib_calls.go:39:13:     from sort.Slice(ps, func literal) (call parameter) at ./stdlib_calls.go:39:12
./stdlib_calls.go:38:17: sortPeople capturing by value: ps (addr=false assign=false width=24)
./stdlib_calls.go:38:17: parameter ps leaks to {storage for ps} for sortPeople with derefs=0:
./stdlib_calls.go:38:17:   flow: {storage for ps} ← ps:
./stdlib_calls.go:38:17:     from ps (interface-converted) at ./stdlib_calls.go:39:13
./stdlib_calls.go:38:17: leaking param: ps
./stdlib_calls.go:39:13: ps escapes to heap
./stdlib_calls.go:39:17: func literal does not escape
./stdlib_calls.go:43:12: []int{...} escapes to heap in sortInts:
./stdlib_calls.go:43:12:   flow: s ← &{storage for []int{...}}:
./stdlib_calls.go:43:12:     from []int{...} (spill) at ./stdlib_calls.go:43:12
./stdlib_calls.go:43:12:     from s := []int{...} (assign) at ./stdlib_calls.go:43:4
./stdlib_calls.go:43:12:   flow: ~r0 ← s:
./stdlib_calls.go:43:12:     from return s (return) at ./stdlib_calls.go:45:2
./stdlib_calls.go:43:12: []int{...} escapes to heap
./stdlib_calls.go:49:12: []int{...} does not escape
./stdlib_calls.go:61:13: parameter s leaks to {heap} for fields with derefs=0:
./stdlib_calls.go:61:13:   flow: {heap} ← s:
./stdlib_calls.go:61:13:     from strings.Fields(s) (call parameter) at ./stdlib_calls.go:62:27
./stdlib_calls.go:61:13: leaking param: s
./stdlib_calls.go:69:11: parameter s leaks to ~r0 for trim with derefs=0:
./stdlib_calls.go:69:11:   flow: ~r0 ← s:
./stdlib_calls.go:69:11:     from strings.TrimSpace(s) (call parameter) at ./stdlib_calls.go:70:26
./stdlib_calls.go:69:11:     from return strings.TrimSpace(s) (return) at ./stdlib_calls.go:70:2
./stdlib_calls.go:69:11: leaking param: s to result ~r0 level=0
./stdlib_calls.go:83:21: []Person{...} escapes to heap in main:
./stdlib_calls.go:83:21:   flow: {heap} ← &{storage for []Person{...}}:
./stdlib_calls.go:83:21:     from []Person{...} (spill) at ./stdlib_calls.go:83:21
./stdlib_calls.go:83:21:     from sortPeople([]Person{...}) (call parameter) at ./stdlib_calls.go:83:12
./stdlib_calls.go:83:21: []Person{...} escapes to heap
