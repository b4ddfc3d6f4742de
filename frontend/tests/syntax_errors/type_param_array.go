package main

type T[P] int

func main() {}
