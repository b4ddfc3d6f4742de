package main

var x = 0x1e+2

func main() {}
