./const_fold.go:16:14: 10 escapes to heap in main:
./const_fold.go:16:14:   flow: {storage for ... argument} ← &{storage for 10}:
./const_fold.go:16:14:     from 10 (spill) at ./const_fold.go:16:14
./const_fold.go:16:14:     from ... argument (slice-literal-element) at ./const_fold.go:16:13
./const_fold.go:16:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:16:14:     from ... argument (spill) at ./const_fold.go:16:13
./const_fold.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:16:13
./const_fold.go:17:14: 100000 escapes to heap in main:
./const_fold.go:17:14:   flow: {storage for ... argument} ← &{storage for 100000}:
./const_fold.go:17:14:     from 100000 (spill) at ./const_fold.go:17:14
./const_fold.go:17:14:     from ... argument (slice-literal-element) at ./const_fold.go:17:13
./const_fold.go:17:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:17:14:     from ... argument (spill) at ./const_fold.go:17:13
./const_fold.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:17:13
./const_fold.go:18:14: 16 escapes to heap in main:
./const_fold.go:18:14:   flow: {storage for ... argument} ← &{storage for 16}:
./const_fold.go:18:14:     from 16 (spill) at ./const_fold.go:18:14
./const_fold.go:18:14:     from ... argument (slice-literal-element) at ./const_fold.go:18:13
./const_fold.go:18:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:18:14:     from ... argument (spill) at ./const_fold.go:18:13
./const_fold.go:18:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:18:13
./const_fold.go:18:20: 15 escapes to heap in main:
./const_fold.go:18:20:   flow: {storage for ... argument} ← &{storage for 15}:
./const_fold.go:18:20:     from 15 (spill) at ./const_fold.go:18:20
./const_fold.go:18:20:     from ... argument (slice-literal-element) at ./const_fold.go:18:13
./const_fold.go:18:20:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:18:20:     from ... argument (spill) at ./const_fold.go:18:13
./const_fold.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:18:13
./const_fold.go:18:26: 1000 escapes to heap in main:
./const_fold.go:18:26:   flow: {storage for ... argument} ← &{storage for 1000}:
./const_fold.go:18:26:     from 1000 (spill) at ./const_fold.go:18:26
./const_fold.go:18:26:     from ... argument (slice-literal-element) at ./const_fold.go:18:13
./const_fold.go:18:26:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:18:26:     from ... argument (spill) at ./const_fold.go:18:13
./const_fold.go:18:26:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:18:13
./const_fold.go:19:14: 42 escapes to heap in main:
./const_fold.go:19:14:   flow: {storage for ... argument} ← &{storage for 42}:
./const_fold.go:19:14:     from 42 (spill) at ./const_fold.go:19:14
./const_fold.go:19:14:     from ... argument (slice-literal-element) at ./const_fold.go:19:13
./const_fold.go:19:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:19:14:     from ... argument (spill) at ./const_fold.go:19:13
./const_fold.go:19:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:19:13
./const_fold.go:19:22: "hi" escapes to heap in main:
./const_fold.go:19:22:   flow: {storage for ... argument} ← &{storage for "hi"}:
./const_fold.go:19:22:     from "hi" (spill) at ./const_fold.go:19:22
./const_fold.go:19:22:     from ... argument (slice-literal-element) at ./const_fold.go:19:13
./const_fold.go:19:22:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:19:22:     from ... argument (spill) at ./const_fold.go:19:13
./const_fold.go:19:22:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:19:13
./const_fold.go:20:21: 84 escapes to heap in main:
./const_fold.go:20:21:   flow: {storage for ... argument} ← &{storage for 84}:
./const_fold.go:20:21:     from 84 (spill) at ./const_fold.go:20:21
./const_fold.go:20:21:     from ... argument (slice-literal-element) at ./const_fold.go:20:13
./const_fold.go:20:21:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:20:21:     from ... argument (spill) at ./const_fold.go:20:13
./const_fold.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:20:13
./const_fold.go:21:14: Weekday(1) escapes to heap in main:
./const_fold.go:21:14:   flow: {storage for ... argument} ← &{storage for Weekday(1)}:
./const_fold.go:21:14:     from Weekday(1) (spill) at ./const_fold.go:21:14
./const_fold.go:21:14:     from ... argument (slice-literal-element) at ./const_fold.go:21:13
./const_fold.go:21:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:21:14:     from ... argument (spill) at ./const_fold.go:21:13
./const_fold.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:21:13
./const_fold.go:22:14: 'a' escapes to heap in main:
./const_fold.go:22:14:   flow: {storage for ... argument} ← &{storage for 'a'}:
./const_fold.go:22:14:     from 'a' (spill) at ./const_fold.go:22:14
./const_fold.go:22:14:     from ... argument (slice-literal-element) at ./const_fold.go:22:13
./const_fold.go:22:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:22:14:     from ... argument (spill) at ./const_fold.go:22:13
./const_fold.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:22:13
./const_fold.go:22:22: 'c' escapes to heap in main:
./const_fold.go:22:22:   flow: {storage for ... argument} ← &{storage for 'c'}:
./const_fold.go:22:22:     from 'c' (spill) at ./const_fold.go:22:22
./const_fold.go:22:22:     from ... argument (slice-literal-element) at ./const_fold.go:22:13
./const_fold.go:22:22:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:22:22:     from ... argument (spill) at ./const_fold.go:22:13
./const_fold.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:22:13
./const_fold.go:23:14: 3.25 escapes to heap in main:
./const_fold.go:23:14:   flow: {storage for ... argument} ← &{storage for 3.25}:
./const_fold.go:23:14:     from 3.25 (spill) at ./const_fold.go:23:14
./const_fold.go:23:14:     from ... argument (slice-literal-element) at ./const_fold.go:23:13
./const_fold.go:23:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:23:14:     from ... argument (spill) at ./const_fold.go:23:13
./const_fold.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:23:13
./const_fold.go:23:20: 1000.5 escapes to heap in main:
./const_fold.go:23:20:   flow: {storage for ... argument} ← &{storage for 1000.5}:
./const_fold.go:23:20:     from 1000.5 (spill) at ./const_fold.go:23:20
./const_fold.go:23:20:     from ... argument (slice-literal-element) at ./const_fold.go:23:13
./const_fold.go:23:20:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:23:20:     from ... argument (spill) at ./const_fold.go:23:13
./const_fold.go:23:20:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:23:13
./const_fold.go:24:14: true escapes to heap in main:
./const_fold.go:24:14:   flow: {storage for ... argument} ← &{storage for true}:
./const_fold.go:24:14:     from true (spill) at ./const_fold.go:24:14
./const_fold.go:24:14:     from ... argument (slice-literal-element) at ./const_fold.go:24:13
./const_fold.go:24:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:24:14:     from ... argument (spill) at ./const_fold.go:24:13
./const_fold.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:24:13
./const_fold.go:24:20: false escapes to heap in main:
./const_fold.go:24:20:   flow: {storage for ... argument} ← &{storage for false}:
./const_fold.go:24:20:     from false (spill) at ./const_fold.go:24:20
./const_fold.go:24:20:     from ... argument (slice-literal-element) at ./const_fold.go:24:13
./const_fold.go:24:20:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:24:20:     from ... argument (spill) at ./const_fold.go:24:13
./const_fold.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:24:13
./const_fold.go:28:14: y escapes to heap in main:
./const_fold.go:28:14:   flow: {storage for ... argument} ← &{storage for y}:
./const_fold.go:28:14:     from y (spill) at ./const_fold.go:28:14
./const_fold.go:28:14:     from ... argument (slice-literal-element) at ./const_fold.go:28:13
./const_fold.go:28:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:28:14:     from ... argument (spill) at ./const_fold.go:28:13
./const_fold.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:28:13
./const_fold.go:30:20: 4 escapes to heap in main:
./const_fold.go:30:20:   flow: {storage for ... argument} ← &{storage for 4}:
./const_fold.go:30:20:     from 4 (spill) at ./const_fold.go:30:20
./const_fold.go:30:20:     from ... argument (slice-literal-element) at ./const_fold.go:30:13
./const_fold.go:30:20:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:30:20:     from ... argument (spill) at ./const_fold.go:30:13
./const_fold.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:30:13
./const_fold.go:31:18: "ab" escapes to heap in main:
./const_fold.go:31:18:   flow: {storage for ... argument} ← &{storage for "ab"}:
./const_fold.go:31:18:     from "ab" (spill) at ./const_fold.go:31:18
./const_fold.go:31:18:     from ... argument (slice-literal-element) at ./const_fold.go:31:13
./const_fold.go:31:18:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:31:18:     from ... argument (spill) at ./const_fold.go:31:13
./const_fold.go:31:18:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:31:13
./const_fold.go:33:14: int64(5) escapes to heap in main:
./const_fold.go:33:14:   flow: {storage for ... argument} ← &{storage for int64(5)}:
./const_fold.go:33:14:     from int64(5) (spill) at ./const_fold.go:33:14
./const_fold.go:33:14:     from ... argument (slice-literal-element) at ./const_fold.go:33:13
./const_fold.go:33:14:   flow: {heap} ← {storage for ... argument}:
./const_fold.go:33:14:     from ... argument (spill) at ./const_fold.go:33:13
./const_fold.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./const_fold.go:33:13
./const_fold.go:16:13: ... argument does not escape
./const_fold.go:16:14: 10 escapes to heap
./const_fold.go:17:13: ... argument does not escape
./const_fold.go:17:14: 100000 escapes to heap
./const_fold.go:18:13: ... argument does not escape
./const_fold.go:18:14: 16 escapes to heap
./const_fold.go:18:20: 15 escapes to heap
./const_fold.go:18:26: 1000 escapes to heap
./const_fold.go:19:13: ... argument does not escape
./const_fold.go:19:14: 42 escapes to heap
./const_fold.go:19:22: "hi" escapes to heap
./const_fold.go:20:13: ... argument does not escape
./const_fold.go:20:21: 84 escapes to heap
./const_fold.go:21:13: ... argument does not escape
./const_fold.go:21:14: Weekday(1) escapes to heap
./const_fold.go:22:13: ... argument does not escape
./const_fold.go:22:14: 'a' escapes to heap
./const_fold.go:22:22: 'c' escapes to heap
./const_fold.go:23:13: ... argument does not escape
./const_fold.go:23:14: 3.25 escapes to heap
./const_fold.go:23:20: 1000.5 escapes to heap
./const_fold.go:24:13: ... argument does not escape
./const_fold.go:24:14: true escapes to heap
./const_fold.go:24:20: false escapes to heap
./const_fold.go:25:13: ... argument does not escape
./const_fold.go:28:13: ... argument does not escape
./const_fold.go:28:14: y escapes to heap
./const_fold.go:30:13: ... argument does not escape
./const_fold.go:30:20: 4 escapes to heap
./const_fold.go:31:13: ... argument does not escape
./const_fold.go:31:18: "ab" escapes to heap
./const_fold.go:33:13: ... argument does not escape
./const_fold.go:33:14: int64(5) escapes to heap
