./self_assign.go:10:32: (*Buf).Reset ignoring self-assignment in b.data = b.data[:0]
./self_assign.go:10:7: b does not escape
./self_assign.go:12:36: (*Buf).Skip ignoring self-assignment in b.data = b.data[n:]
./self_assign.go:12:7: b does not escape
./self_assign.go:14:7: leaking param content: b
./self_assign.go:14:7: leaking param: b to result ~r0 level=0
./self_assign.go:15:17: append escapes to heap
./self_assign.go:25:7: leaking param: q to result ~r0 level=0
./self_assign.go:25:22: leaking param: t
./self_assign.go:30:7: leaking param content: q
./self_assign.go:30:7: leaking param: q to result ~r0 level=0
./self_assign.go:30:23: leaking param: cond
./self_assign.go:31:18: append escapes to heap
./self_assign.go:35:7: leaking param: q to result ~r0 level=0
./self_assign.go:41:7: &Query{} does not escape
./self_assign.go:47:10: &Query{} escapes to heap
./self_assign.go:50:12: leaking param: s to result ~r0 level=0
./self_assign.go:53:13: append escapes to heap
./self_assign.go:58:10: leaking param: stack to result ~r0 level=0
./self_assign.go:65:21: make([]byte, 0, 16) escapes to heap
./self_assign.go:76:18: []int{...} does not escape
