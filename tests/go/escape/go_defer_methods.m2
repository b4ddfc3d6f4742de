./go_defer_methods.go:12:7: s does not escape
./go_defer_methods.go:14:7: parameter s leaks to ~r0 for Server.Describe with derefs=0:
./go_defer_methods.go:14:7:   flow: ~r0 ← s:
./go_defer_methods.go:14:7:     from s.name (dot) at ./go_defer_methods.go:14:45
./go_defer_methods.go:14:7:     from return s.name (return) at ./go_defer_methods.go:14:37
./go_defer_methods.go:14:7: leaking param: s to result ~r0 level=0
./go_defer_methods.go:16:49: s.name escapes to heap in (*Server).Log:
./go_defer_methods.go:16:49:   flow: {storage for ... argument} ← &{storage for s.name}:
./go_defer_methods.go:16:49:     from s.name (spill) at ./go_defer_methods.go:16:49
./go_defer_methods.go:16:49:     from ... argument (slice-literal-element) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:49:   flow: {heap} ← {storage for ... argument}:
./go_defer_methods.go:16:49:     from ... argument (spill) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:49:     from fmt.Println(... argument...) (call parameter) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:56: msg escapes to heap in (*Server).Log:
./go_defer_methods.go:16:56:   flow: {storage for ... argument} ← &{storage for msg}:
./go_defer_methods.go:16:56:     from msg (spill) at ./go_defer_methods.go:16:56
./go_defer_methods.go:16:56:     from ... argument (slice-literal-element) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:56:   flow: {heap} ← {storage for ... argument}:
./go_defer_methods.go:16:56:     from ... argument (spill) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:56:     from fmt.Println(... argument...) (call parameter) at ./go_defer_methods.go:16:47
./go_defer_methods.go:16:22: parameter msg leaks to {storage for msg} for (*Server).Log with derefs=0:
./go_defer_methods.go:16:22:   flow: {storage for msg} ← msg:
./go_defer_methods.go:16:22:     from msg (interface-converted) at ./go_defer_methods.go:16:56
./go_defer_methods.go:16:7: parameter s leaks to {storage for s.name} for (*Server).Log with derefs=1:
./go_defer_methods.go:16:7:   flow: {storage for s.name} ← *s:
./go_defer_methods.go:16:7:     from s.name (dot of pointer) at ./go_defer_methods.go:16:49
./go_defer_methods.go:16:7:     from s.name (interface-converted) at ./go_defer_methods.go:16:49
./go_defer_methods.go:16:7: leaking param content: s
./go_defer_methods.go:16:22: leaking param: msg
./go_defer_methods.go:16:47: ... argument does not escape
./go_defer_methods.go:16:49: s.name escapes to heap
./go_defer_methods.go:16:56: msg escapes to heap
./go_defer_methods.go:20:2: func literal escapes to heap in startMethod:
./go_defer_methods.go:20:2:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:20:2:     from func literal (spill) at ./go_defer_methods.go:20:2
./go_defer_methods.go:20:6: startMethod capturing by value: .autotmp_1 (addr=false assign=false width=8)
./go_defer_methods.go:19:2: s escapes to heap in startMethod:
./go_defer_methods.go:19:2:   flow: .autotmp_1 ← &s:
./go_defer_methods.go:19:2:     from s (address-of) at ./go_defer_methods.go:20:6
./go_defer_methods.go:19:2:     from .autotmp_1 = s (assign-pair) at ./go_defer_methods.go:20:2
./go_defer_methods.go:19:2:   flow: {storage for func literal} ← .autotmp_1:
./go_defer_methods.go:19:2:     from .autotmp_1 (captured by a closure) at ./go_defer_methods.go:20:6
./go_defer_methods.go:19:2: moved to heap: s
./go_defer_methods.go:26:2: func literal escapes to heap in startMethodValue:
./go_defer_methods.go:26:2:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:26:2:     from func literal (spill) at ./go_defer_methods.go:26:2
./go_defer_methods.go:26:2: startMethodValue capturing by value: .autotmp_2 (addr=false assign=false width=8)
./go_defer_methods.go:25:8: s.Serve escapes to heap in startMethodValue:
./go_defer_methods.go:25:8:   flow: f ← &{storage for s.Serve}:
./go_defer_methods.go:25:8:     from s.Serve (spill) at ./go_defer_methods.go:25:8
./go_defer_methods.go:25:8:     from f := s.Serve (assign) at ./go_defer_methods.go:25:4
./go_defer_methods.go:25:8:   flow: .autotmp_2 ← f:
./go_defer_methods.go:25:8:     from .autotmp_2 = f (assign-pair) at ./go_defer_methods.go:26:2
./go_defer_methods.go:25:8:   flow: {storage for func literal} ← .autotmp_2:
./go_defer_methods.go:25:8:     from .autotmp_2 (captured by a closure) at ./go_defer_methods.go:26:2
./go_defer_methods.go:24:7: &Server{...} escapes to heap in startMethodValue:
./go_defer_methods.go:24:7:   flow: s ← &{storage for &Server{...}}:
./go_defer_methods.go:24:7:     from &Server{...} (spill) at ./go_defer_methods.go:24:7
./go_defer_methods.go:24:7:     from s := &Server{...} (assign) at ./go_defer_methods.go:24:4
./go_defer_methods.go:24:7:   flow: {temp} ← s:
./go_defer_methods.go:24:7:   flow: {storage for s.Serve} ← {temp}:
./go_defer_methods.go:24:7: &Server{...} escapes to heap
./go_defer_methods.go:25:8: s.Serve escapes to heap
./go_defer_methods.go:31:2: func literal escapes to heap in startValueMethod:
./go_defer_methods.go:31:2:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:31:2:     from func literal (spill) at ./go_defer_methods.go:31:2
./go_defer_methods.go:31:2: startValueMethod capturing by value: .autotmp_1 (addr=false assign=false width=24)
./go_defer_methods.go:36:9: deferMethodPtr capturing by value: .autotmp_2 (addr=false assign=false width=8)
./go_defer_methods.go:42:2: deferValueMethod capturing by value: .autotmp_1 (addr=false assign=false width=24)
./go_defer_methods.go:48:3: func literal escapes to heap in deferLog:
./go_defer_methods.go:48:3:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:48:3:     from func literal (spill) at ./go_defer_methods.go:48:3
./go_defer_methods.go:48:10: deferLog capturing by value: .autotmp_3 (addr=false assign=false width=8)
./go_defer_methods.go:48:3: deferLog capturing by value: .autotmp_4 (addr=false assign=false width=16)
./go_defer_methods.go:45:15: parameter names leaks to {heap} for deferLog with derefs=1:
./go_defer_methods.go:45:15:   flow: {temp} ← names:
./go_defer_methods.go:45:15:   flow: n ← *{temp}:
./go_defer_methods.go:45:15:     from for loop (range-deref) at ./go_defer_methods.go:47:14
./go_defer_methods.go:45:15:   flow: .autotmp_4 ← n:
./go_defer_methods.go:45:15:     from .autotmp_3, .autotmp_4 = s, n (assign-pair) at ./go_defer_methods.go:48:3
./go_defer_methods.go:45:15:   flow: {heap} ← .autotmp_4:
./go_defer_methods.go:45:15:     from (*Server).Log(.autotmp_3, .autotmp_4) (call parameter) at ./go_defer_methods.go:48:14
./go_defer_methods.go:46:2: s escapes to heap in deferLog:
./go_defer_methods.go:46:2:   flow: .autotmp_3 ← &s:
./go_defer_methods.go:46:2:     from s (address-of) at ./go_defer_methods.go:48:10
./go_defer_methods.go:46:2:     from .autotmp_3, .autotmp_4 = s, n (assign-pair) at ./go_defer_methods.go:48:3
./go_defer_methods.go:46:2:   flow: {storage for func literal} ← .autotmp_3:
./go_defer_methods.go:46:2:     from .autotmp_3 (captured by a closure) at ./go_defer_methods.go:48:10
./go_defer_methods.go:45:15: parameter names leaks to {storage for func literal} for deferLog with derefs=1:
./go_defer_methods.go:45:15:   flow: {temp} ← names:
./go_defer_methods.go:45:15:   flow: n ← *{temp}:
./go_defer_methods.go:45:15:     from for loop (range-deref) at ./go_defer_methods.go:47:14
./go_defer_methods.go:45:15:   flow: .autotmp_4 ← n:
./go_defer_methods.go:45:15:     from .autotmp_3, .autotmp_4 = s, n (assign-pair) at ./go_defer_methods.go:48:3
./go_defer_methods.go:45:15:   flow: {storage for func literal} ← .autotmp_4:
./go_defer_methods.go:45:15:     from .autotmp_4 (captured by a closure) at ./go_defer_methods.go:48:3
./go_defer_methods.go:45:15: leaking param content: names
./go_defer_methods.go:46:2: moved to heap: s
./go_defer_methods.go:54:3: deferInClosure.func1 capturing by ref: x (addr=false assign=true width=8)
./go_defer_methods.go:55:9: func literal does not escape
./go_defer_methods.go:53:2: func literal does not escape
./go_defer_methods.go:61:6: func literal escapes to heap in goInLoopCapture:
./go_defer_methods.go:61:6:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:61:6:     from func literal (spill) at ./go_defer_methods.go:61:6
./go_defer_methods.go:60:9: goInLoopCapture capturing by value: s (addr=false assign=false width=8)
./go_defer_methods.go:59:22: parameter servers leaks to {storage for func literal} for goInLoopCapture with derefs=1:
./go_defer_methods.go:59:22:   flow: {temp} ← servers:
./go_defer_methods.go:59:22:   flow: .autotmp_2 ← *{temp}:
./go_defer_methods.go:59:22:     from for loop (range-deref) at ./go_defer_methods.go:60:14
./go_defer_methods.go:59:22:   flow: s ← .autotmp_2:
./go_defer_methods.go:59:22:     from s := .autotmp_2 (assign) at ./go_defer_methods.go:60:14
./go_defer_methods.go:59:22:   flow: {storage for func literal} ← s:
./go_defer_methods.go:59:22:     from s (captured by a closure) at ./go_defer_methods.go:61:15
./go_defer_methods.go:59:22: leaking param content: servers
./go_defer_methods.go:61:6: func literal escapes to heap
./go_defer_methods.go:70:9: "boom" escapes to heap in goDeferRecover.func1:
./go_defer_methods.go:70:9:   flow: {heap} ← &{storage for "boom"}:
./go_defer_methods.go:70:9:     from "boom" (spill) at ./go_defer_methods.go:70:9
./go_defer_methods.go:70:9:     from panic("boom") (call parameter) at ./go_defer_methods.go:70:8
./go_defer_methods.go:67:9: func literal does not escape
./go_defer_methods.go:70:9: "boom" escapes to heap
./go_defer_methods.go:66:5: func literal escapes to heap in goDeferRecover:
./go_defer_methods.go:66:5:   flow: {heap} ← &{storage for func literal}:
./go_defer_methods.go:66:5:     from func literal (spill) at ./go_defer_methods.go:66:5
./go_defer_methods.go:66:5: func literal escapes to heap
./go_defer_methods.go:80:19: []string{...} does not escape
./go_defer_methods.go:14:7: parameter s leaks to ~r0 for (*Server).Describe with derefs=1:
./go_defer_methods.go:14:7:   flow: ~r0 ← *s:
./go_defer_methods.go:14:7:     from s (indirection) at <autogenerated>:1
./go_defer_methods.go:14:7:     from Server.Describe(s) (call parameter) at <autogenerated>:1
./go_defer_methods.go:14:7:     from return Server.Describe(s) (return) at <autogenerated>:1
