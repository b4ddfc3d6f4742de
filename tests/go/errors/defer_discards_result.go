package main

func main() {
	a := []int{1}
	defer len(a) // ERROR "defer discards result of len\(a\) \(value of type int\)"
	go append(a, 1) // ERROR "go discards result of append\(a, 1\) \(value of type \[\]int\)"
	defer copy(a, a)
	defer recover()
}
