./size_var.go:15:6: a escapes to heap in varAboveLimit:
./size_var.go:15:6:   flow: {heap} ← &a:
./size_var.go:15:6:     from a (too large for stack) at ./size_var.go:15:6
./size_var.go:15:6: moved to heap: a
./size_var.go:27:6: s escapes to heap in structAboveLimit:
./size_var.go:27:6:   flow: {heap} ← &s:
./size_var.go:27:6:     from s (too large for stack) at ./size_var.go:27:6
./size_var.go:27:6: moved to heap: s
./size_var.go:39:6: a escapes to heap in intsAboveLimit:
./size_var.go:39:6:   flow: {heap} ← &a:
./size_var.go:39:6:     from a (too large for stack) at ./size_var.go:39:6
./size_var.go:39:6: moved to heap: a
./size_var.go:45:2: x escapes to heap in largeArrayLiteral:
./size_var.go:45:2:   flow: {heap} ← &x:
./size_var.go:45:2:     from x (too large for stack) at ./size_var.go:45:2
./size_var.go:45:2: moved to heap: x
