./seed002_user.go:14:14: leaking param: name
./seed002_user.go:15:9: &User{...} escapes to heap
./seed002_user.go:20:13: ... argument does not escape
./seed002_user.go:20:14: u escapes to heap
./seed002_user.go:24:2: moved to heap: buf
./seed002_user.go:24:13: make([]byte, 0, 64) escapes to heap
./seed002_user.go:25:14: append escapes to heap
./seed002_user.go:30:13: ... argument does not escape
./seed002_user.go:30:26: NewUser("a").Name escapes to heap
