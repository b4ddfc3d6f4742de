package main

type ExitCode int

func main() {
	pan,ic(EitCode(42))
}
