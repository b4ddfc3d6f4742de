./seed001_goroutines.go:29:14: ... argument does not escape
./seed001_goroutines.go:29:33: val escapes to heap
./seed001_goroutines.go:13:5: func literal escapes to heap
./seed001_goroutines.go:14:14: ... argument does not escape
./seed001_goroutines.go:14:15: "Goroutine message:" escapes to heap
./seed001_goroutines.go:14:37: "Hello, Goroutines!" escapes to heap
./seed001_goroutines.go:17:13: ... argument does not escape
./seed001_goroutines.go:17:14: "\nLoop variable demonstration:" escapes to heap
./seed001_goroutines.go:18:15: []int{...} does not escape
./seed001_goroutines.go:20:6: func literal escapes to heap
./seed001_goroutines.go:21:14: ... argument does not escape
./seed001_goroutines.go:21:33: i escapes to heap
./seed001_goroutines.go:26:13: ... argument does not escape
./seed001_goroutines.go:26:14: "\nFixed loop variable demonstration:" escapes to heap
./seed001_goroutines.go:28:6: func literal escapes to heap
