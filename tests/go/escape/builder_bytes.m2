./builder_bytes.go:15:7: parameter r leaks to {heap} for (*Report).Line with derefs=1:
./builder_bytes.go:15:7:   flow: {temp} ← r:
./builder_bytes.go:15:7:     from r.b (dot of pointer) at ./builder_bytes.go:16:3
./builder_bytes.go:15:7:     from r.b (address-of) at ./builder_bytes.go:16:5
./builder_bytes.go:15:7:     from (*strings.Builder).WriteString(r.b, s) (call parameter) at ./builder_bytes.go:16:17
./builder_bytes.go:15:7:   flow: {heap} ← *{temp}:
./builder_bytes.go:15:7: leaking param content: r
./builder_bytes.go:15:23: s does not escape
./builder_bytes.go:21:7: parameter r leaks to ~r0 for (*Report).String with derefs=1:
./builder_bytes.go:21:7:   flow: ~r0 ← *r:
./builder_bytes.go:21:7:     from r.b (dot of pointer) at ./builder_bytes.go:21:44
./builder_bytes.go:21:7:     from r.b (address-of) at ./builder_bytes.go:21:46
./builder_bytes.go:21:7:     from (*strings.Builder).String(r.b) (call parameter) at ./builder_bytes.go:21:53
./builder_bytes.go:21:7:     from return (*strings.Builder).String(r.b) (return) at ./builder_bytes.go:21:36
./builder_bytes.go:21:7: leaking param: r to result ~r0 level=1
./builder_bytes.go:23:17: words does not escape
./builder_bytes.go:35:8: &strings.Builder{} escapes to heap in buildPtr:
./builder_bytes.go:35:8:   flow: sb ← &{storage for &strings.Builder{}}:
./builder_bytes.go:35:8:     from &strings.Builder{} (spill) at ./builder_bytes.go:35:8
./builder_bytes.go:35:8:     from sb := &strings.Builder{} (assign) at ./builder_bytes.go:35:5
./builder_bytes.go:35:8:   flow: ~r0 ← sb:
./builder_bytes.go:35:8:     from return sb (return) at ./builder_bytes.go:39:2
./builder_bytes.go:34:15: words does not escape
./builder_bytes.go:35:8: &strings.Builder{} escapes to heap
./builder_bytes.go:63:25: []string{...} does not escape
