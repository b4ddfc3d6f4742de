./closure_nested.go:6:2: adder capturing by ref: total (addr=false assign=true width=8)
./closure_nested.go:6:2: adder capturing by ref: total (addr=true assign=true width=8)
./closure_nested.go:9:10: func literal escapes to heap in adder.func1:
./closure_nested.go:9:10:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:9:10:     from func literal (spill) at ./closure_nested.go:9:10
./closure_nested.go:9:10:     from return func literal (return) at ./closure_nested.go:9:3
./closure_nested.go:6:2: total escapes to heap in adder:
./closure_nested.go:6:2:   flow: {storage for func literal} ← &total:
./closure_nested.go:6:2:     from total (captured by a closure) at ./closure_nested.go:9:30
./closure_nested.go:6:2:     from total (reference) at ./closure_nested.go:9:30
./closure_nested.go:7:9: func literal escapes to heap in adder:
./closure_nested.go:7:9:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:7:9:     from func literal (spill) at ./closure_nested.go:7:9
./closure_nested.go:7:9:     from return func literal (return) at ./closure_nested.go:7:2
./closure_nested.go:6:2: moved to heap: total
./closure_nested.go:7:9: func literal escapes to heap
./closure_nested.go:9:10: func literal escapes to heap
./closure_nested.go:14:2: localNest capturing by value: a (addr=false assign=false width=8)
./closure_nested.go:14:2: localNest capturing by value: a (addr=false assign=false width=8)
./closure_nested.go:16:3: localNest.func1 capturing by value: b (addr=false assign=false width=8)
./closure_nested.go:15:7: func literal does not escape
./closure_nested.go:17:8: func literal does not escape
./closure_nested.go:26:2: escapeInner capturing by value: a (addr=false assign=false width=8)
./closure_nested.go:26:2: escapeInner capturing by value: a (addr=false assign=false width=8)
./closure_nested.go:28:10: func literal escapes to heap in escapeInner.func1:
./closure_nested.go:28:10:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:28:10:     from func literal (spill) at ./closure_nested.go:28:10
./closure_nested.go:28:10:     from return func literal (return) at ./closure_nested.go:28:3
./closure_nested.go:27:7: func literal does not escape
./closure_nested.go:28:10: func literal escapes to heap
./closure_nested.go:34:6: recursiveClosure capturing by ref: fib (addr=false assign=true width=8)
./closure_nested.go:35:8: func literal does not escape
./closure_nested.go:45:2: counterPair capturing by ref: n (addr=false assign=true width=8)
./closure_nested.go:45:2: counterPair capturing by ref: n (addr=true assign=true width=8)
./closure_nested.go:46:25: func literal escapes to heap in counterPair:
./closure_nested.go:46:25:   flow: ~r1 ← &{storage for func literal}:
./closure_nested.go:46:25:     from func literal (spill) at ./closure_nested.go:46:25
./closure_nested.go:46:25:     from return func literal, func literal (return) at ./closure_nested.go:46:2
./closure_nested.go:45:2: n escapes to heap in counterPair:
./closure_nested.go:45:2:   flow: {storage for func literal} ← &n:
./closure_nested.go:45:2:     from n (captured by a closure) at ./closure_nested.go:46:45
./closure_nested.go:45:2:     from n (reference) at ./closure_nested.go:46:45
./closure_nested.go:46:9: func literal escapes to heap in counterPair:
./closure_nested.go:46:9:   flow: ~r0 ← &{storage for func literal}:
./closure_nested.go:46:9:     from func literal (spill) at ./closure_nested.go:46:9
./closure_nested.go:46:9:     from return func literal, func literal (return) at ./closure_nested.go:46:2
./closure_nested.go:45:2: moved to heap: n
./closure_nested.go:46:9: func literal escapes to heap
./closure_nested.go:46:25: func literal escapes to heap
