./seed004_escapes.go:11:2: moved to heap: x
./seed004_escapes.go:15:18: ch does not escape
./seed004_escapes.go:16:2: moved to heap: x
./seed004_escapes.go:22:9: func literal escapes to heap
./seed004_escapes.go:23:14: ... argument does not escape
./seed004_escapes.go:23:15: 42 escapes to heap
./seed004_escapes.go:28:2: moved to heap: x
./seed004_escapes.go:29:17: append escapes to heap
./seed004_escapes.go:33:2: moved to heap: x
./seed004_escapes.go:34:13: ... argument does not escape
./seed004_escapes.go:34:14: x escapes to heap
