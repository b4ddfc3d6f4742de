./range_params.go:13:14: items does not escape
./range_params.go:21:15: items does not escape
./range_params.go:29:14: parameter items leaks to {heap} for keepPtr with derefs=1:
./range_params.go:29:14:   flow: {temp} ← items:
./range_params.go:29:14:   flow: it ← *{temp}:
./range_params.go:29:14:     from for loop (range-deref) at ./range_params.go:30:15
./range_params.go:29:14:   flow: {heap} ← it:
./range_params.go:29:14:     from kept = it (assign) at ./range_params.go:32:9
./range_params.go:29:14: leaking param content: items
./range_params.go:37:15: parameter items leaks to {heap} for keepName with derefs=1:
./range_params.go:37:15:   flow: {temp} ← items:
./range_params.go:37:15:   flow: it ← *{temp}:
./range_params.go:37:15:     from for loop (range-deref) at ./range_params.go:38:15
./range_params.go:37:15:   flow: {heap} ← it:
./range_params.go:37:15:     from it.name (dot) at ./range_params.go:39:16
./range_params.go:37:15:     from keptName = it.name (assign) at ./range_params.go:39:12
./range_params.go:37:15: leaking param content: items
./range_params.go:43:16: m does not escape
./range_params.go:51:13: m does not escape
./range_params.go:59:19: parameter m leaks to {heap} for keepMapValue with derefs=1:
./range_params.go:59:19:   flow: {temp} ← m:
./range_params.go:59:19:   flow: v ← *{temp}:
./range_params.go:59:19:     from for loop (range-deref) at ./range_params.go:60:14
./range_params.go:59:19:   flow: {heap} ← v:
./range_params.go:59:19:     from kept = v (assign) at ./range_params.go:61:8
./range_params.go:59:19: leaking param content: m
./range_params.go:65:12: s does not escape
./range_params.go:81:20: a does not escape
./range_params.go:89:16: parameter items leaks to ~r0 for findFirst with derefs=1:
./range_params.go:89:16:   flow: {temp} ← items:
./range_params.go:89:16:   flow: it ← *{temp}:
./range_params.go:89:16:     from for loop (range-deref) at ./range_params.go:90:15
./range_params.go:89:16:   flow: ~r0 ← it:
./range_params.go:89:16:     from return it (return) at ./range_params.go:92:4
./range_params.go:89:16: leaking param: items to result ~r0 level=1
./range_params.go:89:31: name does not escape
./range_params.go:98:11: head does not escape
./range_params.go:116:20: &[8]int{} does not escape
