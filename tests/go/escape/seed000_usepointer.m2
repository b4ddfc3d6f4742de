./seed000_usepointer.go:14:24: UsePointer() escapes to heap in main:
./seed000_usepointer.go:14:24:   flow: {storage for ... argument} ← &{storage for UsePointer()}:
./seed000_usepointer.go:14:24:     from UsePointer() (spill) at ./seed000_usepointer.go:14:24
./seed000_usepointer.go:14:24:     from ... argument (slice-literal-element) at ./seed000_usepointer.go:14:13
./seed000_usepointer.go:14:24:   flow: {heap} ← {storage for ... argument}:
./seed000_usepointer.go:14:24:     from ... argument (spill) at ./seed000_usepointer.go:14:13
./seed000_usepointer.go:14:24:     from fmt.Println(... argument...) (call parameter) at ./seed000_usepointer.go:14:13
./seed000_usepointer.go:14:13: ... argument does not escape
./seed000_usepointer.go:14:24: UsePointer() escapes to heap
