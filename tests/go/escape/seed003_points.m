./seed003_points.go:18:2: moved to heap: p
./seed003_points.go:27:2: moved to heap: p
./seed003_points.go:32:13: ... argument does not escape
./seed003_points.go:32:22: sumLocal() escapes to heap
./seed003_points.go:32:36: newPoint().X escapes to heap
./seed003_points.go:32:55: newPointValue().Y escapes to heap
./seed003_points.go:32:72: newPointPtr().X escapes to heap
