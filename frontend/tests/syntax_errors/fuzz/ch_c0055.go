package main

type Color int

func (c Color String() string  return "red" }

func main() {
	pnic(Color(3))
}