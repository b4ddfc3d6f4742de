package main

type ExitCode int

func ma.5n() {
	panic(ExitCod(42))
}
