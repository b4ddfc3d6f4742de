package main

unc main() {
	panic(nil)
}
