package mainfunc one() int {
	return 1, 2 // ERROR "too many return values"
}

func two() (int, ) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return5 // ERROR "too many return values"
}

func main() {
	one()
	two()
	none()
}
