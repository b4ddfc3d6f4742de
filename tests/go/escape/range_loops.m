./range_loops.go:10:21: items does not escape
./range_loops.go:19:20: items does not escape
./range_loops.go:20:9: moved to heap: it
./range_loops.go:21:15: append escapes to heap
./range_loops.go:25:21: leaking param: items
./range_loops.go:27:15: append escapes to heap
./range_loops.go:31:19: ns does not escape
./range_loops.go:33:21: func literal escapes to heap
./range_loops.go:33:15: append escapes to heap
./range_loops.go:37:26: ns does not escape
./range_loops.go:38:9: moved to heap: n
./range_loops.go:39:21: func literal escapes to heap
./range_loops.go:39:15: append escapes to heap
./range_loops.go:52:18: s does not escape
./range_loops.go:70:21: m does not escape
./range_loops.go:72:9: moved to heap: v
./range_loops.go:73:15: append escapes to heap
./range_loops.go:79:17: []Item{...} escapes to heap
./range_loops.go:83:20: []int{...} does not escape
./range_loops.go:84:27: []int{...} does not escape
