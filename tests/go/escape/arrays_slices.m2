./arrays_slices.go:27:2: a escapes to heap in sliceKept:
./arrays_slices.go:27:2:   flow: {heap} ← &a:
./arrays_slices.go:27:2:     from a (address-of) at ./arrays_slices.go:28:10
./arrays_slices.go:27:2:     from a[:] (slice) at ./arrays_slices.go:28:10
./arrays_slices.go:27:2:     from keep = a[:] (assign) at ./arrays_slices.go:28:7
./arrays_slices.go:27:2: moved to heap: a
./arrays_slices.go:32:6: a escapes to heap in sliceReturned:
./arrays_slices.go:32:6:   flow: ~r0 ← &a:
./arrays_slices.go:32:6:     from a (address-of) at ./arrays_slices.go:33:10
./arrays_slices.go:32:6:     from a[:2] (slice) at ./arrays_slices.go:33:10
./arrays_slices.go:32:6:     from return a[:2] (return) at ./arrays_slices.go:33:2
./arrays_slices.go:32:6: moved to heap: a
./arrays_slices.go:37:9: &[4]int{...} escapes to heap in arrayPtr:
./arrays_slices.go:37:9:   flow: ~r0 ← &{storage for &[4]int{...}}:
./arrays_slices.go:37:9:     from &[4]int{...} (spill) at ./arrays_slices.go:37:9
./arrays_slices.go:37:9:     from return &[4]int{...} (return) at ./arrays_slices.go:37:2
./arrays_slices.go:37:9: &[4]int{...} escapes to heap
./arrays_slices.go:41:7: &[4]int{...} does not escape
./arrays_slices.go:49:20: parameter a leaks to ~r0 for arrayPtrParam with derefs=0:
./arrays_slices.go:49:20:   flow: ~r0 ← a:
./arrays_slices.go:49:20:     from a[:] (slice) at ./arrays_slices.go:50:10
./arrays_slices.go:49:20:     from return a[:] (return) at ./arrays_slices.go:50:2
./arrays_slices.go:49:20: leaking param: a to result ~r0 level=0
./arrays_slices.go:68:20: &[4]int{} does not escape
