// Where do values live? Run it, then ask the compiler:
//
//	burrow run examples/stack_vs_heap.go
//	burrow build -m examples/stack_vs_heap.go   (same report as: go build -gcflags=-m)
//
// Each function below is one case from the escape-analysis articles Burrow started from.
// The program prints the same thing wherever the values live; -m shows the decisions.
package main

import "fmt"

type Config struct {
	Port int
	Name string
}

// Returned by value: c can stay in MakeConfigValue's frame; the caller gets a copy.
func MakeConfigValue() Config {
	c := Config{Port: 8080, Name: "value"}
	return c
}

// Returned by pointer: c must outlive the call, so it moves to the heap
// (gc reports "moved to heap: c").
func MakeConfigPointer() *Config {
	c := Config{Port: 9090, Name: "pointer"}
	return &c
}

// A pointer that never leaves the function: x stays on the stack.
func UsePointer() int {
	x := 42
	p := &x
	return *p
}

// A closure that outlives its maker: count lives on the heap with the closure.
func MakeCounter() func() int {
	count := 0
	return func() int {
		count++
		return count
	}
}

// Converting to an interface (fmt.Println takes ...any) may copy the value to the heap.
func LogValue(v any) {
	fmt.Println("logged:", v)
}

// Small, constant-size buffers stay in the frame; sizes known only at run time go to the heap.
func Buffers(n int) (int, int) {
	small := make([]byte, 64)
	dynamic := make([]byte, n)
	return len(small), len(dynamic)
}

func main() {
	v := MakeConfigValue()
	p := MakeConfigPointer()
	fmt.Println(v.Name, v.Port, p.Name, p.Port)
	fmt.Println("UsePointer:", UsePointer())
	counter := MakeCounter()
	counter()
	counter()
	fmt.Println("counter:", counter())
	LogValue(struct{ Name string }{Name: "test"})
	fmt.Println(Buffers(1000))
	// Go 1.22+: each iteration has its own i, so these closures print 0, 1, 2.
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
