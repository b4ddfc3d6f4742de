./call_flows.go:10:15: leaking param: n to result ~r0 level=0
./call_flows.go:12:11: leaking param: a to result ~r0 level=0
./call_flows.go:12:14: leaking param: b to result ~r0 level=0
./call_flows.go:19:15: n does not escape
./call_flows.go:21:11: leaking param: n
./call_flows.go:29:2: moved to heap: n
./call_flows.go:34:2: moved to heap: n
./call_flows.go:39:2: moved to heap: a
./call_flows.go:39:5: moved to heap: b
./call_flows.go:49:2: moved to heap: n
./call_flows.go:54:2: moved to heap: n
./call_flows.go:64:18: leaking param: p to result ~r0 level=0
./call_flows.go:67:2: moved to heap: x
