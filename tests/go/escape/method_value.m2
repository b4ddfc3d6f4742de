./method_value.go:6:7: c does not escape
./method_value.go:8:7: c does not escape
./method_value.go:14:8: c.Inc does not escape
./method_value.go:22:8: c.Get does not escape
./method_value.go:28:10: c.Inc escapes to heap in escapingMethodValue:
./method_value.go:28:10:   flow: ~r0 ← &{storage for c.Inc}:
./method_value.go:28:10:     from c.Inc (spill) at ./method_value.go:28:10
./method_value.go:28:10:     from return c.Inc (return) at ./method_value.go:28:2
./method_value.go:27:7: &Counter{} escapes to heap in escapingMethodValue:
./method_value.go:27:7:   flow: c ← &{storage for &Counter{}}:
./method_value.go:27:7:     from &Counter{} (spill) at ./method_value.go:27:7
./method_value.go:27:7:     from c := &Counter{} (assign) at ./method_value.go:27:4
./method_value.go:27:7:   flow: {temp} ← c:
./method_value.go:27:7:   flow: {storage for c.Inc} ← {temp}:
./method_value.go:27:7: &Counter{} escapes to heap
./method_value.go:28:10: c.Inc escapes to heap
./method_value.go:33:11: c.Inc escapes to heap in globalMethodValue:
./method_value.go:33:11:   flow: {heap} ← &{storage for c.Inc}:
./method_value.go:33:11:     from c.Inc (spill) at ./method_value.go:33:11
./method_value.go:33:11:     from saved = c.Inc (assign) at ./method_value.go:33:8
./method_value.go:32:6: c escapes to heap in globalMethodValue:
./method_value.go:32:6:   flow: {temp} ← &c:
./method_value.go:32:6:     from c (address-of) at ./method_value.go:33:11
./method_value.go:32:6:   flow: {storage for c.Inc} ← {temp}:
./method_value.go:32:6: moved to heap: c
./method_value.go:33:11: c.Inc escapes to heap
./method_value.go:42:21: f does not escape
./method_value.go:48:18: c.Add does not escape
