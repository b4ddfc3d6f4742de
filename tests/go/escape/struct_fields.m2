./struct_fields.go:29:2: o escapes to heap in fieldAddrEscapes:
./struct_fields.go:29:2:   flow: {heap} ← &o:
./struct_fields.go:29:2:     from o.Inner (dot) at ./struct_fields.go:30:14
./struct_fields.go:29:2:     from o.Inner.n (dot) at ./struct_fields.go:30:20
./struct_fields.go:29:2:     from &o.Inner.n (address-of) at ./struct_fields.go:30:12
./struct_fields.go:29:2:     from keepInt = &o.Inner.n (assign) at ./struct_fields.go:30:10
./struct_fields.go:29:2: moved to heap: o
./struct_fields.go:34:2: o escapes to heap in embeddedAddr:
./struct_fields.go:34:2:   flow: ~r0 ← &o:
./struct_fields.go:34:2:     from o.Inner (dot) at ./struct_fields.go:35:11
./struct_fields.go:34:2:     from &o.Inner (address-of) at ./struct_fields.go:35:9
./struct_fields.go:34:2:     from return &o.Inner (return) at ./struct_fields.go:35:2
./struct_fields.go:34:2: moved to heap: o
./struct_fields.go:39:22: &Inner{...} does not escape
./struct_fields.go:44:22: &Inner{...} escapes to heap in embeddedPtrEscapes:
./struct_fields.go:44:22:   flow: w ← &{storage for &Inner{...}}:
./struct_fields.go:44:22:     from &Inner{...} (spill) at ./struct_fields.go:44:22
./struct_fields.go:44:22:     from Wrapper{...} (struct literal element) at ./struct_fields.go:44:14
./struct_fields.go:44:22:     from w := Wrapper{...} (assign) at ./struct_fields.go:44:4
./struct_fields.go:44:22:   flow: ~r0 ← w:
./struct_fields.go:44:22:     from w.Inner (dot) at ./struct_fields.go:45:10
./struct_fields.go:44:22:     from return w.Inner (return) at ./struct_fields.go:45:2
./struct_fields.go:44:22: &Inner{...} escapes to heap
./struct_fields.go:48:20: w does not escape
./struct_fields.go:53:2: in escapes to heap in storePtrField:
./struct_fields.go:53:2:   flow: {heap} ← &in:
./struct_fields.go:53:2:     from &in (address-of) at ./struct_fields.go:54:10
./struct_fields.go:53:2:     from o.ptr = &in (assign) at ./struct_fields.go:54:8
./struct_fields.go:52:20: o does not escape
./struct_fields.go:53:2: moved to heap: in
./struct_fields.go:57:17: parameter o leaks to ~r0 for copyStruct with derefs=0:
./struct_fields.go:57:17:   flow: c ← o:
./struct_fields.go:57:17:     from c := o (assign) at ./struct_fields.go:58:4
./struct_fields.go:57:17:   flow: ~r0 ← c:
./struct_fields.go:57:17:     from return c (return) at ./struct_fields.go:60:2
./struct_fields.go:57:17: leaking param: o to result ~r0 level=0
./struct_fields.go:64:9: &Outer{...} escapes to heap in nestedLiteral:
./struct_fields.go:64:9:   flow: ~r0 ← &{storage for &Outer{...}}:
./struct_fields.go:64:9:     from &Outer{...} (spill) at ./struct_fields.go:64:9
./struct_fields.go:64:9:     from return &Outer{...} (return) at ./struct_fields.go:64:2
./struct_fields.go:64:21: &Inner{...} escapes to heap in nestedLiteral:
./struct_fields.go:64:21:   flow: {storage for &Outer{...}} ← &{storage for &Inner{...}}:
./struct_fields.go:64:21:     from &Inner{...} (spill) at ./struct_fields.go:64:21
./struct_fields.go:64:21:     from Outer{...} (struct literal element) at ./struct_fields.go:64:15
./struct_fields.go:64:9: &Outer{...} escapes to heap
./struct_fields.go:64:21: &Inner{...} escapes to heap
./struct_fields.go:67:16: parameter o leaks to {heap} for keepField with derefs=1:
./struct_fields.go:67:16:   flow: {heap} ← *o:
./struct_fields.go:67:16:     from o.ptr (dot of pointer) at ./struct_fields.go:68:15
./struct_fields.go:67:16:     from keepInner = o.ptr (assign) at ./struct_fields.go:68:12
./struct_fields.go:67:16: leaking param content: o
./struct_fields.go:77:20: &Wrapper{...} does not escape
./struct_fields.go:77:36: &Inner{} does not escape
./struct_fields.go:78:16: &Outer{} does not escape
./struct_fields.go:81:12: &Outer{} does not escape
