./seed001_printany.go:6:15: leaking param: v
./seed001_printany.go:7:13: ... argument does not escape
./seed001_printany.go:12:11: 10 escapes to heap
./seed001_printany.go:15:11: y escapes to heap
