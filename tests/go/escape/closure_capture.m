./closure_capture.go:14:9: func literal escapes to heap
./closure_capture.go:19:9: func literal escapes to heap
./closure_capture.go:25:9: func literal escapes to heap
./closure_capture.go:29:2: moved to heap: b
./closure_capture.go:31:9: func literal escapes to heap
./closure_capture.go:35:2: moved to heap: n
./closure_capture.go:36:9: func literal escapes to heap
./closure_capture.go:43:2: moved to heap: n
./closure_capture.go:44:7: func literal escapes to heap
./closure_capture.go:50:2: moved to heap: n
./closure_capture.go:51:9: func literal escapes to heap
./closure_capture.go:56:9: func literal escapes to heap
./closure_capture.go:56:34: s + "!" escapes to heap
./closure_capture.go:60:12: []int{...} escapes to heap
./closure_capture.go:61:9: func literal escapes to heap
./closure_capture.go:65:7: &Small{} escapes to heap
./closure_capture.go:66:9: func literal escapes to heap
./closure_capture.go:70:2: moved to heap: c
./closure_capture.go:71:9: func literal escapes to heap
./closure_capture.go:72:9: func literal escapes to heap
