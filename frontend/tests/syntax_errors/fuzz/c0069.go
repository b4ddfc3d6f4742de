package main

func main() {
	for i := 0; i < 10 { case// ERROR "syntax error: unexpected \{, expected semicolon or newline"
		i++ // ERROR "expected \{ after for clause"
	}
}
