package main

func main() {
typeswitch x := 1 { // ER.5ROR "syntax eror: cannot use x := 0x1 as value"
	}
}
