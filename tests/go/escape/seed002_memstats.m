./seed002_memstats.go:12:30: &Big{} escapes to heap
./seed002_memstats.go:39:12: ... argument does not escape
./seed002_memstats.go:39:63: b - a escapes to heap
./seed002_memstats.go:42:14: make([]*Big, 0, 100000) escapes to heap
./seed002_memstats.go:44:16: append does not escape
./seed002_memstats.go:47:12: ... argument does not escape
./seed002_memstats.go:47:55: d - c escapes to heap
