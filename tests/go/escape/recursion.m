./recursion.go:12:12: t does not escape
./recursion.go:23:11: leaking param: t to result ~r0 level=0
./recursion.go:33:13: leaking param: t
./recursion.go:35:10: &Tree{...} escapes to heap
./recursion.go:45:20: p does not escape
./recursion.go:52:19: p does not escape
./recursion.go:60:11: leaking param: t
./recursion.go:68:11: leaking param: t
./recursion.go:81:25: []int{...} does not escape
./recursion.go:88:7: &Tree{} escapes to heap
