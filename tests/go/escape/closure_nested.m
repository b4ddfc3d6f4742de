./closure_nested.go:6:2: moved to heap: total
./closure_nested.go:7:9: func literal escapes to heap
./closure_nested.go:9:10: func literal escapes to heap
./closure_nested.go:15:7: func literal does not escape
./closure_nested.go:17:8: func literal does not escape
./closure_nested.go:27:7: func literal does not escape
./closure_nested.go:28:10: func literal escapes to heap
./closure_nested.go:35:8: func literal does not escape
./closure_nested.go:45:2: moved to heap: n
./closure_nested.go:46:9: func literal escapes to heap
./closure_nested.go:46:25: func literal escapes to heap
