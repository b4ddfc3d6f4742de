./seed001_newuser.go:11:2: u escapes to heap in NewUser:
./seed001_newuser.go:11:2:   flow: ~r0 ← &u:
./seed001_newuser.go:11:2:     from &u (address-of) at ./seed001_newuser.go:12:9
./seed001_newuser.go:11:2:     from return &u (return) at ./seed001_newuser.go:12:2
./seed001_newuser.go:11:2: moved to heap: u
./seed001_newuser.go:16:10: new(User) escapes to heap in NewUserNew:
./seed001_newuser.go:16:10:   flow: u ← &{storage for new(User)}:
./seed001_newuser.go:16:10:     from new(User) (spill) at ./seed001_newuser.go:16:10
./seed001_newuser.go:16:10:     from u := new(User) (assign) at ./seed001_newuser.go:16:4
./seed001_newuser.go:16:10:   flow: ~r0 ← u:
./seed001_newuser.go:16:10:     from return u (return) at ./seed001_newuser.go:18:2
./seed001_newuser.go:16:10: new(User) escapes to heap
./seed001_newuser.go:22:23: NewUser().Name escapes to heap in main:
./seed001_newuser.go:22:23:   flow: {storage for ... argument} ← &{storage for NewUser().Name}:
./seed001_newuser.go:22:23:     from NewUser().Name (spill) at ./seed001_newuser.go:22:23
./seed001_newuser.go:22:23:     from ... argument (slice-literal-element) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:23:   flow: {heap} ← {storage for ... argument}:
./seed001_newuser.go:22:23:     from ... argument (spill) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:42: NewUserNew().Name escapes to heap in main:
./seed001_newuser.go:22:42:   flow: {storage for ... argument} ← &{storage for NewUserNew().Name}:
./seed001_newuser.go:22:42:     from NewUserNew().Name (spill) at ./seed001_newuser.go:22:42
./seed001_newuser.go:22:42:     from ... argument (slice-literal-element) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:42:   flow: {heap} ← {storage for ... argument}:
./seed001_newuser.go:22:42:     from ... argument (spill) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:42:     from fmt.Println(... argument...) (call parameter) at ./seed001_newuser.go:22:13
./seed001_newuser.go:22:13: ... argument does not escape
./seed001_newuser.go:22:23: NewUser().Name escapes to heap
./seed001_newuser.go:22:42: NewUserNew().Name escapes to heap
