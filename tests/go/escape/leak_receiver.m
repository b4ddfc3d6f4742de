./leak_receiver.go:21:7: b does not escape
./leak_receiver.go:23:7: leaking param: b to result ~r0 level=1
./leak_receiver.go:25:7: leaking param: b to result ~r0 level=0
./leak_receiver.go:27:7: leaking param: b
./leak_receiver.go:29:7: leaking param content: b
./leak_receiver.go:31:7: b does not escape
./leak_receiver.go:33:7: leaking param: b to result ~r0 level=0
./leak_receiver.go:35:7: leaking param content: b
./leak_receiver.go:35:21: p does not escape
./leak_receiver.go:36:17: append escapes to heap
./leak_receiver.go:40:7: leaking param content: l
./leak_receiver.go:41:11: &Elem{...} escapes to heap
./leak_receiver.go:44:7: leaking param content: l
./leak_receiver.go:44:25: leaking param: e
./leak_receiver.go:49:7: l does not escape
./leak_receiver.go:57:7: leaking param: l to result ~r0 level=0
./leak_receiver.go:61:17: ([]byte)("abc") does not escape
./leak_receiver.go:61:17: zero-copy string->[]byte conversion
./leak_receiver.go:69:2: moved to heap: e
./leak_receiver.go:77:7: &Buf{} escapes to heap
