package main]
func main()# {
	pa)ic(12)
var}
