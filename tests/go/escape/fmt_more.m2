./fmt_more.go:23:51: p.X escapes to heap in (*Pt).String:
./fmt_more.go:23:51:   flow: {storage for ... argument} ← &{storage for p.X}:
./fmt_more.go:23:51:     from p.X (spill) at ./fmt_more.go:23:51
./fmt_more.go:23:51:     from ... argument (slice-literal-element) at ./fmt_more.go:23:49
./fmt_more.go:23:51:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:23:51:     from ... argument (spill) at ./fmt_more.go:23:49
./fmt_more.go:23:51:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_more.go:23:49
./fmt_more.go:23:55: "," escapes to heap in (*Pt).String:
./fmt_more.go:23:55:   flow: {storage for ... argument} ← &{storage for ","}:
./fmt_more.go:23:55:     from "," (spill) at ./fmt_more.go:23:55
./fmt_more.go:23:55:     from ... argument (slice-literal-element) at ./fmt_more.go:23:49
./fmt_more.go:23:55:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:23:55:     from ... argument (spill) at ./fmt_more.go:23:49
./fmt_more.go:23:55:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_more.go:23:49
./fmt_more.go:23:61: p.Y escapes to heap in (*Pt).String:
./fmt_more.go:23:61:   flow: {storage for ... argument} ← &{storage for p.Y}:
./fmt_more.go:23:61:     from p.Y (spill) at ./fmt_more.go:23:61
./fmt_more.go:23:61:     from ... argument (slice-literal-element) at ./fmt_more.go:23:49
./fmt_more.go:23:61:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:23:61:     from ... argument (spill) at ./fmt_more.go:23:49
./fmt_more.go:23:61:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_more.go:23:49
./fmt_more.go:23:7: p does not escape
./fmt_more.go:23:49: ... argument does not escape
./fmt_more.go:23:51: p.X escapes to heap
./fmt_more.go:23:55: "," escapes to heap
./fmt_more.go:23:61: p.Y escapes to heap
./fmt_more.go:27:47: "n" escapes to heap in sprint:
./fmt_more.go:27:47:   flow: {storage for ... argument} ← &{storage for "n"}:
./fmt_more.go:27:47:     from "n" (spill) at ./fmt_more.go:27:47
./fmt_more.go:27:47:     from ... argument (slice-literal-element) at ./fmt_more.go:27:46
./fmt_more.go:27:47:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:27:47:     from ... argument (spill) at ./fmt_more.go:27:46
./fmt_more.go:27:47:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_more.go:27:46
./fmt_more.go:27:52: n escapes to heap in sprint:
./fmt_more.go:27:52:   flow: {storage for ... argument} ← &{storage for n}:
./fmt_more.go:27:52:     from n (spill) at ./fmt_more.go:27:52
./fmt_more.go:27:52:     from ... argument (slice-literal-element) at ./fmt_more.go:27:46
./fmt_more.go:27:52:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:27:52:     from ... argument (spill) at ./fmt_more.go:27:46
./fmt_more.go:27:52:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_more.go:27:46
./fmt_more.go:27:46: ... argument does not escape
./fmt_more.go:27:47: "n" escapes to heap
./fmt_more.go:27:52: n escapes to heap
./fmt_more.go:29:57: a escapes to heap in sprintln:
./fmt_more.go:29:57:   flow: {storage for ... argument} ← &{storage for a}:
./fmt_more.go:29:57:     from a (spill) at ./fmt_more.go:29:57
./fmt_more.go:29:57:     from ... argument (slice-literal-element) at ./fmt_more.go:29:56
./fmt_more.go:29:57:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:29:57:     from ... argument (spill) at ./fmt_more.go:29:56
./fmt_more.go:29:57:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_more.go:29:56
./fmt_more.go:29:60: b escapes to heap in sprintln:
./fmt_more.go:29:60:   flow: {storage for ... argument} ← &{storage for b}:
./fmt_more.go:29:60:     from b (spill) at ./fmt_more.go:29:60
./fmt_more.go:29:60:     from ... argument (slice-literal-element) at ./fmt_more.go:29:56
./fmt_more.go:29:60:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:29:60:     from ... argument (spill) at ./fmt_more.go:29:56
./fmt_more.go:29:60:     from fmt.Sprintln(... argument...) (call parameter) at ./fmt_more.go:29:56
./fmt_more.go:29:18: parameter b leaks to {storage for b} for sprintln with derefs=0:
./fmt_more.go:29:18:   flow: {storage for b} ← b:
./fmt_more.go:29:18:     from b (interface-converted) at ./fmt_more.go:29:60
./fmt_more.go:29:15: parameter a leaks to {storage for a} for sprintln with derefs=0:
./fmt_more.go:29:15:   flow: {storage for a} ← a:
./fmt_more.go:29:15:     from a (interface-converted) at ./fmt_more.go:29:57
./fmt_more.go:29:15: leaking param: a
./fmt_more.go:29:18: leaking param: b
./fmt_more.go:29:56: ... argument does not escape
./fmt_more.go:29:57: a escapes to heap
./fmt_more.go:29:60: b escapes to heap
./fmt_more.go:31:61: code escapes to heap in stderr:
./fmt_more.go:31:61:   flow: {storage for ... argument} ← &{storage for code}:
./fmt_more.go:31:61:     from code (spill) at ./fmt_more.go:31:61
./fmt_more.go:31:61:     from ... argument (slice-literal-element) at ./fmt_more.go:31:36
./fmt_more.go:31:61:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:31:61:     from ... argument (spill) at ./fmt_more.go:31:36
./fmt_more.go:31:61:     from fmt.Fprintf(os.Stderr, "code %d\n", ... argument...) (call parameter) at ./fmt_more.go:31:36
./fmt_more.go:31:36: ... argument does not escape
./fmt_more.go:31:61: code escapes to heap
./fmt_more.go:33:63: name escapes to heap in wrapErr:
./fmt_more.go:33:63:   flow: {storage for ... argument} ← &{storage for name}:
./fmt_more.go:33:63:     from name (spill) at ./fmt_more.go:33:63
./fmt_more.go:33:63:     from ... argument (slice-literal-element) at ./fmt_more.go:33:52
./fmt_more.go:33:63:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:33:63:     from ... argument (spill) at ./fmt_more.go:33:52
./fmt_more.go:33:63:     from fmt.Errorf("%s: %w", ... argument...) (call parameter) at ./fmt_more.go:33:52
./fmt_more.go:33:14: parameter name leaks to {storage for name} for wrapErr with derefs=0:
./fmt_more.go:33:14:   flow: {storage for name} ← name:
./fmt_more.go:33:14:     from name (interface-converted) at ./fmt_more.go:33:63
./fmt_more.go:33:14: leaking param: name
./fmt_more.go:33:52: ... argument does not escape
./fmt_more.go:33:63: name escapes to heap
./fmt_more.go:39:14: Color(0) escapes to heap in colors:
./fmt_more.go:39:14:   flow: {storage for ... argument} ← &{storage for Color(0)}:
./fmt_more.go:39:14:     from Color(0) (spill) at ./fmt_more.go:39:14
./fmt_more.go:39:14:     from ... argument (slice-literal-element) at ./fmt_more.go:39:13
./fmt_more.go:39:14:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:39:14:     from ... argument (spill) at ./fmt_more.go:39:13
./fmt_more.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_more.go:39:13
./fmt_more.go:39:22: Color(1) escapes to heap in colors:
./fmt_more.go:39:22:   flow: {storage for ... argument} ← &{storage for Color(1)}:
./fmt_more.go:39:22:     from Color(1) (spill) at ./fmt_more.go:39:22
./fmt_more.go:39:22:     from ... argument (slice-literal-element) at ./fmt_more.go:39:13
./fmt_more.go:39:22:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:39:22:     from ... argument (spill) at ./fmt_more.go:39:13
./fmt_more.go:39:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_more.go:39:13
./fmt_more.go:39:13: ... argument does not escape
./fmt_more.go:39:14: Color(0) escapes to heap
./fmt_more.go:39:22: Color(1) escapes to heap
./fmt_more.go:48:7: &Pt{...} escapes to heap in ptPrint:
./fmt_more.go:48:7:   flow: p ← &{storage for &Pt{...}}:
./fmt_more.go:48:7:     from &Pt{...} (spill) at ./fmt_more.go:48:7
./fmt_more.go:48:7:     from p := &Pt{...} (assign) at ./fmt_more.go:48:4
./fmt_more.go:48:7:   flow: {storage for ... argument} ← p:
./fmt_more.go:48:7:     from p (interface-converted) at ./fmt_more.go:49:14
./fmt_more.go:48:7:     from ... argument (slice-literal-element) at ./fmt_more.go:49:13
./fmt_more.go:48:7:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:48:7:     from ... argument (spill) at ./fmt_more.go:49:13
./fmt_more.go:48:7:     from fmt.Println(... argument...) (call parameter) at ./fmt_more.go:49:13
./fmt_more.go:48:7: &Pt{...} escapes to heap
./fmt_more.go:49:13: ... argument does not escape
./fmt_more.go:54:26: i escapes to heap in multiLine:
./fmt_more.go:54:26:   flow: {storage for ... argument} ← &{storage for i}:
./fmt_more.go:54:26:     from i (spill) at ./fmt_more.go:54:26
./fmt_more.go:54:26:     from ... argument (slice-literal-element) at ./fmt_more.go:54:13
./fmt_more.go:54:26:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:54:26:     from ... argument (spill) at ./fmt_more.go:54:13
./fmt_more.go:54:26:     from fmt.Printf("%d: %s\n", ... argument...) (call parameter) at ./fmt_more.go:54:13
./fmt_more.go:54:29: it escapes to heap in multiLine:
./fmt_more.go:54:29:   flow: {storage for ... argument} ← &{storage for it}:
./fmt_more.go:54:29:     from it (spill) at ./fmt_more.go:54:29
./fmt_more.go:54:29:     from ... argument (slice-literal-element) at ./fmt_more.go:54:13
./fmt_more.go:54:29:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:54:29:     from ... argument (spill) at ./fmt_more.go:54:13
./fmt_more.go:54:29:     from fmt.Printf("%d: %s\n", ... argument...) (call parameter) at ./fmt_more.go:54:13
./fmt_more.go:52:16: parameter items leaks to {storage for it} for multiLine with derefs=1:
./fmt_more.go:52:16:   flow: {temp} ← items:
./fmt_more.go:52:16:   flow: it ← *{temp}:
./fmt_more.go:52:16:     from for loop (range-deref) at ./fmt_more.go:53:15
./fmt_more.go:52:16:   flow: {storage for it} ← it:
./fmt_more.go:52:16:     from it (interface-converted) at ./fmt_more.go:54:29
./fmt_more.go:52:16: leaking param content: items
./fmt_more.go:54:13: ... argument does not escape
./fmt_more.go:54:26: i escapes to heap
./fmt_more.go:54:29: it escapes to heap
./fmt_more.go:59:2: x escapes to heap in sprintfPtr:
./fmt_more.go:59:2:   flow: {storage for ... argument} ← &x:
./fmt_more.go:59:2:     from &x (address-of) at ./fmt_more.go:60:27
./fmt_more.go:59:2:     from &x (interface-converted) at ./fmt_more.go:60:27
./fmt_more.go:59:2:     from ... argument (slice-literal-element) at ./fmt_more.go:60:20
./fmt_more.go:59:2:   flow: {heap} ← {storage for ... argument}:
./fmt_more.go:59:2:     from ... argument (spill) at ./fmt_more.go:60:20
./fmt_more.go:59:2:     from fmt.Sprintf("%v", ... argument...) (call parameter) at ./fmt_more.go:60:20
./fmt_more.go:59:2: moved to heap: x
./fmt_more.go:60:20: ... argument does not escape
./fmt_more.go:72:20: []string{...} does not escape
