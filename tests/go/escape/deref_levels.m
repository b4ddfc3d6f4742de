./deref_levels.go:12:13: leaking param: pp to result ~r0 level=1
./deref_levels.go:16:13: leaking param: ppp to result ~r0 level=2
./deref_levels.go:20:17: leaking param: h to result ~r0 level=2
./deref_levels.go:24:18: leaking param: p to result ~r0 level=0
./deref_levels.go:28:17: leaking param content: pp
./deref_levels.go:32:18: leaking param content: ppp
./deref_levels.go:36:16: leaking param: s to result ~r0 level=1
./deref_levels.go:40:20: leaking param: s to result ~r0 level=1
./deref_levels.go:44:16: leaking param: h to result ~r0 level=2
./deref_levels.go:48:12: leaking param: a to result ~r0 level=0
./deref_levels.go:48:20: leaking param: b to result ~r1 level=1
./deref_levels.go:53:2: moved to heap: x
./deref_levels.go:58:17: &Holder{...} does not escape
./deref_levels.go:58:32: &Holder{} does not escape
./deref_levels.go:62:22: []*int{...} does not escape
./deref_levels.go:63:27: [][]int{...} does not escape
./deref_levels.go:63:28: []int{...} does not escape
./deref_levels.go:64:16: &Holder{} does not escape
