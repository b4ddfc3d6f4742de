./size_var.go:15:6: moved to heap: a
./size_var.go:27:6: moved to heap: s
./size_var.go:39:6: moved to heap: a
./size_var.go:45:2: moved to heap: x
