./seed001_printany.go:6:15: parameter v leaks to {heap} for PrintAny with derefs=0:
./seed001_printany.go:6:15:   flow: {storage for ... argument} ← v:
./seed001_printany.go:6:15:     from ... argument (slice-literal-element) at ./seed001_printany.go:7:13
./seed001_printany.go:6:15:   flow: {heap} ← {storage for ... argument}:
./seed001_printany.go:6:15:     from ... argument (spill) at ./seed001_printany.go:7:13
./seed001_printany.go:6:15:     from fmt.Println(... argument...) (call parameter) at ./seed001_printany.go:7:13
./seed001_printany.go:6:15: leaking param: v
./seed001_printany.go:7:13: ... argument does not escape
./seed001_printany.go:12:11: x escapes to heap in main:
./seed001_printany.go:12:11:   flow: {heap} ← &{storage for x}:
./seed001_printany.go:12:11:     from x (spill) at ./seed001_printany.go:12:11
./seed001_printany.go:12:11:     from PrintAny(x) (call parameter) at ./seed001_printany.go:12:10
./seed001_printany.go:15:11: y escapes to heap in main:
./seed001_printany.go:15:11:   flow: {heap} ← &{storage for y}:
./seed001_printany.go:15:11:     from y (spill) at ./seed001_printany.go:15:11
./seed001_printany.go:15:11:     from PrintAny(y) (call parameter) at ./seed001_printany.go:15:10
./seed001_printany.go:12:11: 10 escapes to heap
./seed001_printany.go:15:11: y escapes to heap
