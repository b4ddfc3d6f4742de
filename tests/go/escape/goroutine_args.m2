./goroutine_args.go:7:11: s does not escape
./goroutine_args.go:13:2: func literal escapes to heap in spawnPtr:
./goroutine_args.go:13:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_args.go:13:2:     from func literal (spill) at ./goroutine_args.go:13:2
./goroutine_args.go:13:10: spawnPtr capturing by value: .autotmp_1 (addr=false assign=false width=8)
./goroutine_args.go:12:2: s escapes to heap in spawnPtr:
./goroutine_args.go:12:2:   flow: .autotmp_1 ← &s:
./goroutine_args.go:12:2:     from &s (address-of) at ./goroutine_args.go:13:10
./goroutine_args.go:12:2:     from .autotmp_1 = &s (assign-pair) at ./goroutine_args.go:13:2
./goroutine_args.go:12:2:   flow: {storage for func literal} ← .autotmp_1:
./goroutine_args.go:12:2:     from .autotmp_1 (captured by a closure) at ./goroutine_args.go:13:10
./goroutine_args.go:12:2: moved to heap: s
./goroutine_args.go:18:2: func literal escapes to heap in spawnValue:
./goroutine_args.go:18:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_args.go:18:2:     from func literal (spill) at ./goroutine_args.go:18:2
./goroutine_args.go:18:2: spawnValue capturing by value: .autotmp_1 (addr=false assign=false width=8)
./goroutine_args.go:22:10: s does not escape
./goroutine_args.go:22:2: func literal escapes to heap in spawnLiteralArgs:
./goroutine_args.go:22:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_args.go:22:2:     from func literal (spill) at ./goroutine_args.go:22:2
./goroutine_args.go:22:5: spawnLiteralArgs capturing by value: .autotmp_0 (addr=false assign=false width=8)
./goroutine_args.go:24:4: spawnLiteralArgs capturing by value: .autotmp_1 (addr=false assign=false width=8)
./goroutine_args.go:22:5: func literal escapes to heap in spawnLiteralArgs:
./goroutine_args.go:22:5:   flow: .autotmp_0 ← &{storage for func literal}:
./goroutine_args.go:22:5:     from func literal (spill) at ./goroutine_args.go:22:5
./goroutine_args.go:22:5:     from .autotmp_0, .autotmp_1 = func literal, &State{} (assign-pair) at ./goroutine_args.go:22:2
./goroutine_args.go:22:5:   flow: {storage for func literal} ← .autotmp_0:
./goroutine_args.go:22:5:     from .autotmp_0 (captured by a closure) at ./goroutine_args.go:22:5
./goroutine_args.go:24:4: &State{} escapes to heap in spawnLiteralArgs:
./goroutine_args.go:24:4:   flow: .autotmp_1 ← &{storage for &State{}}:
./goroutine_args.go:24:4:     from &State{} (spill) at ./goroutine_args.go:24:4
./goroutine_args.go:24:4:     from .autotmp_0, .autotmp_1 = func literal, &State{} (assign-pair) at ./goroutine_args.go:22:2
./goroutine_args.go:24:4:   flow: {storage for func literal} ← .autotmp_1:
./goroutine_args.go:24:4:     from .autotmp_1 (captured by a closure) at ./goroutine_args.go:24:4
./goroutine_args.go:22:5: func literal escapes to heap
./goroutine_args.go:24:4: &State{} escapes to heap
./goroutine_args.go:30:3: func literal escapes to heap in spawnMany:
./goroutine_args.go:30:3:   flow: {heap} ← &{storage for func literal}:
./goroutine_args.go:30:3:     from func literal (spill) at ./goroutine_args.go:30:3
./goroutine_args.go:30:11: spawnMany capturing by value: .autotmp_3 (addr=false assign=false width=8)
./goroutine_args.go:30:3: spawnMany capturing by value: .autotmp_4 (addr=false assign=false width=8)
./goroutine_args.go:28:16: make([]State, n) escapes to heap in spawnMany:
./goroutine_args.go:28:16:   flow: states ← &{storage for make([]State, n)}:
./goroutine_args.go:28:16:     from make([]State, n) (spill) at ./goroutine_args.go:28:16
./goroutine_args.go:28:16:     from states := make([]State, n) (assign) at ./goroutine_args.go:28:9
./goroutine_args.go:28:16:   flow: .autotmp_3 ← states:
./goroutine_args.go:28:16:     from states[i] (dot of pointer) at ./goroutine_args.go:30:18
./goroutine_args.go:28:16:     from &states[i] (address-of) at ./goroutine_args.go:30:11
./goroutine_args.go:28:16:     from .autotmp_3, .autotmp_4 = &states[i], i (assign-pair) at ./goroutine_args.go:30:3
./goroutine_args.go:28:16:   flow: {storage for func literal} ← .autotmp_3:
./goroutine_args.go:28:16:     from .autotmp_3 (captured by a closure) at ./goroutine_args.go:30:11
./goroutine_args.go:28:16: make([]State, n) escapes to heap
./goroutine_args.go:37:2: func literal escapes to heap in spawnCaptureAndArg:
./goroutine_args.go:37:2:   flow: {heap} ← &{storage for func literal}:
./goroutine_args.go:37:2:     from func literal (spill) at ./goroutine_args.go:37:2
./goroutine_args.go:35:2: spawnCaptureAndArg capturing by ref: total (addr=false assign=true width=8)
./goroutine_args.go:36:2: spawnCaptureAndArg capturing by value: s (addr=false assign=false width=8)
./goroutine_args.go:37:5: spawnCaptureAndArg capturing by value: .autotmp_2 (addr=false assign=false width=8)
./goroutine_args.go:37:5: func literal escapes to heap in spawnCaptureAndArg:
./goroutine_args.go:37:5:   flow: .autotmp_2 ← &{storage for func literal}:
./goroutine_args.go:37:5:     from func literal (spill) at ./goroutine_args.go:37:5
./goroutine_args.go:37:5:     from .autotmp_2 = func literal (assign-pair) at ./goroutine_args.go:37:2
./goroutine_args.go:37:5:   flow: {storage for func literal} ← .autotmp_2:
./goroutine_args.go:37:5:     from .autotmp_2 (captured by a closure) at ./goroutine_args.go:37:5
./goroutine_args.go:35:2: total escapes to heap in spawnCaptureAndArg:
./goroutine_args.go:35:2:   flow: {storage for func literal} ← &total:
./goroutine_args.go:35:2:     from total (captured by a closure) at ./goroutine_args.go:38:3
./goroutine_args.go:35:2:     from total (reference) at ./goroutine_args.go:38:3
./goroutine_args.go:36:7: &State{} escapes to heap in spawnCaptureAndArg:
./goroutine_args.go:36:7:   flow: s ← &{storage for &State{}}:
./goroutine_args.go:36:7:     from &State{} (spill) at ./goroutine_args.go:36:7
./goroutine_args.go:36:7:     from s := &State{} (assign) at ./goroutine_args.go:36:4
./goroutine_args.go:36:7:   flow: {storage for func literal} ← s:
./goroutine_args.go:36:7:     from s (captured by a closure) at ./goroutine_args.go:39:3
./goroutine_args.go:35:2: moved to heap: total
./goroutine_args.go:36:7: &State{} escapes to heap
./goroutine_args.go:37:5: func literal escapes to heap
