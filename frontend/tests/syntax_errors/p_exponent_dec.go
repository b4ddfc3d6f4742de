package main

var x = 1p2

func main() {}
