./size_new.go:11:10: new(B65536) does not escape
./size_new.go:16:10: new(B65537) escapes to heap
./size_new.go:21:7: &I8192{} does not escape
./size_new.go:26:7: &I8193{} escapes to heap
./size_new.go:31:10: new([65536]byte) does not escape
./size_new.go:36:10: new([65537]byte) escapes to heap
./size_new.go:41:10: new(int) does not escape
