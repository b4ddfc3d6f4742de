./main.go:8:5: func literal escapes to heap in main:
./main.go:8:5:   flow: {heap} ← &{storage for func literal}:
./main.go:8:5:     from func literal (spill) at ./main.go:8:5
./main.go:6:2: main capturing by value: ch (addr=false assign=false width=8)
./main.go:7:2: main capturing by value: done (addr=false assign=false width=8)
./main.go:10:16: v escapes to heap in main.func1:
./main.go:10:16:   flow: {storage for ... argument} ← &{storage for v}:
./main.go:10:16:     from v (spill) at ./main.go:10:16
./main.go:10:16:     from ... argument (slice-literal-element) at ./main.go:10:15
./main.go:10:16:   flow: {heap} ← {storage for ... argument}:
./main.go:10:16:     from ... argument (spill) at ./main.go:10:15
./main.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./main.go:10:15
./main.go:8:5: func literal escapes to heap
./main.go:10:15: ... argument does not escape
./main.go:10:16: v escapes to heap
