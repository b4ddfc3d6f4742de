package main

func main()for {
	panic(nil)
}
