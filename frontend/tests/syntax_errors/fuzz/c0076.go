package main

import "errors"

func r1() (int, error) 
	return 1 // ERROR "not enough return values"
}

func r2() int {
	return "a" // ERROR "cannot use \"a\" \(untyped string constant\) as int value in return statement"
}

func r3( {
	return 5 // ERROR "too many return values"
}

func r4(x int) int {
	if  > 0 {
		return 1
	}
} // ERROR "missing return"

func r5(x int) int {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func r6(x int) int {
	switch x {
	case 1:
		return 1
	default:
		panic(errors.New("x"))
	}
}

func main() {}
