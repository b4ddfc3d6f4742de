./seed000_logvalue.go:6:15: parameter v leaks to {heap} for LogValue with derefs=0:
./seed000_logvalue.go:6:15:   flow: {storage for ... argument} ← v:
./seed000_logvalue.go:6:15:     from ... argument (slice-literal-element) at ./seed000_logvalue.go:7:13
./seed000_logvalue.go:6:15:   flow: {heap} ← {storage for ... argument}:
./seed000_logvalue.go:6:15:     from ... argument (spill) at ./seed000_logvalue.go:7:13
./seed000_logvalue.go:6:15:     from fmt.Println(... argument...) (call parameter) at ./seed000_logvalue.go:7:13
./seed000_logvalue.go:6:15: leaking param: v
./seed000_logvalue.go:7:13: ... argument does not escape
./seed000_logvalue.go:12:11: s escapes to heap in main:
./seed000_logvalue.go:12:11:   flow: {heap} ← &{storage for s}:
./seed000_logvalue.go:12:11:     from s (spill) at ./seed000_logvalue.go:12:11
./seed000_logvalue.go:12:11:     from LogValue(s) (call parameter) at ./seed000_logvalue.go:12:10
./seed000_logvalue.go:12:11: s escapes to heap
