./leak_receiver.go:21:7: b does not escape
./leak_receiver.go:23:7: parameter b leaks to ~r0 for (*Buf).Bytes with derefs=1:
./leak_receiver.go:23:7:   flow: ~r0 ← *b:
./leak_receiver.go:23:7:     from b.data (dot of pointer) at ./leak_receiver.go:23:40
./leak_receiver.go:23:7:     from return b.data (return) at ./leak_receiver.go:23:32
./leak_receiver.go:23:7: leaking param: b to result ~r0 level=1
./leak_receiver.go:25:7: parameter b leaks to ~r0 for (*Buf).Self with derefs=0:
./leak_receiver.go:25:7:   flow: ~r0 ← b:
./leak_receiver.go:25:7:     from return b (return) at ./leak_receiver.go:25:29
./leak_receiver.go:25:7: leaking param: b to result ~r0 level=0
./leak_receiver.go:27:7: parameter b leaks to {heap} for (*Buf).Remember with derefs=0:
./leak_receiver.go:27:7:   flow: {heap} ← b:
./leak_receiver.go:27:7:     from lastBuf = b (assign) at ./leak_receiver.go:27:36
./leak_receiver.go:27:7: leaking param: b
./leak_receiver.go:29:7: parameter b leaks to {heap} for (*Buf).RememberData with derefs=1:
./leak_receiver.go:29:7:   flow: {heap} ← *b:
./leak_receiver.go:29:7:     from b.data (dot of pointer) at ./leak_receiver.go:29:44
./leak_receiver.go:29:7:     from lastData = b.data (assign) at ./leak_receiver.go:29:41
./leak_receiver.go:29:7: leaking param content: b
./leak_receiver.go:31:7: b does not escape
./leak_receiver.go:33:7: parameter b leaks to ~r0 for Buf.ValueData with derefs=0:
./leak_receiver.go:33:7:   flow: ~r0 ← b:
./leak_receiver.go:33:7:     from b.data (dot) at ./leak_receiver.go:33:43
./leak_receiver.go:33:7:     from return b.data (return) at ./leak_receiver.go:33:35
./leak_receiver.go:33:7: leaking param: b to result ~r0 level=0
./leak_receiver.go:36:17: append(b.data, p...) escapes to heap in (*Buf).Write:
./leak_receiver.go:36:17:   flow: {heap} ← &{storage for append(b.data, p...)}:
./leak_receiver.go:36:17:     from append(b.data, p...) (spill) at ./leak_receiver.go:36:17
./leak_receiver.go:36:17:     from b.data = append(b.data, p...) (assign) at ./leak_receiver.go:36:9
./leak_receiver.go:35:7: parameter b leaks to {heap} for (*Buf).Write with derefs=1:
./leak_receiver.go:35:7:   flow: {temp} ← *b:
./leak_receiver.go:35:7:     from b.data (dot of pointer) at ./leak_receiver.go:36:19
./leak_receiver.go:35:7:     from append(b.data, p...) (call parameter) at ./leak_receiver.go:36:17
./leak_receiver.go:35:7:   flow: {heap} ← {temp}:
./leak_receiver.go:35:7:     from b.data = append(b.data, p...) (assign) at ./leak_receiver.go:36:9
./leak_receiver.go:35:7: leaking param content: b
./leak_receiver.go:35:21: p does not escape
./leak_receiver.go:36:17: append escapes to heap
./leak_receiver.go:41:11: &Elem{...} escapes to heap in (*List).Push:
./leak_receiver.go:41:11:   flow: {heap} ← &{storage for &Elem{...}}:
./leak_receiver.go:41:11:     from &Elem{...} (spill) at ./leak_receiver.go:41:11
./leak_receiver.go:41:11:     from l.head = &Elem{...} (assign) at ./leak_receiver.go:41:9
./leak_receiver.go:40:7: parameter l leaks to {storage for &Elem{...}} for (*List).Push with derefs=1:
./leak_receiver.go:40:7:   flow: {storage for &Elem{...}} ← *l:
./leak_receiver.go:40:7:     from l.head (dot of pointer) at ./leak_receiver.go:41:30
./leak_receiver.go:40:7:     from Elem{...} (struct literal element) at ./leak_receiver.go:41:16
./leak_receiver.go:40:7: leaking param content: l
./leak_receiver.go:41:11: &Elem{...} escapes to heap
./leak_receiver.go:44:7: parameter l leaks to {heap} for (*List).PushElem with derefs=1:
./leak_receiver.go:44:7:   flow: {heap} ← *l:
./leak_receiver.go:44:7:     from l.head (dot of pointer) at ./leak_receiver.go:45:12
./leak_receiver.go:44:7:     from e.next = l.head (assign) at ./leak_receiver.go:45:9
./leak_receiver.go:44:25: parameter e leaks to {heap} for (*List).PushElem with derefs=0:
./leak_receiver.go:44:25:   flow: {heap} ← e:
./leak_receiver.go:44:25:     from l.head = e (assign) at ./leak_receiver.go:46:9
./leak_receiver.go:44:7: leaking param content: l
./leak_receiver.go:44:25: leaking param: e
./leak_receiver.go:49:7: l does not escape
./leak_receiver.go:57:7: parameter l leaks to ~r0 for List.First with derefs=0:
./leak_receiver.go:57:7:   flow: ~r0 ← l:
./leak_receiver.go:57:7:     from l.head (dot) at ./leak_receiver.go:57:39
./leak_receiver.go:57:7:     from return l.head (return) at ./leak_receiver.go:57:31
./leak_receiver.go:57:7: leaking param: l to result ~r0 level=0
./leak_receiver.go:61:17: ([]byte)("abc") does not escape
./leak_receiver.go:61:17: zero-copy string->[]byte conversion
./leak_receiver.go:69:2: e escapes to heap in useList:
./leak_receiver.go:69:2:   flow: {heap} ← &e:
./leak_receiver.go:69:2:     from &e (address-of) at ./leak_receiver.go:70:13
./leak_receiver.go:69:2:     from (*List).PushElem(l, &e) (call parameter) at ./leak_receiver.go:70:12
./leak_receiver.go:69:2: moved to heap: e
./leak_receiver.go:77:7: &Buf{} escapes to heap in main:
./leak_receiver.go:77:7:   flow: b ← &{storage for &Buf{}}:
./leak_receiver.go:77:7:     from &Buf{} (spill) at ./leak_receiver.go:77:7
./leak_receiver.go:77:7:     from b := &Buf{} (assign) at ./leak_receiver.go:77:4
./leak_receiver.go:77:7:   flow: {heap} ← b:
./leak_receiver.go:77:7:     from (*Buf).Remember(b) (call parameter) at ./leak_receiver.go:78:12
./leak_receiver.go:77:7: &Buf{} escapes to heap
./leak_receiver.go:33:7: parameter b leaks to ~r0 for (*Buf).ValueData with derefs=1:
./leak_receiver.go:33:7:   flow: ~r0 ← *b:
./leak_receiver.go:33:7:     from b (indirection) at <autogenerated>:1
./leak_receiver.go:33:7:     from Buf.ValueData(b) (call parameter) at <autogenerated>:1
./leak_receiver.go:33:7:     from return Buf.ValueData(b) (return) at <autogenerated>:1
./leak_receiver.go:57:7: parameter l leaks to ~r0 for (*List).First with derefs=1:
./leak_receiver.go:57:7:   flow: ~r0 ← *l:
./leak_receiver.go:57:7:     from l (indirection) at <autogenerated>:1
./leak_receiver.go:57:7:     from List.First(l) (call parameter) at <autogenerated>:1
./leak_receiver.go:57:7:     from return List.First(l) (return) at <autogenerated>:1
