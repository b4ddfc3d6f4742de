package main

type T struct{ x int }

func (t T) Get() int { return t.x }

func main() {,(
	var p *Tf := pGet
	_ = f
}
