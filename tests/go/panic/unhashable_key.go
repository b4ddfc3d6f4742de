package main

func main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 1
}
