./loop_closures.go:9:25: func literal escapes to heap
./loop_closures.go:9:17: append escapes to heap
./loop_closures.go:14:6: moved to heap: i
./loop_closures.go:15:25: func literal escapes to heap
./loop_closures.go:15:17: append escapes to heap
./loop_closures.go:21:25: func literal escapes to heap
./loop_closures.go:21:17: append escapes to heap
./loop_closures.go:28:8: func literal does not escape
./loop_closures.go:37:19: func literal escapes to heap
./loop_closures.go:37:14: append escapes to heap
./loop_closures.go:39:9: func literal escapes to heap
./loop_closures.go:51:10: func literal does not escape
