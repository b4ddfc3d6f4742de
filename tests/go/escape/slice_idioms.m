./slice_idioms.go:10:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:11:15: append escapes to heap
./slice_idioms.go:14:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:15:12: append escapes to heap
./slice_idioms.go:21:13: leaking param: s to result ~r0 level=0
./slice_idioms.go:25:16: append escapes to heap
./slice_idioms.go:33:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_idioms.go:33:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slice_idioms.go:31:14: s does not escape
./slice_idioms.go:37:12: s does not escape
./slice_idioms.go:38:15: append escapes to heap
./slice_idioms.go:41:16: s does not escape
./slice_idioms.go:42:11: make([]int, len(s)) escapes to heap
./slice_idioms.go:47:15: leaking param: s to result ~r0 level=0
./slice_idioms.go:48:15: append escapes to heap
./slice_idioms.go:51:11: leaking param: rs to result ~r0 level=0
./slice_idioms.go:55:13: leaking param content: rs
./slice_idioms.go:58:15: append escapes to heap
./slice_idioms.go:64:12: []int{...} does not escape
./slice_idioms.go:72:16: []Rec{...} does not escape
