package main

func takesInt(n int) {}

func main() {
	var s string = 5   // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	var n int = "five" // ERROR "cannot use \"five\" \(untyped string constant\) as int value in variable declaration"
	f := 1.5
	takesInt(f)        // ERROR "cannot use f \(variable of type float64\) as int value in argument to takesInt"
	n = s              // ERROR "cannot use s \(variable of type string\) as int value in assignment"
	var b byte = 300   // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	_, _ = b, n
}
