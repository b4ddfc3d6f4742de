./global_store.go:14:26: map[int]*Conf{} escapes to heap
./global_store.go:17:2: moved to heap: c
./global_store.go:22:12: &Conf{...} escapes to heap
./global_store.go:26:2: moved to heap: n
./global_store.go:31:22: &Conf{...} escapes to heap
./global_store.go:31:15: append escapes to heap
./global_store.go:36:11: 5 escapes to heap
./global_store.go:40:2: moved to heap: c
./global_store.go:45:2: moved to heap: v
./global_store.go:50:16: new(Conf) escapes to heap
./global_store.go:57:22: leaking param: c
./global_store.go:61:27: leaking param: s
./global_store.go:75:18: &Conf{} escapes to heap
