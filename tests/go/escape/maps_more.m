./maps_more.go:10:12: leaking param content: words
./maps_more.go:11:11: make(map[byte][]string) escapes to heap
./maps_more.go:13:19: append escapes to heap
./maps_more.go:18:17: leaking param content: words
./maps_more.go:19:11: make(map[byte][]string) does not escape
./maps_more.go:21:19: append escapes to heap
./maps_more.go:27:36: map[string]map[string]int{} escapes to heap
./maps_more.go:28:29: map[string]int{...} escapes to heap
./maps_more.go:33:36: map[string]map[string]int{} does not escape
./maps_more.go:34:19: make(map[string]int) escapes to heap
./maps_more.go:39:12: leaking param content: words
./maps_more.go:40:23: map[string]*Stat{} escapes to heap
./maps_more.go:44:8: &Stat{} escapes to heap
./maps_more.go:53:22: map[string]Stat{} does not escape
./maps_more.go:60:17: leaking param content: text
./maps_more.go:61:16: make(map[string]int, len(text)) escapes to heap
./maps_more.go:69:20: []string{...} does not escape
./maps_more.go:70:25: []string{...} does not escape
