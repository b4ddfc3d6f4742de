./return_addr.go:12:2: p escapes to heap in newPointPtr:
./return_addr.go:12:2:   flow: ~r0 ← &p:
./return_addr.go:12:2:     from &p (address-of) at ./return_addr.go:13:9
./return_addr.go:12:2:     from return &p (return) at ./return_addr.go:13:2
./return_addr.go:12:2: moved to heap: p
./return_addr.go:22:9: &Point{...} escapes to heap in newPointLit:
./return_addr.go:22:9:   flow: ~r0 ← &{storage for &Point{...}}:
./return_addr.go:22:9:     from &Point{...} (spill) at ./return_addr.go:22:9
./return_addr.go:22:9:     from return &Point{...} (return) at ./return_addr.go:22:2
./return_addr.go:22:9: &Point{...} escapes to heap
./return_addr.go:26:10: new(Point) escapes to heap in newPointNew:
./return_addr.go:26:10:   flow: p ← &{storage for new(Point)}:
./return_addr.go:26:10:     from new(Point) (spill) at ./return_addr.go:26:10
./return_addr.go:26:10:     from p := new(Point) (assign) at ./return_addr.go:26:4
./return_addr.go:26:10:   flow: ~r0 ← p:
./return_addr.go:26:10:     from return p (return) at ./return_addr.go:28:2
./return_addr.go:26:10: new(Point) escapes to heap
./return_addr.go:32:2: x escapes to heap in newInt:
./return_addr.go:32:2:   flow: ~r0 ← &x:
./return_addr.go:32:2:     from &x (address-of) at ./return_addr.go:33:9
./return_addr.go:32:2:     from return &x (return) at ./return_addr.go:33:2
./return_addr.go:32:2: moved to heap: x
./return_addr.go:37:2: p escapes to heap in addrOfField:
./return_addr.go:37:2:   flow: ~r0 ← &p:
./return_addr.go:37:2:     from p.Y (dot) at ./return_addr.go:38:11
./return_addr.go:37:2:     from &p.Y (address-of) at ./return_addr.go:38:9
./return_addr.go:37:2:     from return &p.Y (return) at ./return_addr.go:38:2
./return_addr.go:37:2: moved to heap: p
./return_addr.go:42:6: a escapes to heap in addrOfElem:
./return_addr.go:42:6:   flow: ~r0 ← &a:
./return_addr.go:42:6:     from a[2] (fixed-array-index-of) at ./return_addr.go:44:11
./return_addr.go:42:6:     from &a[2] (address-of) at ./return_addr.go:44:9
./return_addr.go:42:6:     from return &a[2] (return) at ./return_addr.go:44:2
./return_addr.go:42:6: moved to heap: a
./return_addr.go:48:6: a escapes to heap in sliceOfLocalArray:
./return_addr.go:48:6:   flow: ~r0 ← &a:
./return_addr.go:48:6:     from a (address-of) at ./return_addr.go:49:10
./return_addr.go:48:6:     from a[:] (slice) at ./return_addr.go:49:10
./return_addr.go:48:6:     from return a[:] (return) at ./return_addr.go:49:2
./return_addr.go:48:6: moved to heap: a
./return_addr.go:53:7: &Point{...} does not escape
./return_addr.go:54:10: new(Point) does not escape
./return_addr.go:66:2: a escapes to heap in twoResults:
./return_addr.go:66:2:   flow: ~r0 ← &a:
./return_addr.go:66:2:     from &a (address-of) at ./return_addr.go:67:9
./return_addr.go:66:2:     from return &a, b (return) at ./return_addr.go:67:2
./return_addr.go:66:2: moved to heap: a
./return_addr.go:71:2: v escapes to heap in namedResult:
./return_addr.go:71:2:   flow: r ← &v:
./return_addr.go:71:2:     from &v (address-of) at ./return_addr.go:72:6
./return_addr.go:71:2:     from r = &v (assign) at ./return_addr.go:72:4
./return_addr.go:71:2: moved to heap: v
./return_addr.go:77:2: a escapes to heap in pairOfPtrs:
./return_addr.go:77:2:   flow: ~r0 ← &a:
./return_addr.go:77:2:     from &a (address-of) at ./return_addr.go:78:17
./return_addr.go:77:2:     from Pair{...} (struct literal element) at ./return_addr.go:78:13
./return_addr.go:77:2:     from return Pair{...} (return) at ./return_addr.go:78:2
./return_addr.go:77:5: b escapes to heap in pairOfPtrs:
./return_addr.go:77:5:   flow: ~r0 ← &b:
./return_addr.go:77:5:     from &b (address-of) at ./return_addr.go:78:24
./return_addr.go:77:5:     from Pair{...} (struct literal element) at ./return_addr.go:78:13
./return_addr.go:77:5:     from return Pair{...} (return) at ./return_addr.go:78:2
./return_addr.go:77:2: moved to heap: a
./return_addr.go:77:5: moved to heap: b
./return_addr.go:82:2: p1 escapes to heap in condReturn:
./return_addr.go:82:2:   flow: ~r0 ← &p1:
./return_addr.go:82:2:     from &p1 (address-of) at ./return_addr.go:85:10
./return_addr.go:82:2:     from return &p1 (return) at ./return_addr.go:85:3
./return_addr.go:82:2: moved to heap: p1
