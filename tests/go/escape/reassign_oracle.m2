./reassign_oracle.go:14:14: 10 escapes to heap in once:
./reassign_oracle.go:14:14:   flow: {storage for ... argument} ← &{storage for 10}:
./reassign_oracle.go:14:14:     from 10 (spill) at ./reassign_oracle.go:14:14
./reassign_oracle.go:14:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:14:13
./reassign_oracle.go:14:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:14:14:     from ... argument (spill) at ./reassign_oracle.go:14:13
./reassign_oracle.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:14:13
./reassign_oracle.go:14:13: ... argument does not escape
./reassign_oracle.go:14:14: 10 escapes to heap
./reassign_oracle.go:21:14: 20 escapes to heap in onceVar:
./reassign_oracle.go:21:14:   flow: {storage for ... argument} ← &{storage for 20}:
./reassign_oracle.go:21:14:     from 20 (spill) at ./reassign_oracle.go:21:14
./reassign_oracle.go:21:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:21:14:     from ... argument (spill) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:17: 21 escapes to heap in onceVar:
./reassign_oracle.go:21:17:   flow: {storage for ... argument} ← &{storage for 21}:
./reassign_oracle.go:21:17:     from 21 (spill) at ./reassign_oracle.go:21:17
./reassign_oracle.go:21:17:     from ... argument (slice-literal-element) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:17:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:21:17:     from ... argument (spill) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:20: int64(22) escapes to heap in onceVar:
./reassign_oracle.go:21:20:   flow: {storage for ... argument} ← &{storage for int64(22)}:
./reassign_oracle.go:21:20:     from int64(22) (spill) at ./reassign_oracle.go:21:20
./reassign_oracle.go:21:20:     from ... argument (slice-literal-element) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:20:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:21:20:     from ... argument (spill) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:20:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:21:13
./reassign_oracle.go:21:13: ... argument does not escape
./reassign_oracle.go:21:14: 20 escapes to heap
./reassign_oracle.go:21:17: 21 escapes to heap
./reassign_oracle.go:21:20: int64(22) escapes to heap
./reassign_oracle.go:27:14: x escapes to heap in reassigned:
./reassign_oracle.go:27:14:   flow: {storage for ... argument} ← &{storage for x}:
./reassign_oracle.go:27:14:     from x (spill) at ./reassign_oracle.go:27:14
./reassign_oracle.go:27:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:27:13
./reassign_oracle.go:27:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:27:14:     from ... argument (spill) at ./reassign_oracle.go:27:13
./reassign_oracle.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:27:13
./reassign_oracle.go:27:13: ... argument does not escape
./reassign_oracle.go:27:14: x escapes to heap
./reassign_oracle.go:33:14: x escapes to heap in incremented:
./reassign_oracle.go:33:14:   flow: {storage for ... argument} ← &{storage for x}:
./reassign_oracle.go:33:14:     from x (spill) at ./reassign_oracle.go:33:14
./reassign_oracle.go:33:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:33:13
./reassign_oracle.go:33:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:33:14:     from ... argument (spill) at ./reassign_oracle.go:33:13
./reassign_oracle.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:33:13
./reassign_oracle.go:33:13: ... argument does not escape
./reassign_oracle.go:33:14: x escapes to heap
./reassign_oracle.go:40:14: x escapes to heap in addressTaken:
./reassign_oracle.go:40:14:   flow: {storage for ... argument} ← &{storage for x}:
./reassign_oracle.go:40:14:     from x (spill) at ./reassign_oracle.go:40:14
./reassign_oracle.go:40:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:40:13
./reassign_oracle.go:40:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:40:14:     from ... argument (spill) at ./reassign_oracle.go:40:13
./reassign_oracle.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:40:13
./reassign_oracle.go:40:13: ... argument does not escape
./reassign_oracle.go:40:14: x escapes to heap
./reassign_oracle.go:44:14: n escapes to heap in param:
./reassign_oracle.go:44:14:   flow: {storage for ... argument} ← &{storage for n}:
./reassign_oracle.go:44:14:     from n (spill) at ./reassign_oracle.go:44:14
./reassign_oracle.go:44:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:44:13
./reassign_oracle.go:44:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:44:14:     from ... argument (spill) at ./reassign_oracle.go:44:13
./reassign_oracle.go:44:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:44:13
./reassign_oracle.go:44:13: ... argument does not escape
./reassign_oracle.go:44:14: n escapes to heap
./reassign_oracle.go:48:14: global escapes to heap in globalVar:
./reassign_oracle.go:48:14:   flow: {storage for ... argument} ← &{storage for global}:
./reassign_oracle.go:48:14:     from global (spill) at ./reassign_oracle.go:48:14
./reassign_oracle.go:48:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:48:13
./reassign_oracle.go:48:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:48:14:     from ... argument (spill) at ./reassign_oracle.go:48:13
./reassign_oracle.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:48:13
./reassign_oracle.go:48:13: ... argument does not escape
./reassign_oracle.go:48:14: global escapes to heap
./reassign_oracle.go:53:14: Celsius(36.6) escapes to heap in namedType:
./reassign_oracle.go:53:14:   flow: {storage for ... argument} ← &{storage for Celsius(36.6)}:
./reassign_oracle.go:53:14:     from Celsius(36.6) (spill) at ./reassign_oracle.go:53:14
./reassign_oracle.go:53:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:53:13
./reassign_oracle.go:53:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:53:14:     from ... argument (spill) at ./reassign_oracle.go:53:13
./reassign_oracle.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:53:13
./reassign_oracle.go:54:21: float64(c) escapes to heap in namedType:
./reassign_oracle.go:54:21:   flow: {storage for ... argument} ← &{storage for float64(c)}:
./reassign_oracle.go:54:21:     from float64(c) (spill) at ./reassign_oracle.go:54:21
./reassign_oracle.go:54:21:     from ... argument (slice-literal-element) at ./reassign_oracle.go:54:13
./reassign_oracle.go:54:21:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:54:21:     from ... argument (spill) at ./reassign_oracle.go:54:13
./reassign_oracle.go:54:21:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:54:13
./reassign_oracle.go:53:13: ... argument does not escape
./reassign_oracle.go:53:14: Celsius(36.6) escapes to heap
./reassign_oracle.go:54:13: ... argument does not escape
./reassign_oracle.go:54:21: float64(c) escapes to heap
./reassign_oracle.go:59:14: "text" escapes to heap in stringConst:
./reassign_oracle.go:59:14:   flow: {storage for ... argument} ← &{storage for "text"}:
./reassign_oracle.go:59:14:     from "text" (spill) at ./reassign_oracle.go:59:14
./reassign_oracle.go:59:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:59:13
./reassign_oracle.go:59:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:59:14:     from ... argument (spill) at ./reassign_oracle.go:59:13
./reassign_oracle.go:59:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:59:13
./reassign_oracle.go:61:14: t escapes to heap in stringConst:
./reassign_oracle.go:61:14:   flow: {storage for ... argument} ← &{storage for t}:
./reassign_oracle.go:61:14:     from t (spill) at ./reassign_oracle.go:61:14
./reassign_oracle.go:61:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:61:13
./reassign_oracle.go:61:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:61:14:     from ... argument (spill) at ./reassign_oracle.go:61:13
./reassign_oracle.go:61:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:61:13
./reassign_oracle.go:60:9: s + "!" escapes to heap in stringConst:
./reassign_oracle.go:60:9:   flow: t ← &{storage for s + "!"}:
./reassign_oracle.go:60:9:     from s + "!" (spill) at ./reassign_oracle.go:60:9
./reassign_oracle.go:60:9:     from t := s + "!" (assign) at ./reassign_oracle.go:60:4
./reassign_oracle.go:60:9:   flow: {storage for t} ← t:
./reassign_oracle.go:60:9:     from t (interface-converted) at ./reassign_oracle.go:61:14
./reassign_oracle.go:59:13: ... argument does not escape
./reassign_oracle.go:59:14: "text" escapes to heap
./reassign_oracle.go:60:9: s + "!" escapes to heap
./reassign_oracle.go:61:13: ... argument does not escape
./reassign_oracle.go:61:14: t escapes to heap
./reassign_oracle.go:66:14: 3 escapes to heap in fromCall:
./reassign_oracle.go:66:14:   flow: {storage for ... argument} ← &{storage for 3}:
./reassign_oracle.go:66:14:     from 3 (spill) at ./reassign_oracle.go:66:14
./reassign_oracle.go:66:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:66:13
./reassign_oracle.go:66:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:66:14:     from ... argument (spill) at ./reassign_oracle.go:66:13
./reassign_oracle.go:66:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:66:13
./reassign_oracle.go:66:13: ... argument does not escape
./reassign_oracle.go:66:14: 3 escapes to heap
./reassign_oracle.go:70:2: capturedReadOnly capturing by value: x (addr=false assign=false width=8)
./reassign_oracle.go:71:28: 60 escapes to heap in capturedReadOnly.func1:
./reassign_oracle.go:71:28:   flow: {storage for ... argument} ← &{storage for 60}:
./reassign_oracle.go:71:28:     from 60 (spill) at ./reassign_oracle.go:71:28
./reassign_oracle.go:71:28:     from ... argument (slice-literal-element) at ./reassign_oracle.go:71:27
./reassign_oracle.go:71:28:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:71:28:     from ... argument (spill) at ./reassign_oracle.go:71:27
./reassign_oracle.go:71:28:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:71:27
./reassign_oracle.go:71:7: func literal does not escape
./reassign_oracle.go:71:27: ... argument does not escape
./reassign_oracle.go:71:28: 60 escapes to heap
./reassign_oracle.go:76:2: capturedChanged capturing by ref: x (addr=false assign=true width=8)
./reassign_oracle.go:79:14: x escapes to heap in capturedChanged:
./reassign_oracle.go:79:14:   flow: {storage for ... argument} ← &{storage for x}:
./reassign_oracle.go:79:14:     from x (spill) at ./reassign_oracle.go:79:14
./reassign_oracle.go:79:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:79:13
./reassign_oracle.go:79:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:79:14:     from ... argument (spill) at ./reassign_oracle.go:79:13
./reassign_oracle.go:79:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:79:13
./reassign_oracle.go:77:7: func literal does not escape
./reassign_oracle.go:79:13: ... argument does not escape
./reassign_oracle.go:79:14: x escapes to heap
./reassign_oracle.go:89:14: x escapes to heap in branches:
./reassign_oracle.go:89:14:   flow: {storage for ... argument} ← &{storage for x}:
./reassign_oracle.go:89:14:     from x (spill) at ./reassign_oracle.go:89:14
./reassign_oracle.go:89:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:89:13
./reassign_oracle.go:89:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:89:14:     from ... argument (spill) at ./reassign_oracle.go:89:13
./reassign_oracle.go:89:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:89:13
./reassign_oracle.go:89:13: ... argument does not escape
./reassign_oracle.go:89:14: x escapes to heap
./reassign_oracle.go:94:14: true escapes to heap in boolConst:
./reassign_oracle.go:94:14:   flow: {storage for ... argument} ← &{storage for true}:
./reassign_oracle.go:94:14:     from true (spill) at ./reassign_oracle.go:94:14
./reassign_oracle.go:94:14:     from ... argument (slice-literal-element) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:14:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:94:14:     from ... argument (spill) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:14:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:18: !ok escapes to heap in boolConst:
./reassign_oracle.go:94:18:   flow: {storage for ... argument} ← &{storage for !ok}:
./reassign_oracle.go:94:18:     from !ok (spill) at ./reassign_oracle.go:94:18
./reassign_oracle.go:94:18:     from ... argument (slice-literal-element) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:18:   flow: {heap} ← {storage for ... argument}:
./reassign_oracle.go:94:18:     from ... argument (spill) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:18:     from fmt.Println(... argument...) (call parameter) at ./reassign_oracle.go:94:13
./reassign_oracle.go:94:13: ... argument does not escape
./reassign_oracle.go:94:14: true escapes to heap
./reassign_oracle.go:94:18: !ok escapes to heap
