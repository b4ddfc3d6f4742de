./panic_errors.go:17:7: leaking param content: e
./panic_errors.go:17:57: ... argument does not escape
./panic_errors.go:17:74: e.Line escapes to heap
./panic_errors.go:17:82: e.Msg escapes to heap
./panic_errors.go:21:9: "negative" escapes to heap
./panic_errors.go:27:8: n escapes to heap
./panic_errors.go:31:8: &ParseError{...} escapes to heap
./panic_errors.go:35:19: fmt.Sprintf("bad value %d", ... argument...) escapes to heap
./panic_errors.go:35:19: ... argument does not escape
./panic_errors.go:35:36: n escapes to heap
./panic_errors.go:38:13: leaking param: msg
./panic_errors.go:44:10: &ParseError{...} escapes to heap
./panic_errors.go:49:11: leaking param: err
./panic_errors.go:50:19: ... argument does not escape
./panic_errors.go:53:15: f does not escape
./panic_errors.go:54:8: func literal does not escape
./panic_errors.go:56:20: ... argument does not escape
./panic_errors.go:63:17: leaking param: err
./panic_errors.go:69:15: func literal does not escape
./panic_errors.go:70:15: func literal does not escape
./panic_errors.go:71:15: func literal does not escape
