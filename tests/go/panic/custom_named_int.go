package main

type ExitCode int

func main() {
	panic(ExitCode(42))
}
