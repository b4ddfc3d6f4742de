./fmt_more.go:23:7: p does not escape
./fmt_more.go:23:49: ... argument does not escape
./fmt_more.go:23:51: p.X escapes to heap
./fmt_more.go:23:55: "," escapes to heap
./fmt_more.go:23:61: p.Y escapes to heap
./fmt_more.go:27:46: ... argument does not escape
./fmt_more.go:27:47: "n" escapes to heap
./fmt_more.go:27:52: n escapes to heap
./fmt_more.go:29:15: leaking param: a
./fmt_more.go:29:18: leaking param: b
./fmt_more.go:29:56: ... argument does not escape
./fmt_more.go:29:57: a escapes to heap
./fmt_more.go:29:60: b escapes to heap
./fmt_more.go:31:36: ... argument does not escape
./fmt_more.go:31:61: code escapes to heap
./fmt_more.go:33:14: leaking param: name
./fmt_more.go:33:52: ... argument does not escape
./fmt_more.go:33:63: name escapes to heap
./fmt_more.go:39:13: ... argument does not escape
./fmt_more.go:39:14: Color(0) escapes to heap
./fmt_more.go:39:22: Color(1) escapes to heap
./fmt_more.go:48:7: &Pt{...} escapes to heap
./fmt_more.go:49:13: ... argument does not escape
./fmt_more.go:52:16: leaking param content: items
./fmt_more.go:54:13: ... argument does not escape
./fmt_more.go:54:26: i escapes to heap
./fmt_more.go:54:29: it escapes to heap
./fmt_more.go:59:2: moved to heap: x
./fmt_more.go:60:20: ... argument does not escape
./fmt_more.go:72:20: []string{...} does not escape
