./fmt_args.go:12:61: p.X escapes to heap in P.String:
./fmt_args.go:12:61:   flow: {storage for ... argument} ← &{storage for p.X}:
./fmt_args.go:12:61:     from p.X (spill) at ./fmt_args.go:12:61
./fmt_args.go:12:61:     from ... argument (slice-literal-element) at ./fmt_args.go:12:48
./fmt_args.go:12:61:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:12:61:     from ... argument (spill) at ./fmt_args.go:12:48
./fmt_args.go:12:61:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./fmt_args.go:12:48
./fmt_args.go:12:66: p.Y escapes to heap in P.String:
./fmt_args.go:12:66:   flow: {storage for ... argument} ← &{storage for p.Y}:
./fmt_args.go:12:66:     from p.Y (spill) at ./fmt_args.go:12:66
./fmt_args.go:12:66:     from ... argument (slice-literal-element) at ./fmt_args.go:12:48
./fmt_args.go:12:66:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:12:66:     from ... argument (spill) at ./fmt_args.go:12:48
./fmt_args.go:12:66:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./fmt_args.go:12:48
./fmt_args.go:12:48: ... argument does not escape
./fmt_args.go:12:61: p.X escapes to heap
./fmt_args.go:12:66: p.Y escapes to heap
./fmt_args.go:17:14: 10 escapes to heap in printInts:
./fmt_args.go:17:14:   flow: {storage for ... argument} ← &{storage for 10}:
./fmt_args.go:17:14:     from 10 (spill) at ./fmt_args.go:17:14
./fmt_args.go:17:14:     from ... argument (slice-literal-element) at ./fmt_args.go:17:13
./fmt_args.go:17:14:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:17:14:     from ... argument (spill) at ./fmt_args.go:17:13
./fmt_args.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:17:13
./fmt_args.go:17:17: 20 escapes to heap in printInts:
./fmt_args.go:17:17:   flow: {storage for ... argument} ← &{storage for 20}:
./fmt_args.go:17:17:     from 20 (spill) at ./fmt_args.go:17:17
./fmt_args.go:17:17:     from ... argument (slice-literal-element) at ./fmt_args.go:17:13
./fmt_args.go:17:17:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:17:17:     from ... argument (spill) at ./fmt_args.go:17:13
./fmt_args.go:17:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:17:13
./fmt_args.go:18:16: x + y escapes to heap in printInts:
./fmt_args.go:18:16:   flow: {storage for ... argument} ← &{storage for x + y}:
./fmt_args.go:18:16:     from x + y (spill) at ./fmt_args.go:18:16
./fmt_args.go:18:16:     from ... argument (slice-literal-element) at ./fmt_args.go:18:13
./fmt_args.go:18:16:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:18:16:     from ... argument (spill) at ./fmt_args.go:18:13
./fmt_args.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:18:13
./fmt_args.go:17:13: ... argument does not escape
./fmt_args.go:17:14: 10 escapes to heap
./fmt_args.go:17:17: 20 escapes to heap
./fmt_args.go:18:13: ... argument does not escape
./fmt_args.go:18:16: x + y escapes to heap
./fmt_args.go:23:14: "hello" escapes to heap in printString:
./fmt_args.go:23:14:   flow: {storage for ... argument} ← &{storage for "hello"}:
./fmt_args.go:23:14:     from "hello" (spill) at ./fmt_args.go:23:14
./fmt_args.go:23:14:     from ... argument (slice-literal-element) at ./fmt_args.go:23:13
./fmt_args.go:23:14:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:23:14:     from ... argument (spill) at ./fmt_args.go:23:13
./fmt_args.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:23:13
./fmt_args.go:24:14: "literal" escapes to heap in printString:
./fmt_args.go:24:14:   flow: {storage for ... argument} ← &{storage for "literal"}:
./fmt_args.go:24:14:     from "literal" (spill) at ./fmt_args.go:24:14
./fmt_args.go:24:14:     from ... argument (slice-literal-element) at ./fmt_args.go:24:13
./fmt_args.go:24:14:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:24:14:     from ... argument (spill) at ./fmt_args.go:24:13
./fmt_args.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:24:13
./fmt_args.go:23:13: ... argument does not escape
./fmt_args.go:23:14: "hello" escapes to heap
./fmt_args.go:24:13: ... argument does not escape
./fmt_args.go:24:14: "literal" escapes to heap
./fmt_args.go:29:14: p escapes to heap in printStruct:
./fmt_args.go:29:14:   flow: {storage for ... argument} ← &{storage for p}:
./fmt_args.go:29:14:     from p (spill) at ./fmt_args.go:29:14
./fmt_args.go:29:14:     from ... argument (slice-literal-element) at ./fmt_args.go:29:13
./fmt_args.go:29:14:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:29:14:     from ... argument (spill) at ./fmt_args.go:29:13
./fmt_args.go:29:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:29:13
./fmt_args.go:30:24: p escapes to heap in printStruct:
./fmt_args.go:30:24:   flow: {storage for ... argument} ← &{storage for p}:
./fmt_args.go:30:24:     from p (spill) at ./fmt_args.go:30:24
./fmt_args.go:30:24:     from ... argument (slice-literal-element) at ./fmt_args.go:30:12
./fmt_args.go:30:24:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:30:24:     from ... argument (spill) at ./fmt_args.go:30:12
./fmt_args.go:30:24:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./fmt_args.go:30:12
./fmt_args.go:30:28: p.X escapes to heap in printStruct:
./fmt_args.go:30:28:   flow: {storage for ... argument} ← &{storage for p.X}:
./fmt_args.go:30:28:     from p.X (spill) at ./fmt_args.go:30:28
./fmt_args.go:30:28:     from ... argument (slice-literal-element) at ./fmt_args.go:30:12
./fmt_args.go:30:28:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:30:28:     from ... argument (spill) at ./fmt_args.go:30:12
./fmt_args.go:30:28:     from fmt.Printf("%v %d\n", ... argument...) (call parameter) at ./fmt_args.go:30:12
./fmt_args.go:29:13: ... argument does not escape
./fmt_args.go:29:14: p escapes to heap
./fmt_args.go:30:12: ... argument does not escape
./fmt_args.go:30:24: p escapes to heap
./fmt_args.go:30:28: p.X escapes to heap
./fmt_args.go:34:7: &P{...} escapes to heap in printPtr:
./fmt_args.go:34:7:   flow: p ← &{storage for &P{...}}:
./fmt_args.go:34:7:     from &P{...} (spill) at ./fmt_args.go:34:7
./fmt_args.go:34:7:     from p := &P{...} (assign) at ./fmt_args.go:34:4
./fmt_args.go:34:7:   flow: {storage for ... argument} ← p:
./fmt_args.go:34:7:     from p (interface-converted) at ./fmt_args.go:35:14
./fmt_args.go:34:7:     from ... argument (slice-literal-element) at ./fmt_args.go:35:13
./fmt_args.go:34:7:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:34:7:     from ... argument (spill) at ./fmt_args.go:35:13
./fmt_args.go:34:7:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:35:13
./fmt_args.go:34:7: &P{...} escapes to heap
./fmt_args.go:35:13: ... argument does not escape
./fmt_args.go:40:15: p.X escapes to heap in printLocalPtrValue:
./fmt_args.go:40:15:   flow: {storage for ... argument} ← &{storage for p.X}:
./fmt_args.go:40:15:     from p.X (spill) at ./fmt_args.go:40:15
./fmt_args.go:40:15:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:15:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:40:15:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:39:7: &P{...} does not escape
./fmt_args.go:40:13: ... argument does not escape
./fmt_args.go:40:15: p.X escapes to heap
./fmt_args.go:44:29: n escapes to heap in sprintf:
./fmt_args.go:44:29:   flow: {storage for ... argument} ← &{storage for n}:
./fmt_args.go:44:29:     from n (spill) at ./fmt_args.go:44:29
./fmt_args.go:44:29:     from ... argument (slice-literal-element) at ./fmt_args.go:44:20
./fmt_args.go:44:29:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:44:29:     from ... argument (spill) at ./fmt_args.go:44:20
./fmt_args.go:44:29:     from fmt.Sprintf("n=%d", ... argument...) (call parameter) at ./fmt_args.go:44:20
./fmt_args.go:44:20: ... argument does not escape
./fmt_args.go:44:29: n escapes to heap
./fmt_args.go:48:36: op escapes to heap in errorf:
./fmt_args.go:48:36:   flow: {storage for ... argument} ← &{storage for op}:
./fmt_args.go:48:36:     from op (spill) at ./fmt_args.go:48:36
./fmt_args.go:48:36:     from ... argument (slice-literal-element) at ./fmt_args.go:48:19
./fmt_args.go:48:36:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:48:36:     from ... argument (spill) at ./fmt_args.go:48:19
./fmt_args.go:48:36:     from fmt.Errorf("op %s failed", ... argument...) (call parameter) at ./fmt_args.go:48:19
./fmt_args.go:47:13: parameter op leaks to {storage for op} for errorf with derefs=0:
./fmt_args.go:47:13:   flow: {storage for op} ← op:
./fmt_args.go:47:13:     from op (interface-converted) at ./fmt_args.go:48:36
./fmt_args.go:47:13: leaking param: op
./fmt_args.go:48:19: ... argument does not escape
./fmt_args.go:48:36: op escapes to heap
./fmt_args.go:52:26: "to stdout" escapes to heap in fprint:
./fmt_args.go:52:26:   flow: {storage for ... argument} ← &{storage for "to stdout"}:
./fmt_args.go:52:26:     from "to stdout" (spill) at ./fmt_args.go:52:26
./fmt_args.go:52:26:     from ... argument (slice-literal-element) at ./fmt_args.go:52:14
./fmt_args.go:52:26:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:52:26:     from ... argument (spill) at ./fmt_args.go:52:14
./fmt_args.go:52:26:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fmt_args.go:52:14
./fmt_args.go:52:39: 1 escapes to heap in fprint:
./fmt_args.go:52:39:   flow: {storage for ... argument} ← &{storage for 1}:
./fmt_args.go:52:39:     from 1 (spill) at ./fmt_args.go:52:39
./fmt_args.go:52:39:     from ... argument (slice-literal-element) at ./fmt_args.go:52:14
./fmt_args.go:52:39:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:52:39:     from ... argument (spill) at ./fmt_args.go:52:14
./fmt_args.go:52:39:     from fmt.Fprintln(os.Stdout, ... argument...) (call parameter) at ./fmt_args.go:52:14
./fmt_args.go:52:14: ... argument does not escape
./fmt_args.go:52:26: "to stdout" escapes to heap
./fmt_args.go:52:39: 1 escapes to heap
./fmt_args.go:57:14: s escapes to heap in printSlice:
./fmt_args.go:57:14:   flow: {storage for ... argument} ← &{storage for s}:
./fmt_args.go:57:14:     from s (spill) at ./fmt_args.go:57:14
./fmt_args.go:57:14:     from ... argument (slice-literal-element) at ./fmt_args.go:57:13
./fmt_args.go:57:14:   flow: {heap} ← {storage for ... argument}:
./fmt_args.go:57:14:     from ... argument (spill) at ./fmt_args.go:57:13
./fmt_args.go:57:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:57:13
./fmt_args.go:56:12: []int{...} escapes to heap in printSlice:
./fmt_args.go:56:12:   flow: s ← &{storage for []int{...}}:
./fmt_args.go:56:12:     from []int{...} (spill) at ./fmt_args.go:56:12
./fmt_args.go:56:12:     from s := []int{...} (assign) at ./fmt_args.go:56:4
./fmt_args.go:56:12:   flow: {storage for s} ← s:
./fmt_args.go:56:12:     from s (interface-converted) at ./fmt_args.go:57:14
./fmt_args.go:56:12: []int{...} escapes to heap
./fmt_args.go:57:13: ... argument does not escape
./fmt_args.go:57:14: s escapes to heap
./fmt_args.go:64:18: parameter args leaks to {heap} for printSpread with derefs=1:
./fmt_args.go:64:18:   flow: {heap} ← *args:
./fmt_args.go:64:18:     from fmt.Println(args...) (call parameter) at ./fmt_args.go:65:13
./fmt_args.go:64:18: leaking param content: args
./fmt_args.go:79:20: 1 escapes to heap in main:
./fmt_args.go:79:20:   flow: {storage for []any{...}} ← &{storage for 1}:
./fmt_args.go:79:20:     from 1 (spill) at ./fmt_args.go:79:20
./fmt_args.go:79:20:     from []any{...} (slice-literal-element) at ./fmt_args.go:79:19
./fmt_args.go:79:20:   flow: {heap} ← {storage for []any{...}}:
./fmt_args.go:79:20:     from []any{...} (spill) at ./fmt_args.go:79:19
./fmt_args.go:79:20:     from printSpread([]any{...}) (call parameter) at ./fmt_args.go:79:13
./fmt_args.go:79:19: []any{...} does not escape
./fmt_args.go:79:20: 1 escapes to heap
