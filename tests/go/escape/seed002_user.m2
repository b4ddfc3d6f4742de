./seed002_user.go:15:9: &User{...} escapes to heap in NewUser:
./seed002_user.go:15:9:   flow: ~r0 ← &{storage for &User{...}}:
./seed002_user.go:15:9:     from &User{...} (spill) at ./seed002_user.go:15:9
./seed002_user.go:15:9:     from return &User{...} (return) at ./seed002_user.go:15:2
./seed002_user.go:14:14: parameter name leaks to {storage for &User{...}} for NewUser with derefs=0:
./seed002_user.go:14:14:   flow: {storage for &User{...}} ← name:
./seed002_user.go:14:14:     from User{...} (struct literal element) at ./seed002_user.go:15:14
./seed002_user.go:14:14: leaking param: name
./seed002_user.go:15:9: &User{...} escapes to heap
./seed002_user.go:20:14: u escapes to heap in Show:
./seed002_user.go:20:14:   flow: {storage for ... argument} ← &{storage for u}:
./seed002_user.go:20:14:     from u (spill) at ./seed002_user.go:20:14
./seed002_user.go:20:14:     from ... argument (slice-literal-element) at ./seed002_user.go:20:13
./seed002_user.go:20:14:   flow: {heap} ← {storage for ... argument}:
./seed002_user.go:20:14:     from ... argument (spill) at ./seed002_user.go:20:13
./seed002_user.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./seed002_user.go:20:13
./seed002_user.go:20:13: ... argument does not escape
./seed002_user.go:20:14: u escapes to heap
./seed002_user.go:24:2: buf escapes to heap in Fill:
./seed002_user.go:24:2:   flow: {heap} ← &buf:
./seed002_user.go:24:2:     from &buf (address-of) at ./seed002_user.go:26:9
./seed002_user.go:24:2:     from last = &buf (assign) at ./seed002_user.go:26:7
./seed002_user.go:24:13: make([]byte, 0, 64) escapes to heap in Fill:
./seed002_user.go:24:13:   flow: buf ← &{storage for make([]byte, 0, 64)}:
./seed002_user.go:24:13:     from make([]byte, 0, 64) (spill) at ./seed002_user.go:24:13
./seed002_user.go:24:13:     from buf := make([]byte, 0, 64) (assign) at ./seed002_user.go:24:6
./seed002_user.go:25:14: append(buf, "abc"...) escapes to heap in Fill:
./seed002_user.go:25:14:   flow: buf ← &{storage for append(buf, "abc"...)}:
./seed002_user.go:25:14:     from append(buf, "abc"...) (spill) at ./seed002_user.go:25:14
./seed002_user.go:25:14:     from buf = append(buf, "abc"...) (assign) at ./seed002_user.go:25:6
./seed002_user.go:24:2: moved to heap: buf
./seed002_user.go:24:13: make([]byte, 0, 64) escapes to heap
./seed002_user.go:25:14: append escapes to heap
./seed002_user.go:30:26: NewUser("a").Name escapes to heap in main:
./seed002_user.go:30:26:   flow: {storage for ... argument} ← &{storage for NewUser("a").Name}:
./seed002_user.go:30:26:     from NewUser("a").Name (spill) at ./seed002_user.go:30:26
./seed002_user.go:30:26:     from ... argument (slice-literal-element) at ./seed002_user.go:30:13
./seed002_user.go:30:26:   flow: {heap} ← {storage for ... argument}:
./seed002_user.go:30:26:     from ... argument (spill) at ./seed002_user.go:30:13
./seed002_user.go:30:26:     from fmt.Println(... argument...) (call parameter) at ./seed002_user.go:30:13
./seed002_user.go:30:13: ... argument does not escape
./seed002_user.go:30:26: NewUser("a").Name escapes to heap
