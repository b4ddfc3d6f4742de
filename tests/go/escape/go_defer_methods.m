./go_defer_methods.go:12:7: s does not escape
./go_defer_methods.go:14:7: leaking param: s to result ~r0 level=0
./go_defer_methods.go:16:7: leaking param content: s
./go_defer_methods.go:16:22: leaking param: msg
./go_defer_methods.go:16:47: ... argument does not escape
./go_defer_methods.go:16:49: s.name escapes to heap
./go_defer_methods.go:16:56: msg escapes to heap
./go_defer_methods.go:19:2: moved to heap: s
./go_defer_methods.go:24:7: &Server{...} escapes to heap
./go_defer_methods.go:25:8: s.Serve escapes to heap
./go_defer_methods.go:45:15: leaking param content: names
./go_defer_methods.go:46:2: moved to heap: s
./go_defer_methods.go:55:9: func literal does not escape
./go_defer_methods.go:53:2: func literal does not escape
./go_defer_methods.go:59:22: leaking param content: servers
./go_defer_methods.go:61:6: func literal escapes to heap
./go_defer_methods.go:67:9: func literal does not escape
./go_defer_methods.go:70:9: "boom" escapes to heap
./go_defer_methods.go:66:5: func literal escapes to heap
./go_defer_methods.go:80:19: []string{...} does not escape
