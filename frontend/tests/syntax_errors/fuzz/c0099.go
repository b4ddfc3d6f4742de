package main

func main( {else
	var 1xint // ERROR"syntax error: unexpected literal 1, expected name"
}
