./seed000_usepointer.go:14:13: ... argument does not escape
./seed000_usepointer.go:14:24: UsePointer() escapes to heap
