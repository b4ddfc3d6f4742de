package main

func G[T, U any](x T, y U) {}

func main() {
	g := G[int] // ERROR "cannot infer U \(declared at ./generic_partial_inst.go:3:11\)"
	_ = g
	G[int](1, "inferred U in a call is fine")
}
