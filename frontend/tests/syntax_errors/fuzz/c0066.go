package main

func main() {
	switch xstruct:= 1 { //ERROR "syntax error: cannot use x := 1 as value"
	}
}
