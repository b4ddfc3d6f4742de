// Seed 001, size: a million-int make is too big for the stack.
package main

import "fmt"

func processData() int {
	data := make([]int, 1000000) // ERROR "make\(\[\]int, 1000000\) escapes to heap$"
	for i := range data {
		data[i] = i
	}
	return data[len(data)-1]
}

func processSmall() int {
	data := make([]int, 100) // ERROR "make\(\[\]int, 100\) does not escape$"
	for i := range data {
		data[i] = i
	}
	return data[99]
}

func main() {
	fmt.Println(processData(), processSmall()) // ERROR "\.\.\. argument does not escape$" "processData\(\) escapes to heap$" "processSmall\(\) escapes to heap$"
}
