./fmt_args.go:12:48: ... argument does not escape
./fmt_args.go:12:61: p.X escapes to heap
./fmt_args.go:12:66: p.Y escapes to heap
./fmt_args.go:17:13: ... argument does not escape
./fmt_args.go:17:14: 10 escapes to heap
./fmt_args.go:17:17: 20 escapes to heap
./fmt_args.go:18:13: ... argument does not escape
./fmt_args.go:18:16: x + y escapes to heap
./fmt_args.go:23:13: ... argument does not escape
./fmt_args.go:23:14: "hello" escapes to heap
./fmt_args.go:24:13: ... argument does not escape
./fmt_args.go:24:14: "literal" escapes to heap
./fmt_args.go:29:13: ... argument does not escape
./fmt_args.go:29:14: p escapes to heap
./fmt_args.go:30:12: ... argument does not escape
./fmt_args.go:30:24: p escapes to heap
./fmt_args.go:30:28: p.X escapes to heap
./fmt_args.go:34:7: &P{...} escapes to heap
./fmt_args.go:35:13: ... argument does not escape
./fmt_args.go:39:7: &P{...} does not escape
./fmt_args.go:40:13: ... argument does not escape
./fmt_args.go:40:15: p.X escapes to heap
./fmt_args.go:44:20: ... argument does not escape
./fmt_args.go:44:29: n escapes to heap
./fmt_args.go:47:13: leaking param: op
./fmt_args.go:48:19: ... argument does not escape
./fmt_args.go:48:36: op escapes to heap
./fmt_args.go:52:14: ... argument does not escape
./fmt_args.go:52:26: "to stdout" escapes to heap
./fmt_args.go:52:39: 1 escapes to heap
./fmt_args.go:56:12: []int{...} escapes to heap
./fmt_args.go:57:13: ... argument does not escape
./fmt_args.go:57:14: s escapes to heap
./fmt_args.go:64:18: leaking param content: args
./fmt_args.go:79:19: []any{...} does not escape
./fmt_args.go:79:20: 1 escapes to heap
