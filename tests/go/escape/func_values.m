./func_values.go:7:26: map[string]Op{} escapes to heap
./func_values.go:9:10: a does not escape
./func_values.go:9:13: b does not escape
./func_values.go:11:12: op does not escape
./func_values.go:12:2: moved to heap: x
./func_values.go:12:5: moved to heap: y
./func_values.go:27:10: func literal escapes to heap
./func_values.go:29:9: func literal escapes to heap
./func_values.go:32:14: leaking param: f
./func_values.go:32:17: leaking param: g
./func_values.go:33:9: func literal escapes to heap
./func_values.go:36:16: f does not escape
./func_values.go:37:2: moved to heap: n
./func_values.go:44:20: []func() int{...} does not escape
./func_values.go:45:3: func literal does not escape
./func_values.go:46:3: func literal does not escape
./func_values.go:61:21: p does not escape
./func_values.go:61:16: func literal does not escape
