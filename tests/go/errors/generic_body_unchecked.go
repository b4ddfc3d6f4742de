package main

// Errors in generic bodies are reported once, in terms of the type
// parameters, whether or not the function is instantiated.
func F[T any](x T) T {
	y := 1       // ERROR "declared and not used: y"
	return x + x // ERROR "invalid operation: operator \+ not defined on x \(variable of type T constrained by any\)"
}

func G[T any](x T) {
	x.Foo() // ERROR "x.Foo undefined \(type T has no field or method Foo\)"
}

func main() {
	G(1)
	G("s")
}
