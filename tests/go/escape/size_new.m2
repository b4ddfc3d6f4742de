./size_new.go:11:10: new(B65536) does not escape
./size_new.go:16:10: new(B65537) escapes to heap in newAboveLimit:
./size_new.go:16:10:   flow: {heap} ← &{storage for new(B65537)}:
./size_new.go:16:10:     from new(B65537) (too large for stack) at ./size_new.go:16:10
./size_new.go:16:10: new(B65537) escapes to heap
./size_new.go:21:7: &I8192{} does not escape
./size_new.go:26:7: &I8193{} escapes to heap in litAboveLimit:
./size_new.go:26:7:   flow: {heap} ← &{storage for &I8193{}}:
./size_new.go:26:7:     from &I8193{} (too large for stack) at ./size_new.go:26:7
./size_new.go:26:7: &I8193{} escapes to heap
./size_new.go:31:10: new([65536]byte) does not escape
./size_new.go:36:10: new([65537]byte) escapes to heap in newArrayAboveLimit:
./size_new.go:36:10:   flow: {heap} ← &{storage for new([65537]byte)}:
./size_new.go:36:10:     from new([65537]byte) (too large for stack) at ./size_new.go:36:10
./size_new.go:36:10: new([65537]byte) escapes to heap
./size_new.go:41:10: new(int) does not escape
