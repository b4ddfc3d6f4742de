package main

var x = 0o19

func main() {}
