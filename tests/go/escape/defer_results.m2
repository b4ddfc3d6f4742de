./defer_results.go:15:7: f does not escape
./defer_results.go:24:9: &File{...} escapes to heap in open:
./defer_results.go:24:9:   flow: ~r0 ← &{storage for &File{...}}:
./defer_results.go:24:9:     from &File{...} (spill) at ./defer_results.go:24:9
./defer_results.go:24:9:     from return &File{...}, nil (return) at ./defer_results.go:24:2
./defer_results.go:20:11: parameter name leaks to {storage for &File{...}} for open with derefs=0:
./defer_results.go:20:11:   flow: {storage for &File{...}} ← name:
./defer_results.go:20:11:     from File{...} (struct literal element) at ./defer_results.go:24:14
./defer_results.go:20:11: leaking param: name
./defer_results.go:24:9: &File{...} escapes to heap
./defer_results.go:28:2: process capturing by value: f (addr=false assign=false width=8)
./defer_results.go:27:28: process capturing by ref: err (addr=false assign=true width=16)
./defer_results.go:27:14: parameter name leaks to {heap} for process with derefs=0:
./defer_results.go:27:14:   flow: {heap} ← name:
./defer_results.go:27:14:     from open(name) (call parameter) at ./defer_results.go:28:16
./defer_results.go:27:14: leaking param: name
./defer_results.go:32:8: func literal does not escape
./defer_results.go:40:17: counted capturing by ref: n (addr=false assign=true width=8)
./defer_results.go:41:8: func literal does not escape
./defer_results.go:46:32: safeDiv capturing by ref: err (addr=false assign=true width=16)
./defer_results.go:47:8: func literal does not escape
./defer_results.go:49:20: ... argument does not escape
./defer_results.go:57:2: cleanup capturing by ref: steps (addr=false assign=true width=24)
./defer_results.go:59:17: append(steps, "done") escapes to heap in cleanup.func1:
./defer_results.go:59:17:   flow: steps ← &{storage for append(steps, "done")}:
./defer_results.go:59:17:     from append(steps, "done") (spill) at ./defer_results.go:59:17
./defer_results.go:59:17:     from steps = append(steps, "done") (assign) at ./defer_results.go:59:9
./defer_results.go:59:17:   flow: {temp} ← steps:
./defer_results.go:59:17:     from append(steps, "work") (call parameter) at ./defer_results.go:61:16
./defer_results.go:57:19: []string{} does not escape
./defer_results.go:58:8: func literal does not escape
./defer_results.go:59:17: append escapes to heap
./defer_results.go:61:16: append does not escape
./defer_results.go:65:13: timing capturing by value: label (addr=false assign=false width=16)
./defer_results.go:66:2: timing capturing by value: start (addr=false assign=false width=8)
./defer_results.go:68:15: label escapes to heap in timing.func1:
./defer_results.go:68:15:   flow: {storage for ... argument} ← &{storage for label}:
./defer_results.go:68:15:     from label (spill) at ./defer_results.go:68:15
./defer_results.go:68:15:     from ... argument (slice-literal-element) at ./defer_results.go:68:14
./defer_results.go:68:15:   flow: {heap} ← {storage for ... argument}:
./defer_results.go:68:15:     from ... argument (spill) at ./defer_results.go:68:14
./defer_results.go:68:15:     from fmt.Println(... argument...) (call parameter) at ./defer_results.go:68:14
./defer_results.go:68:22: 0 escapes to heap in timing.func1:
./defer_results.go:68:22:   flow: {storage for ... argument} ← &{storage for 0}:
./defer_results.go:68:22:     from 0 (spill) at ./defer_results.go:68:22
./defer_results.go:68:22:     from ... argument (slice-literal-element) at ./defer_results.go:68:14
./defer_results.go:68:22:   flow: {heap} ← {storage for ... argument}:
./defer_results.go:68:22:     from ... argument (spill) at ./defer_results.go:68:14
./defer_results.go:68:22:     from fmt.Println(... argument...) (call parameter) at ./defer_results.go:68:14
./defer_results.go:65:13: parameter label leaks to {storage for label} for timing with derefs=0:
./defer_results.go:65:13:   flow: {storage for label} ← label:
./defer_results.go:65:13:     from label (interface-converted) at ./defer_results.go:68:15
./defer_results.go:67:9: func literal escapes to heap in timing:
./defer_results.go:67:9:   flow: ~r0 ← &{storage for func literal}:
./defer_results.go:67:9:     from func literal (spill) at ./defer_results.go:67:9
./defer_results.go:67:9:     from return func literal (return) at ./defer_results.go:67:2
./defer_results.go:65:13: parameter label leaks to {storage for func literal} for timing with derefs=0:
./defer_results.go:65:13:   flow: {storage for func literal} ← label:
./defer_results.go:65:13:     from label (captured by a closure) at ./defer_results.go:68:15
./defer_results.go:65:13: leaking param: label
./defer_results.go:67:9: func literal escapes to heap
./defer_results.go:68:14: ... argument does not escape
./defer_results.go:68:15: label escapes to heap
./defer_results.go:68:22: 0 escapes to heap
