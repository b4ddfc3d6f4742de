package main

var x = 1__2

func main() {}
