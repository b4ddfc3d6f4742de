./implicit_addr.go:9:7: c does not escape
./implicit_addr.go:11:7: leaking param: c
./implicit_addr.go:13:7: leaking param: c to result ~r0 level=0
./implicit_addr.go:23:6: moved to heap: c
./implicit_addr.go:33:6: moved to heap: c
./implicit_addr.go:44:6: moved to heap: cs
./implicit_addr.go:57:16: leaking param: cs
./implicit_addr.go:69:16: make([]Counter, 1) escapes to heap
