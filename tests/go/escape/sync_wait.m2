./sync_wait.go:15:7: parameter c leaks to {heap} for (*SafeCounter).Inc with derefs=0:
./sync_wait.go:15:7:   flow: {heap} ← c:
./sync_wait.go:15:7:     from c.mu (dot of pointer) at ./sync_wait.go:16:3
./sync_wait.go:15:7:     from c.mu (address-of) at ./sync_wait.go:16:6
./sync_wait.go:15:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./sync_wait.go:16:11
./sync_wait.go:15:27: parameter key leaks to {heap} for (*SafeCounter).Inc with derefs=0:
./sync_wait.go:15:27:   flow: {heap} ← key:
./sync_wait.go:15:27:     from c.n[key] (key of map put) at ./sync_wait.go:17:5
./sync_wait.go:15:7: leaking param: c
./sync_wait.go:15:27: leaking param: key
./sync_wait.go:23:12: (*SafeCounter).Value capturing by value: .autotmp_3 (addr=false assign=false width=8)
./sync_wait.go:21:7: parameter c leaks to {heap} for (*SafeCounter).Value with derefs=0:
./sync_wait.go:21:7:   flow: {heap} ← c:
./sync_wait.go:21:7:     from c.mu (dot of pointer) at ./sync_wait.go:22:3
./sync_wait.go:21:7:     from c.mu (address-of) at ./sync_wait.go:22:6
./sync_wait.go:21:7:     from (*sync.Mutex).Lock(c.mu) (call parameter) at ./sync_wait.go:22:11
./sync_wait.go:21:7: leaking param: c
./sync_wait.go:21:29: key does not escape
./sync_wait.go:28:6: wg escapes to heap in fanOut:
./sync_wait.go:28:6:   flow: {heap} ← &wg:
./sync_wait.go:28:6:     from wg (address-of) at ./sync_wait.go:31:5
./sync_wait.go:28:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./sync_wait.go:31:9
./sync_wait.go:32:6: func literal escapes to heap in fanOut:
./sync_wait.go:32:6:   flow: {heap} ← &{storage for func literal}:
./sync_wait.go:32:6:     from func literal (spill) at ./sync_wait.go:32:6
./sync_wait.go:29:2: c escapes to heap in fanOut:
./sync_wait.go:29:2:   flow: {heap} ← &c:
./sync_wait.go:29:2:     from c (address-of) at ./sync_wait.go:34:5
./sync_wait.go:29:2:     from (*SafeCounter).Inc(c, "k") (call parameter) at ./sync_wait.go:34:9
./sync_wait.go:28:6: wg escapes to heap in fanOut:
./sync_wait.go:28:6:   flow: {heap} ← &wg:
./sync_wait.go:28:6:     from wg (address-of) at ./sync_wait.go:37:4
./sync_wait.go:28:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./sync_wait.go:37:9
./sync_wait.go:29:2: c escapes to heap in fanOut:
./sync_wait.go:29:2:   flow: {heap} ← &c:
./sync_wait.go:29:2:     from c (address-of) at ./sync_wait.go:38:10
./sync_wait.go:29:2:     from (*SafeCounter).Value(c, "k") (call parameter) at ./sync_wait.go:38:16
./sync_wait.go:28:6: fanOut capturing by ref: wg (addr=true assign=false width=16)
./sync_wait.go:28:6: wg escapes to heap in fanOut:
./sync_wait.go:28:6:   flow: {storage for func literal} ← &wg:
./sync_wait.go:28:6:     from wg (captured by a closure) at ./sync_wait.go:33:10
./sync_wait.go:28:6:     from wg (reference) at ./sync_wait.go:33:10
./sync_wait.go:29:2: fanOut capturing by ref: c (addr=true assign=false width=16)
./sync_wait.go:29:2: c escapes to heap in fanOut:
./sync_wait.go:29:2:   flow: {storage for func literal} ← &c:
./sync_wait.go:29:2:     from c (captured by a closure) at ./sync_wait.go:34:4
./sync_wait.go:29:2:     from c (reference) at ./sync_wait.go:34:4
./sync_wait.go:33:12: fanOut.func1 capturing by value: .autotmp_0 (addr=false assign=false width=8)
./sync_wait.go:29:26: make(map[string]int) escapes to heap in fanOut:
./sync_wait.go:29:26:   flow: c ← &{storage for make(map[string]int)}:
./sync_wait.go:29:26:     from make(map[string]int) (spill) at ./sync_wait.go:29:26
./sync_wait.go:29:26:     from SafeCounter{...} (struct literal element) at ./sync_wait.go:29:18
./sync_wait.go:29:26:     from c := SafeCounter{...} (assign) at ./sync_wait.go:29:4
./sync_wait.go:28:6: moved to heap: wg
./sync_wait.go:29:2: moved to heap: c
./sync_wait.go:29:26: make(map[string]int) escapes to heap
./sync_wait.go:32:6: func literal escapes to heap
./sync_wait.go:42:6: mu escapes to heap in localMutex:
./sync_wait.go:42:6:   flow: {heap} ← &mu:
./sync_wait.go:42:6:     from mu (address-of) at ./sync_wait.go:43:4
./sync_wait.go:42:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sync_wait.go:43:9
./sync_wait.go:42:6: mu escapes to heap in localMutex:
./sync_wait.go:42:6:   flow: {heap} ← &mu:
./sync_wait.go:42:6:     from mu (address-of) at ./sync_wait.go:45:4
./sync_wait.go:42:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./sync_wait.go:45:11
./sync_wait.go:42:6: moved to heap: mu
./sync_wait.go:51:28: "once" escapes to heap in once.func1:
./sync_wait.go:51:28:   flow: {storage for ... argument} ← &{storage for "once"}:
./sync_wait.go:51:28:     from "once" (spill) at ./sync_wait.go:51:28
./sync_wait.go:51:28:     from ... argument (slice-literal-element) at ./sync_wait.go:51:27
./sync_wait.go:51:28:   flow: {heap} ← {storage for ... argument}:
./sync_wait.go:51:28:     from ... argument (spill) at ./sync_wait.go:51:27
./sync_wait.go:51:28:     from fmt.Println(... argument...) (call parameter) at ./sync_wait.go:51:27
./sync_wait.go:51:27: ... argument does not escape
./sync_wait.go:51:28: "once" escapes to heap
./sync_wait.go:50:6: o escapes to heap in once:
./sync_wait.go:50:6:   flow: {heap} ← &o:
./sync_wait.go:50:6:     from o (address-of) at ./sync_wait.go:51:3
./sync_wait.go:50:6:     from (*sync.Once).Do(o, func literal) (call parameter) at ./sync_wait.go:51:6
./sync_wait.go:50:6: moved to heap: o
./sync_wait.go:51:7: func literal does not escape
