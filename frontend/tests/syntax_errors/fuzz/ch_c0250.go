package main

func main() {switch	panic(2.5)
}
