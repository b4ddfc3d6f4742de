./conversions_more.go:10:7: leaking param: n to result ~r0 level=0
./conversions_more.go:15:17: s does not escape
./conversions_more.go:17:27: ([]byte)(s) does not escape
./conversions_more.go:17:27: zero-copy string->[]byte conversion
./conversions_more.go:23:19: b does not escape
./conversions_more.go:24:16: string(b) does not escape
./conversions_more.go:27:20: a does not escape
./conversions_more.go:27:23: b does not escape
./conversions_more.go:28:10: a + b does not escape
./conversions_more.go:31:19: m does not escape
./conversions_more.go:31:37: b does not escape
./conversions_more.go:32:11: string(b) escapes to heap
./conversions_more.go:35:18: s does not escape
./conversions_more.go:36:15: append escapes to heap
./conversions_more.go:39:17: s does not escape
./conversions_more.go:40:11: make([]byte, 8) does not escape
./conversions_more.go:44:18: b does not escape
./conversions_more.go:45:20: string(b) does not escape
./conversions_more.go:48:15: leaking param: m
./conversions_more.go:53:12: func literal escapes to heap
./conversions_more.go:56:15: leaking param: p to result ~r0 level=0
./conversions_more.go:60:22: leaking param: n
./conversions_more.go:61:17: n escapes to heap
./conversions_more.go:64:20: leaking param: s
./conversions_more.go:72:29: map[string]int{} does not escape
./conversions_more.go:80:20: Name("m") escapes to heap
