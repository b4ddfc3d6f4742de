./seed001_newuser.go:11:2: moved to heap: u
./seed001_newuser.go:16:10: new(User) escapes to heap
./seed001_newuser.go:22:13: ... argument does not escape
./seed001_newuser.go:22:23: NewUser().Name escapes to heap
./seed001_newuser.go:22:42: NewUserNew().Name escapes to heap
