./closure_size.go:17:9: func literal escapes to heap
./closure_size.go:21:6: moved to heap: a
./closure_size.go:23:9: func literal escapes to heap
./closure_size.go:28:9: func literal escapes to heap
./closure_size.go:34:7: func literal does not escape
./closure_size.go:40:7: func literal does not escape
./closure_size.go:47:9: func literal escapes to heap
./closure_size.go:51:9: func literal escapes to heap
./closure_size.go:54:26: moved to heap: n
./closure_size.go:55:9: func literal escapes to heap
./closure_size.go:58:20: leaking param: s
./closure_size.go:59:9: func literal escapes to heap
./closure_size.go:62:19: leaking param: v
./closure_size.go:63:9: func literal escapes to heap
