package main

import "errors"

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func pair() (int, error) {
	return "x", nil // ERROR "cannot use \"x\" \(untyped string constant\) as int value in return statement"
}

func check() error {
	return errors.New // ERROR "cannot use errors.New \(value of type func\(text string\) error\) as error value in return statement"
}

func main() {
	name()
	pair()
	check()
}
