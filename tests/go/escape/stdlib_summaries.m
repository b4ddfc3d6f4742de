./stdlib_summaries.go:19:16: s does not escape
./stdlib_summaries.go:19:19: p does not escape
./stdlib_summaries.go:21:12: s does not escape
./stdlib_summaries.go:21:15: sub does not escape
./stdlib_summaries.go:23:12: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:25:14: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:27:17: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:29:10: leaking param: s to result ~r0 level=0
./stdlib_summaries.go:29:10: leaking param: s to result ~r1 level=0
./stdlib_summaries.go:34:11: leaking param: parts to result ~r0 level=1
./stdlib_summaries.go:36:16: leaking param: s
./stdlib_summaries.go:38:12: s does not escape
./stdlib_summaries.go:40:15: s does not escape
./stdlib_summaries.go:50:16: leaking param: b to result ~r0 level=0
./stdlib_summaries.go:52:18: s does not escape
./stdlib_summaries.go:54:17: s does not escape
./stdlib_summaries.go:56:15: leaking param: msg
./stdlib_summaries.go:58:13: leaking param: err
./stdlib_summaries.go:62:14: s does not escape
./stdlib_summaries.go:64:13: b does not escape
