./seed000_logvalue.go:6:15: leaking param: v
./seed000_logvalue.go:7:13: ... argument does not escape
./seed000_logvalue.go:12:11: s escapes to heap
