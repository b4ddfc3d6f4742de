package main

var x = 0x1.5

func main() {}
