package main

type ExitCode int

func main() {
	...anic(ExitCode(42))
}
