./assign_flows.go:13:2: moved to heap: x
./assign_flows.go:28:2: moved to heap: x
./assign_flows.go:42:2: moved to heap: x
./assign_flows.go:42:5: moved to heap: y
./assign_flows.go:55:2: moved to heap: x
./assign_flows.go:55:5: moved to heap: y
