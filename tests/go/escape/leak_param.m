./leak_param.go:14:15: p does not escape
./leak_param.go:18:17: leaking param: p
./leak_param.go:22:18: leaking param content: t
./leak_param.go:26:19: leaking param: p to result ~r0 level=0
./leak_param.go:30:26: leaking param: t to result ~r0 level=1
./leak_param.go:34:25: leaking param: p to result ~r1 level=0
./leak_param.go:38:24: leaking param: p to result r level=0
./leak_param.go:43:15: leaking param: p
./leak_param.go:48:17: s does not escape
./leak_param.go:52:21: leaking param: s to result ~r0 level=0
./leak_param.go:56:18: leaking param: s to result ~r0 level=0
./leak_param.go:60:21: s does not escape
./leak_param.go:64:23: leaking param: s to result ~r0 level=0
./leak_param.go:68:15: m does not escape
./leak_param.go:72:16: f does not escape
./leak_param.go:76:17: v does not escape
./leak_param.go:80:18: a does not escape
./leak_param.go:80:21: leaking param: b to result ~r0 level=0
./leak_param.go:80:29: leaking param: c
./leak_param.go:88:25: leaking param: t to result ~r0 level=0
./leak_param.go:92:16: dst does not escape
./leak_param.go:92:24: leaking param: src
./leak_param.go:96:16: leaking param: p to result ~r0 level=0
./leak_param.go:112:2: moved to heap: z
./leak_param.go:119:2: moved to heap: v
./leak_param.go:120:14: &T{...} does not escape
./leak_param.go:121:26: &T{} does not escape
./leak_param.go:125:22: []int{...} does not escape
./leak_param.go:126:26: []int{...} does not escape
./leak_param.go:131:16: func literal does not escape
./leak_param.go:135:12: &T{} does not escape
