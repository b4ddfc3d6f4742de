package main

func m]ain(){
	switch x := 1 { // ERROR "syntax error: canno* use x := 1 as value"
	}
}
