./recursion.go:12:12: t does not escape
./recursion.go:23:11: parameter t leaks to ~r0 for find with derefs=0:
./recursion.go:23:11:   flow: ~r0 ← t:
./recursion.go:23:11:     from return t (return) at ./recursion.go:25:3
./recursion.go:23:11: leaking param: t to result ~r0 level=0
./recursion.go:35:10: &Tree{...} escapes to heap in insert:
./recursion.go:35:10:   flow: ~r0 ← &{storage for &Tree{...}}:
./recursion.go:35:10:     from &Tree{...} (spill) at ./recursion.go:35:10
./recursion.go:35:10:     from return &Tree{...} (return) at ./recursion.go:35:3
./recursion.go:35:10:   flow: {heap} ← ~r0:
./recursion.go:35:10:     from t.left = insert(t.left, v) (assign) at ./recursion.go:38:10
./recursion.go:33:13: parameter t leaks to {heap} for insert with derefs=0:
./recursion.go:33:13:   flow: ~r0 ← t:
./recursion.go:33:13:     from return t (return) at ./recursion.go:42:2
./recursion.go:33:13:   flow: {heap} ← ~r0:
./recursion.go:33:13:     from t.left = insert(t.left, v) (assign) at ./recursion.go:38:10
./recursion.go:33:13: parameter t leaks to ~r0 for insert with derefs=0:
./recursion.go:33:13:   flow: ~r0 ← t:
./recursion.go:33:13:     from return t (return) at ./recursion.go:42:2
./recursion.go:33:13: leaking param: t
./recursion.go:35:10: &Tree{...} escapes to heap
./recursion.go:45:20: p does not escape
./recursion.go:52:19: p does not escape
./recursion.go:60:11: parameter t leaks to {heap} for ping with derefs=0:
./recursion.go:60:11:   flow: {heap} ← t:
./recursion.go:60:11:     from found = t (assign) at ./recursion.go:62:9
./recursion.go:68:11: parameter t leaks to {heap} for pong with derefs=0:
./recursion.go:68:11:   flow: t ← t:
./recursion.go:68:11:     from ping(t, n) (call parameter) at ./recursion.go:69:6
./recursion.go:68:11:   flow: {heap} ← t:
./recursion.go:68:11:     from found = t (assign) at ./recursion.go:62:9
./recursion.go:60:11: leaking param: t
./recursion.go:68:11: leaking param: t
./recursion.go:88:7: &Tree{} escapes to heap in main:
./recursion.go:88:7:   flow: {heap} ← &{storage for &Tree{}}:
./recursion.go:88:7:     from &Tree{} (spill) at ./recursion.go:88:7
./recursion.go:88:7:     from ping(&Tree{}, 2) (call parameter) at ./recursion.go:88:6
./recursion.go:81:25: []int{...} does not escape
./recursion.go:88:7: &Tree{} escapes to heap
