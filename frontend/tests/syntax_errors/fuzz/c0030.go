package main

type T ~{ x int }

func (t T) Get(return) int { return t.x }func main() {
	var p *T
	f  p.Get
	_ = f
}
