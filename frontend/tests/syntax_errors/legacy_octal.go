package main

var x = 0128

func main() {}
