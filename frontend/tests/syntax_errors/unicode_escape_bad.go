package main

var s = "\uD800"

func main() {}
