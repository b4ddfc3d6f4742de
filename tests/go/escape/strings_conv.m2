./strings_conv.go:10:18: a does not escape
./strings_conv.go:10:21: b does not escape
./strings_conv.go:11:9: a + b does not escape
./strings_conv.go:16:11: a + "!" escapes to heap in concatReturn:
./strings_conv.go:16:11:   flow: ~r0 ← &{storage for a + "!"}:
./strings_conv.go:16:11:     from a + "!" (spill) at ./strings_conv.go:16:11
./strings_conv.go:16:11:     from return a + "!" (return) at ./strings_conv.go:16:2
./strings_conv.go:15:19: a does not escape
./strings_conv.go:16:11: a + "!" escapes to heap
./strings_conv.go:20:27: a + "-" + b + "-" + c escapes to heap in concatThree:
./strings_conv.go:20:27:   flow: ~r0 ← &{storage for a + "-" + b + "-" + c}:
./strings_conv.go:20:27:     from a + "-" + b + "-" + c (spill) at ./strings_conv.go:20:27
./strings_conv.go:20:27:     from return a + "-" + b + "-" + c (return) at ./strings_conv.go:20:2
./strings_conv.go:19:18: a does not escape
./strings_conv.go:19:21: b does not escape
./strings_conv.go:19:24: c does not escape
./strings_conv.go:20:27: a + "-" + b + "-" + c escapes to heap
./strings_conv.go:24:18: "<" + a + ">" escapes to heap in concatGlobal:
./strings_conv.go:24:18:   flow: {heap} ← &{storage for "<" + a + ">"}:
./strings_conv.go:24:18:     from "<" + a + ">" (spill) at ./strings_conv.go:24:18
./strings_conv.go:24:18:     from sinkS = "<" + a + ">" (assign) at ./strings_conv.go:24:8
./strings_conv.go:23:19: a does not escape
./strings_conv.go:24:18: "<" + a + ">" escapes to heap
./strings_conv.go:27:19: parameter parts leaks to ~r0 for concatAssign with derefs=1:
./strings_conv.go:27:19:   flow: {temp} ← parts:
./strings_conv.go:27:19:   flow: p ← *{temp}:
./strings_conv.go:27:19:     from for loop (range-deref) at ./strings_conv.go:29:14
./strings_conv.go:27:19:   flow: s ← p:
./strings_conv.go:27:19:     from s += p (assign) at ./strings_conv.go:30:5
./strings_conv.go:27:19:   flow: ~r0 ← s:
./strings_conv.go:27:19:     from return s (return) at ./strings_conv.go:32:2
./strings_conv.go:27:19: leaking param: parts to result ~r0 level=1
./strings_conv.go:35:17: s does not escape
./strings_conv.go:36:14: ([]byte)(s) does not escape
./strings_conv.go:36:14: zero-copy string->[]byte conversion
./strings_conv.go:41:16: ([]byte)(s) escapes to heap in bytesReturn:
./strings_conv.go:41:16:   flow: ~r0 ← &{storage for ([]byte)(s)}:
./strings_conv.go:41:16:     from ([]byte)(s) (spill) at ./strings_conv.go:41:16
./strings_conv.go:41:16:     from return ([]byte)(s) (return) at ./strings_conv.go:41:2
./strings_conv.go:40:18: s does not escape
./strings_conv.go:41:16: ([]byte)(s) escapes to heap
./strings_conv.go:45:17: ([]byte)(s) escapes to heap in bytesGlobal:
./strings_conv.go:45:17:   flow: {heap} ← &{storage for ([]byte)(s)}:
./strings_conv.go:45:17:     from ([]byte)(s) (spill) at ./strings_conv.go:45:17
./strings_conv.go:45:17:     from sinkB = ([]byte)(s) (assign) at ./strings_conv.go:45:8
./strings_conv.go:44:18: s does not escape
./strings_conv.go:45:17: ([]byte)(s) escapes to heap
./strings_conv.go:48:18: b does not escape
./strings_conv.go:49:16: string(b) does not escape
./strings_conv.go:53:16: string(b) escapes to heap in stringReturn:
./strings_conv.go:53:16:   flow: ~r0 ← &{storage for string(b)}:
./strings_conv.go:53:16:     from string(b) (spill) at ./strings_conv.go:53:16
./strings_conv.go:53:16:     from return string(b) (return) at ./strings_conv.go:53:2
./strings_conv.go:52:19: b does not escape
./strings_conv.go:53:16: string(b) escapes to heap
./strings_conv.go:56:17: s does not escape
./strings_conv.go:57:14: ([]rune)(s) does not escape
./strings_conv.go:62:16: string(r) escapes to heap in runeToString:
./strings_conv.go:62:16:   flow: ~r0 ← &{storage for string(r)}:
./strings_conv.go:62:16:     from string(r) (spill) at ./strings_conv.go:62:16
./strings_conv.go:62:16:     from return string(r) (return) at ./strings_conv.go:62:2
./strings_conv.go:62:16: string(r) escapes to heap
./strings_conv.go:65:21: m does not escape
./strings_conv.go:65:39: b does not escape
./strings_conv.go:66:18: string(b) does not escape
./strings_conv.go:77:16: a does not escape
./strings_conv.go:82:14: ([]byte)("constant") does not escape
./strings_conv.go:82:14: zero-copy string->[]byte conversion
./strings_conv.go:91:27: []string{...} does not escape
