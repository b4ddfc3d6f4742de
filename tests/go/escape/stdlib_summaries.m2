./stdlib_summaries.go:19:16: s does not escape
./stdlib_summaries.go:19:19: p does not escape
./stdlib_summaries.go:21:12: s does not escape
./stdlib_summaries.go:21:15: sub does not escape
./stdlib_summaries.go:23:12: parameter s leaks to ~r0 for lower with derefs=0:
./stdlib_summaries.go:23:12:   flow: ~r0 ← s:
./stdlib_summaries.go:23:12:     from strings.ToLower(s) (call parameter) at ./stdlib_summaries.go:23:53
./stdlib_summaries.go:23:12:     from return strings.ToLower(s) (return) at ./stdlib_summaries.go:23:31
./stdlib_summaries.go:23:12: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:25:14: parameter s leaks to ~r0 for replace with derefs=0:
./stdlib_summaries.go:25:14:   flow: {temp} ← s:
./stdlib_summaries.go:25:14:     from strings.ReplaceAll(s, "a", "b") (call parameter) at ./stdlib_summaries.go:25:58
./stdlib_summaries.go:25:14:   flow: ~r0 ← {temp}:
./stdlib_summaries.go:25:14:     from return strings.ReplaceAll(s, "a", "b") (return) at ./stdlib_summaries.go:25:33
./stdlib_summaries.go:25:14: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:27:17: parameter s leaks to ~r0 for trimPrefix with derefs=0:
./stdlib_summaries.go:27:17:   flow: ~r0 ← s:
./stdlib_summaries.go:27:17:     from strings.TrimPrefix(s, "x") (call parameter) at ./stdlib_summaries.go:27:61
./stdlib_summaries.go:27:17:     from return strings.TrimPrefix(s, "x") (return) at ./stdlib_summaries.go:27:36
./stdlib_summaries.go:27:17: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:29:10: parameter s leaks to ~r1 for cut with derefs=0:
./stdlib_summaries.go:29:10:   flow: {temp} ← s:
./stdlib_summaries.go:29:10:     from strings.Cut(s, "=") (call parameter) at ./stdlib_summaries.go:30:33
./stdlib_summaries.go:29:10:   flow: .autotmp_6 ← {temp}:
./stdlib_summaries.go:29:10:   flow: after ← .autotmp_6:
./stdlib_summaries.go:29:10:     from before, after, _ := string(.autotmp_5), .autotmp_6, 0 (assign-pair) at ./stdlib_summaries.go:30:19
./stdlib_summaries.go:29:10:   flow: ~r1 ← after:
./stdlib_summaries.go:29:10:     from return before, after (return) at ./stdlib_summaries.go:31:2
./stdlib_summaries.go:29:10: parameter s leaks to ~r0 for cut with derefs=0:
./stdlib_summaries.go:29:10:   flow: {temp} ← s:
./stdlib_summaries.go:29:10:     from strings.Cut(s, "=") (call parameter) at ./stdlib_summaries.go:30:33
./stdlib_summaries.go:29:10:   flow: .autotmp_5 ← {temp}:
./stdlib_summaries.go:29:10:   flow: before ← .autotmp_5:
./stdlib_summaries.go:29:10:     from before, after, _ := string(.autotmp_5), .autotmp_6, 0 (assign-pair) at ./stdlib_summaries.go:30:19
./stdlib_summaries.go:29:10:   flow: ~r0 ← before:
./stdlib_summaries.go:29:10:     from return before, after (return) at ./stdlib_summaries.go:31:2
./stdlib_summaries.go:29:10: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:29:10: leaking param: s to result ~r1 level=0
./stdlib_summaries.go:34:11: parameter parts leaks to ~r0 for join with derefs=1:
./stdlib_summaries.go:34:11:   flow: ~r0 ← *parts:
./stdlib_summaries.go:34:11:     from strings.Join(parts, "/") (call parameter) at ./stdlib_summaries.go:34:55
./stdlib_summaries.go:34:11:     from return strings.Join(parts, "/") (return) at ./stdlib_summaries.go:34:36
./stdlib_summaries.go:34:11: leaking param: parts to result ~r0 level=1
./stdlib_summaries.go:36:16: parameter s leaks to {heap} for splitKeep with derefs=0:
./stdlib_summaries.go:36:16:   flow: {heap} ← s:
./stdlib_summaries.go:36:16:     from strings.Split(s, " ") (call parameter) at ./stdlib_summaries.go:36:52
./stdlib_summaries.go:36:16: leaking param: s
./stdlib_summaries.go:38:12: s does not escape
./stdlib_summaries.go:40:15: s does not escape
./stdlib_summaries.go:50:16: parameter b leaks to ~r0 for appendInt with derefs=0:
./stdlib_summaries.go:50:16:   flow: {temp} ← b:
./stdlib_summaries.go:50:16:     from strconv.AppendInt(b, int64(n), 10) (call parameter) at ./stdlib_summaries.go:50:66
./stdlib_summaries.go:50:16:   flow: ~r0 ← {temp}:
./stdlib_summaries.go:50:16:     from return strconv.AppendInt(b, int64(n), 10) (return) at ./stdlib_summaries.go:50:42
./stdlib_summaries.go:50:16: leaking param: b to result ~r0 level=0
./stdlib_summaries.go:52:18: s does not escape
./stdlib_summaries.go:54:17: s does not escape
./stdlib_summaries.go:56:15: parameter msg leaks to {heap} for newError with derefs=0:
./stdlib_summaries.go:56:15:   flow: {heap} ← msg:
./stdlib_summaries.go:56:15:     from errors.New(msg) (call parameter) at ./stdlib_summaries.go:56:52
./stdlib_summaries.go:56:15: leaking param: msg
./stdlib_summaries.go:58:13: parameter err leaks to {heap} for unwrap with derefs=0:
./stdlib_summaries.go:58:13:   flow: {heap} ← err:
./stdlib_summaries.go:58:13:     from errors.Unwrap(err) (call parameter) at ./stdlib_summaries.go:58:52
./stdlib_summaries.go:58:13: leaking param: err
./stdlib_summaries.go:62:14: s does not escape
./stdlib_summaries.go:64:13: b does not escape
