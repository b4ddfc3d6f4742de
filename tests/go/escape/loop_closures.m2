./loop_closures.go:9:25: func literal escapes to heap in threeClause:
./loop_closures.go:9:25:   flow: {heap} ← &{storage for func literal}:
./loop_closures.go:9:25:     from func literal (spill) at ./loop_closures.go:9:25
./loop_closures.go:9:25:     from append(saved, func literal) (call parameter) at ./loop_closures.go:9:17
./loop_closures.go:9:17: append(saved, func literal) escapes to heap in threeClause:
./loop_closures.go:9:17:   flow: {heap} ← &{storage for append(saved, func literal)}:
./loop_closures.go:9:17:     from append(saved, func literal) (spill) at ./loop_closures.go:9:17
./loop_closures.go:9:17:     from saved = append(saved, func literal) (assign) at ./loop_closures.go:9:9
./loop_closures.go:8:6: threeClause capturing by value: i (addr=false assign=false width=8)
./loop_closures.go:9:25: func literal escapes to heap
./loop_closures.go:9:17: append escapes to heap
./loop_closures.go:15:25: func literal escapes to heap in threeClauseMutated:
./loop_closures.go:15:25:   flow: {heap} ← &{storage for func literal}:
./loop_closures.go:15:25:     from func literal (spill) at ./loop_closures.go:15:25
./loop_closures.go:15:25:     from append(saved, func literal) (call parameter) at ./loop_closures.go:15:17
./loop_closures.go:15:17: append(saved, func literal) escapes to heap in threeClauseMutated:
./loop_closures.go:15:17:   flow: {heap} ← &{storage for append(saved, func literal)}:
./loop_closures.go:15:17:     from append(saved, func literal) (spill) at ./loop_closures.go:15:17
./loop_closures.go:15:17:     from saved = append(saved, func literal) (assign) at ./loop_closures.go:15:9
./loop_closures.go:14:6: threeClauseMutated capturing by ref: i (addr=false assign=true width=8)
./loop_closures.go:14:6: i escapes to heap in threeClauseMutated:
./loop_closures.go:14:6:   flow: {storage for func literal} ← &i:
./loop_closures.go:14:6:     from i (captured by a closure) at ./loop_closures.go:15:38
./loop_closures.go:14:6:     from i (reference) at ./loop_closures.go:15:38
./loop_closures.go:14:6: moved to heap: i
./loop_closures.go:15:25: func literal escapes to heap
./loop_closures.go:15:17: append escapes to heap
./loop_closures.go:21:25: func literal escapes to heap in rangeInt:
./loop_closures.go:21:25:   flow: {heap} ← &{storage for func literal}:
./loop_closures.go:21:25:     from func literal (spill) at ./loop_closures.go:21:25
./loop_closures.go:21:25:     from append(saved, func literal) (call parameter) at ./loop_closures.go:21:17
./loop_closures.go:21:17: append(saved, func literal) escapes to heap in rangeInt:
./loop_closures.go:21:17:   flow: {heap} ← &{storage for append(saved, func literal)}:
./loop_closures.go:21:17:     from append(saved, func literal) (spill) at ./loop_closures.go:21:17
./loop_closures.go:21:17:     from saved = append(saved, func literal) (assign) at ./loop_closures.go:21:9
./loop_closures.go:20:6: rangeInt capturing by value: i (addr=false assign=false width=8)
./loop_closures.go:21:25: func literal escapes to heap
./loop_closures.go:21:17: append escapes to heap
./loop_closures.go:27:6: localInLoop capturing by value: i (addr=false assign=false width=8)
./loop_closures.go:28:8: func literal does not escape
./loop_closures.go:37:19: func literal escapes to heap in accumulate:
./loop_closures.go:37:19:   flow: {heap} ← &{storage for func literal}:
./loop_closures.go:37:19:     from func literal (spill) at ./loop_closures.go:37:19
./loop_closures.go:37:19:     from append(fs, func literal) (call parameter) at ./loop_closures.go:37:14
./loop_closures.go:36:6: accumulate capturing by value: i (addr=false assign=false width=8)
./loop_closures.go:35:6: accumulate capturing by value: fs (addr=false assign=false width=24)
./loop_closures.go:39:9: func literal escapes to heap in accumulate:
./loop_closures.go:39:9:   flow: ~r0 ← &{storage for func literal}:
./loop_closures.go:39:9:     from func literal (spill) at ./loop_closures.go:39:9
./loop_closures.go:39:9:     from return func literal (return) at ./loop_closures.go:39:2
./loop_closures.go:37:14: append(fs, func literal) escapes to heap in accumulate:
./loop_closures.go:37:14:   flow: fs ← &{storage for append(fs, func literal)}:
./loop_closures.go:37:14:     from append(fs, func literal) (spill) at ./loop_closures.go:37:14
./loop_closures.go:37:14:     from fs = append(fs, func literal) (assign) at ./loop_closures.go:37:6
./loop_closures.go:37:14:   flow: {storage for func literal} ← fs:
./loop_closures.go:37:14:     from fs (captured by a closure) at ./loop_closures.go:41:21
./loop_closures.go:37:19: func literal escapes to heap
./loop_closures.go:37:14: append escapes to heap
./loop_closures.go:39:9: func literal escapes to heap
./loop_closures.go:49:2: outerCapture capturing by ref: sum (addr=false assign=true width=8)
./loop_closures.go:50:6: outerCapture capturing by value: i (addr=false assign=false width=8)
./loop_closures.go:51:10: func literal does not escape
