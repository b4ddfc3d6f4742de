./struct_results.go:15:2: a escapes to heap in span:
./struct_results.go:15:2:   flow: ~r0 ← &a:
./struct_results.go:15:2:     from &a (address-of) at ./struct_results.go:16:14
./struct_results.go:15:2:     from Span{...} (struct literal element) at ./struct_results.go:16:13
./struct_results.go:15:2:     from return Span{...} (return) at ./struct_results.go:16:2
./struct_results.go:15:5: b escapes to heap in span:
./struct_results.go:15:5:   flow: ~r0 ← &b:
./struct_results.go:15:5:     from &b (address-of) at ./struct_results.go:16:18
./struct_results.go:15:5:     from Span{...} (struct literal element) at ./struct_results.go:16:13
./struct_results.go:15:5:     from return Span{...} (return) at ./struct_results.go:16:2
./struct_results.go:15:2: moved to heap: a
./struct_results.go:15:5: moved to heap: b
./struct_results.go:20:2: arr escapes to heap in view:
./struct_results.go:20:2:   flow: ~r0 ← &arr:
./struct_results.go:20:2:     from arr (address-of) at ./struct_results.go:21:23
./struct_results.go:20:2:     from arr[:] (slice) at ./struct_results.go:21:23
./struct_results.go:20:2:     from View{...} (struct literal element) at ./struct_results.go:21:13
./struct_results.go:20:2:     from return View{...} (return) at ./struct_results.go:21:2
./struct_results.go:20:2: moved to heap: arr
./struct_results.go:24:13: parameter s leaks to ~r0 for viewOf with derefs=0:
./struct_results.go:24:13:   flow: ~r0 ← s:
./struct_results.go:24:13:     from View{...} (struct literal element) at ./struct_results.go:25:13
./struct_results.go:24:13:     from return View{...} (return) at ./struct_results.go:25:2
./struct_results.go:24:22: parameter name leaks to ~r0 for viewOf with derefs=0:
./struct_results.go:24:22:   flow: ~r0 ← name:
./struct_results.go:24:22:     from View{...} (struct literal element) at ./struct_results.go:25:13
./struct_results.go:24:22:     from return View{...} (return) at ./struct_results.go:25:2
./struct_results.go:24:13: leaking param: s to result ~r0 level=0
./struct_results.go:24:22: leaking param: name to result ~r0 level=0
./struct_results.go:28:15: parameter b leaks to ~r2 for three with derefs=0:
./struct_results.go:28:15:   flow: ~r2 ← b:
./struct_results.go:28:15:     from return c, a, b (return) at ./struct_results.go:29:2
./struct_results.go:28:12: parameter a leaks to ~r1 for three with derefs=0:
./struct_results.go:28:12:   flow: ~r1 ← a:
./struct_results.go:28:12:     from return c, a, b (return) at ./struct_results.go:29:2
./struct_results.go:28:18: parameter c leaks to ~r0 for three with derefs=0:
./struct_results.go:28:18:   flow: ~r0 ← c:
./struct_results.go:28:18:     from return c, a, b (return) at ./struct_results.go:29:2
./struct_results.go:28:12: leaking param: a to result ~r1 level=0
./struct_results.go:28:15: leaking param: b to result ~r2 level=0
./struct_results.go:28:18: leaking param: c to result ~r0 level=0
./struct_results.go:32:14: v does not escape
