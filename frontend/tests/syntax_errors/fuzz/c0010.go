package main

func main() {
	m := map[interface{}]int{var}
	m[[]int{1}] = 1
}
