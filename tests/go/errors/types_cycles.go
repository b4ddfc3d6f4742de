package main

type T struct{ T T } // ERROR "invalid recursive type: T refers to itself"
type A B // ERROR "invalid recursive type A"
type B A
type L struct{ next *L }
type Arr [2]Arr // ERROR "invalid recursive type: Arr refers to itself"

var x = y // ERROR "initialization cycle for x"
var y = x

func main() {}
