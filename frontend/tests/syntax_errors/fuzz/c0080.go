package main

type Color int

func (c Color) String++) string {  "red" }

funcmain( {
	panic(Color(3))
}
