package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var y any
	switch x := y.(type); x {
	}
}
