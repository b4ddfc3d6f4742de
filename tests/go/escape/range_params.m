./range_params.go:13:14: items does not escape
./range_params.go:21:15: items does not escape
./range_params.go:29:14: leaking param content: items
./range_params.go:37:15: leaking param content: items
./range_params.go:43:16: m does not escape
./range_params.go:51:13: m does not escape
./range_params.go:59:19: leaking param content: m
./range_params.go:65:12: s does not escape
./range_params.go:81:20: a does not escape
./range_params.go:89:16: leaking param: items to result ~r0 level=1
./range_params.go:89:31: name does not escape
./range_params.go:98:11: head does not escape
./range_params.go:116:20: &[8]int{} does not escape
