./size_make.go:8:11: make([]byte, 65536) does not escape
./size_make.go:13:11: make([]byte, 65537) escapes to heap in makeBytesAboveLimit:
./size_make.go:13:11:   flow: {heap} ← &{storage for make([]byte, 65537)}:
./size_make.go:13:11:     from make([]byte, 65537) (too large for stack) at ./size_make.go:13:11
./size_make.go:13:11: make([]byte, 65537) escapes to heap
./size_make.go:18:11: make([]int, 8192) does not escape
./size_make.go:23:11: make([]int, 8193) escapes to heap in makeIntsAboveLimit:
./size_make.go:23:11:   flow: {heap} ← &{storage for make([]int, 8193)}:
./size_make.go:23:11:     from make([]int, 8193) (too large for stack) at ./size_make.go:23:11
./size_make.go:23:11: make([]int, 8193) escapes to heap
./size_make.go:28:11: make([]byte, 65536) does not escape
./size_make.go:33:11: make([]byte, 0, 65536) does not escape
./size_make.go:38:11: make([]byte, 0, 65537) escapes to heap in makeCapAboveLimit:
./size_make.go:38:11:   flow: {heap} ← &{storage for make([]byte, 0, 65537)}:
./size_make.go:38:11:     from make([]byte, 0, 65537) (too large for stack) at ./size_make.go:38:11
./size_make.go:38:11: make([]byte, 0, 65537) escapes to heap
./size_make.go:43:11: make([]byte, n) does not escape
./size_make.go:48:11: make([]int, 0, n) does not escape
./size_make.go:49:12: append does not escape
./size_make.go:54:14: make([]int, 1000000) escapes to heap in makeHuge:
./size_make.go:54:14:   flow: {heap} ← &{storage for make([]int, 1000000)}:
./size_make.go:54:14:     from make([]int, 1000000) (too large for stack) at ./size_make.go:54:14
./size_make.go:54:14: make([]int, 1000000) escapes to heap
./size_make.go:59:11: make(map[int]int, 100) does not escape
