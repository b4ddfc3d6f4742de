./seed000_counter.go:8:2: moved to heap: count
./seed000_counter.go:9:9: func literal escapes to heap
./seed000_counter.go:17:13: ... argument does not escape
./seed000_counter.go:17:21: counter() escapes to heap
./seed000_counter.go:18:13: ... argument does not escape
./seed000_counter.go:18:21: counter() escapes to heap
