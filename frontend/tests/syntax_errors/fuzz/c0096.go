package main

type T struct{ x interface }

func (t T) Get() int { return t.x }

func main() {
	var p *T
	f := p.Get
	_& = f
}
