./seed001_processdata.go:7:14: make([]int, 1000000) escapes to heap in processData:
./seed001_processdata.go:7:14:   flow: {heap} ← &{storage for make([]int, 1000000)}:
./seed001_processdata.go:7:14:     from make([]int, 1000000) (too large for stack) at ./seed001_processdata.go:7:14
./seed001_processdata.go:7:14: make([]int, 1000000) escapes to heap
./seed001_processdata.go:15:14: make([]int, 100) does not escape
./seed001_processdata.go:23:25: processData() escapes to heap in main:
./seed001_processdata.go:23:25:   flow: {storage for ... argument} ← &{storage for processData()}:
./seed001_processdata.go:23:25:     from processData() (spill) at ./seed001_processdata.go:23:25
./seed001_processdata.go:23:25:     from ... argument (slice-literal-element) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:25:   flow: {heap} ← {storage for ... argument}:
./seed001_processdata.go:23:25:     from ... argument (spill) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:25:     from fmt.Println(... argument...) (call parameter) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:41: processSmall() escapes to heap in main:
./seed001_processdata.go:23:41:   flow: {storage for ... argument} ← &{storage for processSmall()}:
./seed001_processdata.go:23:41:     from processSmall() (spill) at ./seed001_processdata.go:23:41
./seed001_processdata.go:23:41:     from ... argument (slice-literal-element) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:41:   flow: {heap} ← {storage for ... argument}:
./seed001_processdata.go:23:41:     from ... argument (spill) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:41:     from fmt.Println(... argument...) (call parameter) at ./seed001_processdata.go:23:13
./seed001_processdata.go:23:13: ... argument does not escape
./seed001_processdata.go:23:25: processData() escapes to heap
./seed001_processdata.go:23:41: processSmall() escapes to heap
