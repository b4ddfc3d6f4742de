./closure_call.go:11:7: func literal does not escape
./closure_call.go:17:9: func literal does not escape
./closure_call.go:22:9: func literal does not escape
./closure_call.go:30:9: func literal escapes to heap
./closure_call.go:34:2: moved to heap: k
./closure_call.go:35:24: func literal escapes to heap
./closure_call.go:35:16: append escapes to heap
./closure_call.go:38:12: f does not escape
./closure_call.go:42:11: leaking param: f
./closure_call.go:43:16: append escapes to heap
./closure_call.go:48:15: func literal does not escape
./closure_call.go:52:2: moved to heap: m
./closure_call.go:53:7: func literal escapes to heap
./closure_call.go:58:9: func literal escapes to heap
./closure_call.go:63:9: func literal escapes to heap
./closure_call.go:65:8: func literal does not escape
./closure_call.go:70:23: leaking param: p
./closure_call.go:71:9: func literal escapes to heap
./closure_call.go:74:16: f does not escape
./closure_call.go:88:2: moved to heap: x
./closure_call.go:90:12: func literal does not escape
