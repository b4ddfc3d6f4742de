package main

func main() {
	 := map[interface{func}]1ent{}
	1m[[]int{1}] = 1
}
