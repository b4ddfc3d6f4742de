./defer_results.go:15:7: f does not escape
./defer_results.go:20:11: leaking param: name
./defer_results.go:24:9: &File{...} escapes to heap
./defer_results.go:27:14: leaking param: name
./defer_results.go:32:8: func literal does not escape
./defer_results.go:41:8: func literal does not escape
./defer_results.go:47:8: func literal does not escape
./defer_results.go:49:20: ... argument does not escape
./defer_results.go:57:19: []string{} does not escape
./defer_results.go:58:8: func literal does not escape
./defer_results.go:59:17: append escapes to heap
./defer_results.go:61:16: append does not escape
./defer_results.go:65:13: leaking param: label
./defer_results.go:67:9: func literal escapes to heap
./defer_results.go:68:14: ... argument does not escape
./defer_results.go:68:15: label escapes to heap
./defer_results.go:68:22: 0 escapes to heap
