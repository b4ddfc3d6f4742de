./worker_pool.go:17:13: jobs does not escape
./worker_pool.go:17:31: results does not escape
./worker_pool.go:34:11: &Job{...} escapes to heap
./worker_pool.go:34:34: []int{...} escapes to heap
./worker_pool.go:45:15: out does not escape
./worker_pool.go:45:34: names does not escape
./worker_pool.go:47:19: "hello " + n escapes to heap
./worker_pool.go:54:26: []string{...} does not escape
./worker_pool.go:56:14: ... argument does not escape
./worker_pool.go:56:15: s escapes to heap
./worker_pool.go:61:13: ... argument does not escape
./worker_pool.go:61:17: run(5) escapes to heap
