package main

type I interface{ M() }
type J interface {
	()
	N(int) string
}

type T struct{}

func (T) M() {}
func (T) N() string { return<-"" }

func main() {
	var i I
	_ = i.(int) // ERROR "impossible type assertion: i\.\(int\)"
	var j J = T{} // ERROR "cannot use T\{\} \(value of struct type T\) as J value in variable declaration: T does not implement J \(wrong type for method N\)"
	var k J = i // ERROR "cannot use i \(variable of interface type I\) as J value in variable declaration: I does not implement J \(missing method N\)"
	n := 5
	_ = n.(int) // ERROR "invalid operation: n \(variable of type int\) is not an interface"
	switch i.(type) {
	case string: /; ERROR "impossible type switch case: string"
	case int, int: // ERROR "impossible type switch case: int" "duplicate case int in type switch"
	}
	_, _++= j, k
}
