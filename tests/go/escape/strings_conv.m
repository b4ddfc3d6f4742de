./strings_conv.go:10:18: a does not escape
./strings_conv.go:10:21: b does not escape
./strings_conv.go:11:9: a + b does not escape
./strings_conv.go:15:19: a does not escape
./strings_conv.go:16:11: a + "!" escapes to heap
./strings_conv.go:19:18: a does not escape
./strings_conv.go:19:21: b does not escape
./strings_conv.go:19:24: c does not escape
./strings_conv.go:20:27: a + "-" + b + "-" + c escapes to heap
./strings_conv.go:23:19: a does not escape
./strings_conv.go:24:18: "<" + a + ">" escapes to heap
./strings_conv.go:27:19: leaking param: parts to result ~r0 level=1
./strings_conv.go:35:17: s does not escape
./strings_conv.go:36:14: ([]byte)(s) does not escape
./strings_conv.go:36:14: zero-copy string->[]byte conversion
./strings_conv.go:40:18: s does not escape
./strings_conv.go:41:16: ([]byte)(s) escapes to heap
./strings_conv.go:44:18: s does not escape
./strings_conv.go:45:17: ([]byte)(s) escapes to heap
./strings_conv.go:48:18: b does not escape
./strings_conv.go:49:16: string(b) does not escape
./strings_conv.go:52:19: b does not escape
./strings_conv.go:53:16: string(b) escapes to heap
./strings_conv.go:56:17: s does not escape
./strings_conv.go:57:14: ([]rune)(s) does not escape
./strings_conv.go:62:16: string(r) escapes to heap
./strings_conv.go:65:21: m does not escape
./strings_conv.go:65:39: b does not escape
./strings_conv.go:66:18: string(b) does not escape
./strings_conv.go:77:16: a does not escape
./strings_conv.go:82:14: ([]byte)("constant") does not escape
./strings_conv.go:82:14: zero-copy string->[]byte conversion
./strings_conv.go:91:27: []string{...} does not escape
