./implicit_addr.go:9:7: c does not escape
./implicit_addr.go:11:7: parameter c leaks to {heap} for (*Counter).Keep with derefs=0:
./implicit_addr.go:11:7:   flow: {heap} ← c:
./implicit_addr.go:11:7:     from last = c (assign) at ./implicit_addr.go:11:33
./implicit_addr.go:11:7: leaking param: c
./implicit_addr.go:13:7: parameter c leaks to ~r0 for (*Counter).Me with derefs=0:
./implicit_addr.go:13:7:   flow: ~r0 ← c:
./implicit_addr.go:13:7:     from return c (return) at ./implicit_addr.go:13:35
./implicit_addr.go:13:7: leaking param: c to result ~r0 level=0
./implicit_addr.go:23:6: c escapes to heap in keepLocal:
./implicit_addr.go:23:6:   flow: {heap} ← &c:
./implicit_addr.go:23:6:     from c (address-of) at ./implicit_addr.go:24:3
./implicit_addr.go:23:6:     from (*Counter).Keep(c) (call parameter) at ./implicit_addr.go:24:8
./implicit_addr.go:23:6: moved to heap: c
./implicit_addr.go:33:6: c escapes to heap in meReturned:
./implicit_addr.go:33:6:   flow: ~r0 ← &c:
./implicit_addr.go:33:6:     from c (address-of) at ./implicit_addr.go:34:10
./implicit_addr.go:33:6:     from (*Counter).Me(c) (call parameter) at ./implicit_addr.go:34:13
./implicit_addr.go:33:6:     from return (*Counter).Me(c) (return) at ./implicit_addr.go:34:2
./implicit_addr.go:33:6: moved to heap: c
./implicit_addr.go:44:6: cs escapes to heap in arrayElemKept:
./implicit_addr.go:44:6:   flow: {heap} ← &cs:
./implicit_addr.go:44:6:     from cs[2] (fixed-array-index-of) at ./implicit_addr.go:45:4
./implicit_addr.go:44:6:     from cs[2] (address-of) at ./implicit_addr.go:45:7
./implicit_addr.go:44:6:     from (*Counter).Keep(cs[2]) (call parameter) at ./implicit_addr.go:45:12
./implicit_addr.go:44:6: moved to heap: cs
./implicit_addr.go:57:16: parameter cs leaks to {heap} for sliceElem with derefs=0:
./implicit_addr.go:57:16:   flow: {heap} ← cs:
./implicit_addr.go:57:16:     from cs[0] (dot of pointer) at ./implicit_addr.go:58:4
./implicit_addr.go:57:16:     from cs[0] (address-of) at ./implicit_addr.go:58:7
./implicit_addr.go:57:16:     from (*Counter).Keep(cs[0]) (call parameter) at ./implicit_addr.go:58:12
./implicit_addr.go:57:16: leaking param: cs
./implicit_addr.go:69:16: make([]Counter, 1) escapes to heap in main:
./implicit_addr.go:69:16:   flow: {heap} ← &{storage for make([]Counter, 1)}:
./implicit_addr.go:69:16:     from make([]Counter, 1) (spill) at ./implicit_addr.go:69:16
./implicit_addr.go:69:16:     from sliceElem(make([]Counter, 1)) (call parameter) at ./implicit_addr.go:69:11
./implicit_addr.go:69:16: make([]Counter, 1) escapes to heap
