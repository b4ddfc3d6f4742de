./arrays_slices.go:27:2: moved to heap: a
./arrays_slices.go:32:6: moved to heap: a
./arrays_slices.go:37:9: &[4]int{...} escapes to heap
./arrays_slices.go:41:7: &[4]int{...} does not escape
./arrays_slices.go:49:20: leaking param: a to result ~r0 level=0
./arrays_slices.go:68:20: &[4]int{} does not escape
