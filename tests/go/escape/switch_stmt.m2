./switch_stmt.go:17:21: "int " escapes to heap in classify:
./switch_stmt.go:17:21:   flow: {storage for ... argument} ← &{storage for "int "}:
./switch_stmt.go:17:21:     from "int " (spill) at ./switch_stmt.go:17:21
./switch_stmt.go:17:21:     from ... argument (slice-literal-element) at ./switch_stmt.go:17:20
./switch_stmt.go:17:21:   flow: {heap} ← {storage for ... argument}:
./switch_stmt.go:17:21:     from ... argument (spill) at ./switch_stmt.go:17:20
./switch_stmt.go:17:21:     from fmt.Sprint(... argument...) (call parameter) at ./switch_stmt.go:17:20
./switch_stmt.go:17:29: x escapes to heap in classify:
./switch_stmt.go:17:29:   flow: {storage for ... argument} ← &{storage for x}:
./switch_stmt.go:17:29:     from x (spill) at ./switch_stmt.go:17:29
./switch_stmt.go:17:29:     from ... argument (slice-literal-element) at ./switch_stmt.go:17:20
./switch_stmt.go:17:29:   flow: {heap} ← {storage for ... argument}:
./switch_stmt.go:17:29:     from ... argument (spill) at ./switch_stmt.go:17:20
./switch_stmt.go:17:29:     from fmt.Sprint(... argument...) (call parameter) at ./switch_stmt.go:17:20
./switch_stmt.go:14:15: parameter v leaks to {heap} for classify with derefs=0:
./switch_stmt.go:14:15:   flow: {temp} ← v:
./switch_stmt.go:14:15:   flow: x ← {temp}:
./switch_stmt.go:14:15:     from case *Token: lastTok = x; return "token" (switch case) at ./switch_stmt.go:20:2
./switch_stmt.go:14:15:   flow: {heap} ← x:
./switch_stmt.go:14:15:     from lastTok = x (assign) at ./switch_stmt.go:21:11
./switch_stmt.go:19:20: "string " + x escapes to heap in classify:
./switch_stmt.go:19:20:   flow: ~r0 ← &{storage for "string " + x}:
./switch_stmt.go:19:20:     from "string " + x (spill) at ./switch_stmt.go:19:20
./switch_stmt.go:19:20:     from return "string " + x (return) at ./switch_stmt.go:19:3
./switch_stmt.go:14:15: leaking param: v
./switch_stmt.go:17:20: ... argument does not escape
./switch_stmt.go:17:21: "int " escapes to heap
./switch_stmt.go:17:29: x escapes to heap
./switch_stmt.go:19:20: "string " + x escapes to heap
./switch_stmt.go:33:10: &Token{...} escapes to heap in make1:
./switch_stmt.go:33:10:   flow: ~r0 ← &{storage for &Token{...}}:
./switch_stmt.go:33:10:     from &Token{...} (spill) at ./switch_stmt.go:33:10
./switch_stmt.go:33:10:     from return &Token{...} (return) at ./switch_stmt.go:33:3
./switch_stmt.go:35:3: t escapes to heap in make1:
./switch_stmt.go:35:3:   flow: ~r0 ← &t:
./switch_stmt.go:35:3:     from &t (address-of) at ./switch_stmt.go:36:10
./switch_stmt.go:35:3:     from return &t (return) at ./switch_stmt.go:36:3
./switch_stmt.go:35:3: moved to heap: t
./switch_stmt.go:33:10: &Token{...} escapes to heap
./switch_stmt.go:47:14: make([]int, n) does not escape
./switch_stmt.go:57:15: 1 escapes to heap in main:
./switch_stmt.go:57:15:   flow: {heap} ← &{storage for 1}:
./switch_stmt.go:57:15:     from 1 (spill) at ./switch_stmt.go:57:15
./switch_stmt.go:57:15:     from classify(1) (call parameter) at ./switch_stmt.go:57:14
./switch_stmt.go:57:15: 1 escapes to heap
