./assign_flows.go:13:2: x escapes to heap in chain:
./assign_flows.go:13:2:   flow: p ← &x:
./assign_flows.go:13:2:     from &x (address-of) at ./assign_flows.go:14:7
./assign_flows.go:13:2:     from p := &x (assign) at ./assign_flows.go:14:4
./assign_flows.go:13:2:   flow: q ← p:
./assign_flows.go:13:2:     from q := p (assign) at ./assign_flows.go:15:4
./assign_flows.go:13:2:   flow: r ← q:
./assign_flows.go:13:2:     from r := q (assign) at ./assign_flows.go:16:4
./assign_flows.go:13:2:   flow: {heap} ← r:
./assign_flows.go:13:2:     from sink = r (assign) at ./assign_flows.go:17:7
./assign_flows.go:13:2: moved to heap: x
./assign_flows.go:28:2: x escapes to heap in structCopy:
./assign_flows.go:28:2:   flow: pr ← &x:
./assign_flows.go:28:2:     from &x (address-of) at ./assign_flows.go:29:16
./assign_flows.go:28:2:     from Pair{...} (struct literal element) at ./assign_flows.go:29:12
./assign_flows.go:28:2:     from pr := Pair{...} (assign) at ./assign_flows.go:29:5
./assign_flows.go:28:2:   flow: cp ← pr:
./assign_flows.go:28:2:     from cp := pr (assign) at ./assign_flows.go:30:5
./assign_flows.go:28:2:   flow: {heap} ← cp:
./assign_flows.go:28:2:     from sinkPair = cp (assign) at ./assign_flows.go:31:11
./assign_flows.go:28:2: moved to heap: x
./assign_flows.go:42:2: x escapes to heap in reassignedPtr:
./assign_flows.go:42:2:   flow: p ← &x:
./assign_flows.go:42:2:     from &x (address-of) at ./assign_flows.go:43:7
./assign_flows.go:42:2:     from p := &x (assign) at ./assign_flows.go:43:4
./assign_flows.go:42:2:   flow: {heap} ← p:
./assign_flows.go:42:2:     from sink = p (assign) at ./assign_flows.go:45:7
./assign_flows.go:42:5: y escapes to heap in reassignedPtr:
./assign_flows.go:42:5:   flow: p ← &y:
./assign_flows.go:42:5:     from &y (address-of) at ./assign_flows.go:44:6
./assign_flows.go:42:5:     from p = &y (assign) at ./assign_flows.go:44:4
./assign_flows.go:42:5:   flow: {heap} ← p:
./assign_flows.go:42:5:     from sink = p (assign) at ./assign_flows.go:45:7
./assign_flows.go:42:2: moved to heap: x
./assign_flows.go:42:5: moved to heap: y
./assign_flows.go:55:2: x escapes to heap in condFlow:
./assign_flows.go:55:2:   flow: p ← &x:
./assign_flows.go:55:2:     from &x (address-of) at ./assign_flows.go:58:7
./assign_flows.go:55:2:     from p = &x (assign) at ./assign_flows.go:58:5
./assign_flows.go:55:2:   flow: {heap} ← p:
./assign_flows.go:55:2:     from sink = p (assign) at ./assign_flows.go:62:7
./assign_flows.go:55:5: y escapes to heap in condFlow:
./assign_flows.go:55:5:   flow: p ← &y:
./assign_flows.go:55:5:     from &y (address-of) at ./assign_flows.go:60:7
./assign_flows.go:55:5:     from p = &y (assign) at ./assign_flows.go:60:5
./assign_flows.go:55:5:   flow: {heap} ← p:
./assign_flows.go:55:5:     from sink = p (assign) at ./assign_flows.go:62:7
./assign_flows.go:55:2: moved to heap: x
./assign_flows.go:55:5: moved to heap: y
