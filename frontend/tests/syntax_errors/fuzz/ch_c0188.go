package main

func main(for {
	panic(121e
}
