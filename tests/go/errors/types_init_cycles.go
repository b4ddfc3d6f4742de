package main

const c = c // ERROR "initialization cycle: c refers to itself"
const d = e * 2 // ERROR "initialization cycle for d"
const e = d

var x = f() // ERROR "initialization cycle for x"

func f() int { return x }

var z = z // ERROR "initialization cycle: z refers to itself"

func main() {}
