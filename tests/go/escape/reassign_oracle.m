./reassign_oracle.go:14:13: ... argument does not escape
./reassign_oracle.go:14:14: 10 escapes to heap
./reassign_oracle.go:21:13: ... argument does not escape
./reassign_oracle.go:21:14: 20 escapes to heap
./reassign_oracle.go:21:17: 21 escapes to heap
./reassign_oracle.go:21:20: int64(22) escapes to heap
./reassign_oracle.go:27:13: ... argument does not escape
./reassign_oracle.go:27:14: x escapes to heap
./reassign_oracle.go:33:13: ... argument does not escape
./reassign_oracle.go:33:14: x escapes to heap
./reassign_oracle.go:40:13: ... argument does not escape
./reassign_oracle.go:40:14: x escapes to heap
./reassign_oracle.go:44:13: ... argument does not escape
./reassign_oracle.go:44:14: n escapes to heap
./reassign_oracle.go:48:13: ... argument does not escape
./reassign_oracle.go:48:14: global escapes to heap
./reassign_oracle.go:53:13: ... argument does not escape
./reassign_oracle.go:53:14: Celsius(36.6) escapes to heap
./reassign_oracle.go:54:13: ... argument does not escape
./reassign_oracle.go:54:21: float64(c) escapes to heap
./reassign_oracle.go:59:13: ... argument does not escape
./reassign_oracle.go:59:14: "text" escapes to heap
./reassign_oracle.go:60:9: s + "!" escapes to heap
./reassign_oracle.go:61:13: ... argument does not escape
./reassign_oracle.go:61:14: t escapes to heap
./reassign_oracle.go:66:13: ... argument does not escape
./reassign_oracle.go:66:14: 3 escapes to heap
./reassign_oracle.go:71:7: func literal does not escape
./reassign_oracle.go:71:27: ... argument does not escape
./reassign_oracle.go:71:28: 60 escapes to heap
./reassign_oracle.go:77:7: func literal does not escape
./reassign_oracle.go:79:13: ... argument does not escape
./reassign_oracle.go:79:14: x escapes to heap
./reassign_oracle.go:89:13: ... argument does not escape
./reassign_oracle.go:89:14: x escapes to heap
./reassign_oracle.go:94:13: ... argument does not escape
./reassign_oracle.go:94:14: true escapes to heap
./reassign_oracle.go:94:18: !ok escapes to heap
