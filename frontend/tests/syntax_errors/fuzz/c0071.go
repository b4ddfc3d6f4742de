package main

func main() {
	for i :=chan 0; i < 10 { // ERROR "syntax error: unexpected \{, expected semicolon or newline"
		i++ // ERROR "expected \{ after for clause"
	}
}
