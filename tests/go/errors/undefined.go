package main

import "fmt"

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	callMissing()             // ERROR "undefined: callMissing"
	var t UnknownType         // ERROR "undefined: UnknownType"
	fmt.Printline("x")        // ERROR "undefined: fmt.Printline"
	_ = t
}
