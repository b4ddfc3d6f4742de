./named_types.go:6:7: l does not escape
./named_types.go:14:7: leaking param content: l
./named_types.go:14:44: append escapes to heap
./named_types.go:18:7: s does not escape
./named_types.go:18:18: leaking param: k
./named_types.go:20:7: s does not escape
./named_types.go:20:18: k does not escape
./named_types.go:27:7: h does not escape
./named_types.go:27:23: leaking param: s
./named_types.go:35:14: IntList{...} escapes to heap
./named_types.go:41:10: Set{} does not escape
./named_types.go:47:20: s does not escape
./named_types.go:47:15: func literal does not escape
./named_types.go:51:19: leaking param: s to result ~r0 level=0
