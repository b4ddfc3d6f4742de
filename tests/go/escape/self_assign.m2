./self_assign.go:10:32: (*Buf).Reset ignoring self-assignment in b.data = b.data[:0]
./self_assign.go:10:7: b does not escape
./self_assign.go:12:36: (*Buf).Skip ignoring self-assignment in b.data = b.data[n:]
./self_assign.go:12:7: b does not escape
./self_assign.go:15:17: append(b.data, c) escapes to heap in (*Buf).Put:
./self_assign.go:15:17:   flow: {heap} ← &{storage for append(b.data, c)}:
./self_assign.go:15:17:     from append(b.data, c) (spill) at ./self_assign.go:15:17
./self_assign.go:15:17:     from b.data = append(b.data, c) (assign) at ./self_assign.go:15:9
./self_assign.go:14:7: parameter b leaks to {heap} for (*Buf).Put with derefs=1:
./self_assign.go:14:7:   flow: {temp} ← *b:
./self_assign.go:14:7:     from b.data (dot of pointer) at ./self_assign.go:15:19
./self_assign.go:14:7:     from append(b.data, c) (call parameter) at ./self_assign.go:15:17
./self_assign.go:14:7:   flow: {heap} ← {temp}:
./self_assign.go:14:7:     from b.data = append(b.data, c) (assign) at ./self_assign.go:15:9
./self_assign.go:14:7: parameter b leaks to ~r0 for (*Buf).Put with derefs=0:
./self_assign.go:14:7:   flow: ~r0 ← b:
./self_assign.go:14:7:     from return b (return) at ./self_assign.go:16:2
./self_assign.go:14:7: leaking param content: b
./self_assign.go:14:7: leaking param: b to result ~r0 level=0
./self_assign.go:15:17: append escapes to heap
./self_assign.go:25:22: parameter t leaks to {heap} for (*Query).From with derefs=0:
./self_assign.go:25:22:   flow: {heap} ← t:
./self_assign.go:25:22:     from q.table = t (assign) at ./self_assign.go:26:10
./self_assign.go:25:7: parameter q leaks to ~r0 for (*Query).From with derefs=0:
./self_assign.go:25:7:   flow: ~r0 ← q:
./self_assign.go:25:7:     from return q (return) at ./self_assign.go:27:2
./self_assign.go:25:7: leaking param: q to result ~r0 level=0
./self_assign.go:25:22: leaking param: t
./self_assign.go:31:18: append(q.where, cond) escapes to heap in (*Query).Where:
./self_assign.go:31:18:   flow: {heap} ← &{storage for append(q.where, cond)}:
./self_assign.go:31:18:     from append(q.where, cond) (spill) at ./self_assign.go:31:18
./self_assign.go:31:18:     from q.where = append(q.where, cond) (assign) at ./self_assign.go:31:10
./self_assign.go:30:23: parameter cond leaks to {heap} for (*Query).Where with derefs=0:
./self_assign.go:30:23:   flow: {heap} ← cond:
./self_assign.go:30:23:     from append(q.where, cond) (call parameter) at ./self_assign.go:31:18
./self_assign.go:30:7: parameter q leaks to {heap} for (*Query).Where with derefs=1:
./self_assign.go:30:7:   flow: {temp} ← *q:
./self_assign.go:30:7:     from q.where (dot of pointer) at ./self_assign.go:31:20
./self_assign.go:30:7:     from append(q.where, cond) (call parameter) at ./self_assign.go:31:18
./self_assign.go:30:7:   flow: {temp} ← {temp}:
./self_assign.go:30:7:   flow: {heap} ← {temp}:
./self_assign.go:30:7:     from q.where = append(q.where, cond) (assign) at ./self_assign.go:31:10
./self_assign.go:30:7: parameter q leaks to ~r0 for (*Query).Where with derefs=0:
./self_assign.go:30:7:   flow: ~r0 ← q:
./self_assign.go:30:7:     from return q (return) at ./self_assign.go:32:2
./self_assign.go:30:7: leaking param content: q
./self_assign.go:30:7: leaking param: q to result ~r0 level=0
./self_assign.go:30:23: leaking param: cond
./self_assign.go:31:18: append escapes to heap
./self_assign.go:35:7: parameter q leaks to ~r0 for (*Query).Limit with derefs=0:
./self_assign.go:35:7:   flow: ~r0 ← q:
./self_assign.go:35:7:     from return q (return) at ./self_assign.go:37:2
./self_assign.go:35:7: leaking param: q to result ~r0 level=0
./self_assign.go:41:7: &Query{} does not escape
./self_assign.go:47:10: &Query{} escapes to heap in buildQueryReturned:
./self_assign.go:47:10:   flow: {temp} ← &{storage for &Query{}}:
./self_assign.go:47:10:     from &Query{} (spill) at ./self_assign.go:47:10
./self_assign.go:47:10:     from (*Query).From(&Query{}, "t") (call parameter) at ./self_assign.go:47:24
./self_assign.go:47:10:   flow: {temp} ← {temp}:
./self_assign.go:47:10:     from (*Query).Limit((*Query).From(&Query{}, "t"), 1) (call parameter) at ./self_assign.go:47:35
./self_assign.go:47:10:   flow: ~r0 ← {temp}:
./self_assign.go:47:10:     from return (*Query).Limit((*Query).From(&Query{}, "t"), 1) (return) at ./self_assign.go:47:2
./self_assign.go:47:10: &Query{} escapes to heap
./self_assign.go:50:12: parameter s leaks to ~r0 for reuse with derefs=0:
./self_assign.go:50:12:   flow: ~r0 ← s:
./self_assign.go:50:12:     from return s (return) at ./self_assign.go:55:2
./self_assign.go:53:13: append(s, i) escapes to heap in reuse:
./self_assign.go:53:13:   flow: s ← &{storage for append(s, i)}:
./self_assign.go:53:13:     from append(s, i) (spill) at ./self_assign.go:53:13
./self_assign.go:53:13:     from s = append(s, i) (assign) at ./self_assign.go:53:5
./self_assign.go:53:13:   flow: ~r0 ← s:
./self_assign.go:53:13:     from return s (return) at ./self_assign.go:55:2
./self_assign.go:50:12: leaking param: s to result ~r0 level=0
./self_assign.go:53:13: append escapes to heap
./self_assign.go:58:10: parameter stack leaks to ~r0 for pop with derefs=0:
./self_assign.go:58:10:   flow: ~r0 ← stack:
./self_assign.go:58:10:     from return stack, v (return) at ./self_assign.go:61:2
./self_assign.go:58:10: leaking param: stack to result ~r0 level=0
./self_assign.go:65:21: make([]byte, 0, 16) escapes to heap in localBuf:
./self_assign.go:65:21:   flow: b ← &{storage for make([]byte, 0, 16)}:
./self_assign.go:65:21:     from make([]byte, 0, 16) (spill) at ./self_assign.go:65:21
./self_assign.go:65:21:     from Buf{...} (struct literal element) at ./self_assign.go:65:10
./self_assign.go:65:21:     from b := Buf{...} (assign) at ./self_assign.go:65:4
./self_assign.go:65:21:   flow: {temp} ← &b:
./self_assign.go:65:21:     from b (address-of) at ./self_assign.go:66:3
./self_assign.go:65:21:     from (*Buf).Put(b, byte(97)) (call parameter) at ./self_assign.go:66:7
./self_assign.go:65:21:   flow: {heap} ← *{temp}:
./self_assign.go:65:21: make([]byte, 0, 16) escapes to heap
./self_assign.go:76:18: []int{...} does not escape
