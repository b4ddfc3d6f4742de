./seed001_processdata.go:7:14: make([]int, 1000000) escapes to heap
./seed001_processdata.go:15:14: make([]int, 100) does not escape
./seed001_processdata.go:23:13: ... argument does not escape
./seed001_processdata.go:23:25: processData() escapes to heap
./seed001_processdata.go:23:41: processSmall() escapes to heap
