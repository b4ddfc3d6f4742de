package main

fnc main() {
	m := map[interface{}]int{}
	m[[]int{1}] = 1
}
