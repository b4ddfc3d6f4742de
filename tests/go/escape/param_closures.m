./param_closures.go:7:13: leaking param: c
./param_closures.go:8:9: func literal escapes to heap
./param_closures.go:11:14: c does not escape
./param_closures.go:12:7: func literal does not escape
./param_closures.go:16:13: leaking param: c
./param_closures.go:17:9: func literal escapes to heap
./param_closures.go:20:18: leaking param: c to result r level=0
./param_closures.go:21:9: func literal does not escape
./param_closures.go:27:9: func literal escapes to heap
./param_closures.go:27:31: &Conf{...} escapes to heap
./param_closures.go:30:15: leaking param: s
./param_closures.go:31:9: func literal escapes to heap
./param_closures.go:34:18: s does not escape
./param_closures.go:35:9: func literal does not escape
./param_closures.go:39:7: &Conf{} escapes to heap
./param_closures.go:46:23: []int{...} does not escape
