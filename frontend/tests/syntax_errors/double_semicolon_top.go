package main;;

func main() {}
