./const_fold.go:16:13: ... argument does not escape
./const_fold.go:16:14: 10 escapes to heap
./const_fold.go:17:13: ... argument does not escape
./const_fold.go:17:14: 100000 escapes to heap
./const_fold.go:18:13: ... argument does not escape
./const_fold.go:18:14: 16 escapes to heap
./const_fold.go:18:20: 15 escapes to heap
./const_fold.go:18:26: 1000 escapes to heap
./const_fold.go:19:13: ... argument does not escape
./const_fold.go:19:14: 42 escapes to heap
./const_fold.go:19:22: "hi" escapes to heap
./const_fold.go:20:13: ... argument does not escape
./const_fold.go:20:21: 84 escapes to heap
./const_fold.go:21:13: ... argument does not escape
./const_fold.go:21:14: Weekday(1) escapes to heap
./const_fold.go:22:13: ... argument does not escape
./const_fold.go:22:14: 'a' escapes to heap
./const_fold.go:22:22: 'c' escapes to heap
./const_fold.go:23:13: ... argument does not escape
./const_fold.go:23:14: 3.25 escapes to heap
./const_fold.go:23:20: 1000.5 escapes to heap
./const_fold.go:24:13: ... argument does not escape
./const_fold.go:24:14: true escapes to heap
./const_fold.go:24:20: false escapes to heap
./const_fold.go:25:13: ... argument does not escape
./const_fold.go:28:13: ... argument does not escape
./const_fold.go:28:14: y escapes to heap
./const_fold.go:30:13: ... argument does not escape
./const_fold.go:30:20: 4 escapes to heap
./const_fold.go:31:13: ... argument does not escape
./const_fold.go:31:18: "ab" escapes to heap
./const_fold.go:33:13: ... argument does not escape
./const_fold.go:33:14: int64(5) escapes to heap
