./worker_pool.go:17:13: jobs does not escape
./worker_pool.go:17:31: results does not escape
./worker_pool.go:31:3: func literal escapes to heap in run:
./worker_pool.go:31:3:   flow: {heap} ← &{storage for func literal}:
./worker_pool.go:31:3:     from func literal (spill) at ./worker_pool.go:31:3
./worker_pool.go:34:11: &Job{...} escapes to heap in run:
./worker_pool.go:34:11:   flow: {heap} ← &{storage for &Job{...}}:
./worker_pool.go:34:11:     from &Job{...} (spill) at ./worker_pool.go:34:11
./worker_pool.go:34:11:     from jobs <- (&Job{...}) (send) at ./worker_pool.go:34:8
./worker_pool.go:34:34: []int{...} escapes to heap in run:
./worker_pool.go:34:34:   flow: {storage for &Job{...}} ← &{storage for []int{...}}:
./worker_pool.go:34:34:     from []int{...} (spill) at ./worker_pool.go:34:34
./worker_pool.go:34:34:     from Job{...} (struct literal element) at ./worker_pool.go:34:15
./worker_pool.go:31:13: run capturing by value: .autotmp_5 (addr=false assign=false width=8)
./worker_pool.go:31:19: run capturing by value: .autotmp_6 (addr=false assign=false width=8)
./worker_pool.go:34:11: &Job{...} escapes to heap
./worker_pool.go:34:34: []int{...} escapes to heap
./worker_pool.go:47:19: "hello " + n escapes to heap in producer:
./worker_pool.go:47:19:   flow: {heap} ← &{storage for "hello " + n}:
./worker_pool.go:47:19:     from "hello " + n (spill) at ./worker_pool.go:47:19
./worker_pool.go:47:19:     from out <- ("hello " + n) (send) at ./worker_pool.go:47:7
./worker_pool.go:45:15: out does not escape
./worker_pool.go:45:34: names does not escape
./worker_pool.go:47:19: "hello " + n escapes to heap
./worker_pool.go:54:2: func literal escapes to heap in consume:
./worker_pool.go:54:2:   flow: {heap} ← &{storage for func literal}:
./worker_pool.go:54:2:     from func literal (spill) at ./worker_pool.go:54:2
./worker_pool.go:54:14: consume capturing by value: .autotmp_1 (addr=false assign=false width=8)
./worker_pool.go:56:15: s escapes to heap in consume:
./worker_pool.go:56:15:   flow: {storage for ... argument} ← &{storage for s}:
./worker_pool.go:56:15:     from s (spill) at ./worker_pool.go:56:15
./worker_pool.go:56:15:     from ... argument (slice-literal-element) at ./worker_pool.go:56:14
./worker_pool.go:56:15:   flow: {heap} ← {storage for ... argument}:
./worker_pool.go:56:15:     from ... argument (spill) at ./worker_pool.go:56:14
./worker_pool.go:56:15:     from fmt.Println(... argument...) (call parameter) at ./worker_pool.go:56:14
./worker_pool.go:54:26: []string{...} does not escape
./worker_pool.go:56:14: ... argument does not escape
./worker_pool.go:56:15: s escapes to heap
./worker_pool.go:61:17: run(5) escapes to heap in main:
./worker_pool.go:61:17:   flow: {storage for ... argument} ← &{storage for run(5)}:
./worker_pool.go:61:17:     from run(5) (spill) at ./worker_pool.go:61:17
./worker_pool.go:61:17:     from ... argument (slice-literal-element) at ./worker_pool.go:61:13
./worker_pool.go:61:17:   flow: {heap} ← {storage for ... argument}:
./worker_pool.go:61:17:     from ... argument (spill) at ./worker_pool.go:61:13
./worker_pool.go:61:17:     from fmt.Println(... argument...) (call parameter) at ./worker_pool.go:61:13
./worker_pool.go:61:13: ... argument does not escape
./worker_pool.go:61:17: run(5) escapes to heap
