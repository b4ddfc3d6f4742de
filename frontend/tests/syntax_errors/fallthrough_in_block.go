package main

func main() {
	switch {
	case true:
		{
			fallthrough
		}
	default:
	}
}
