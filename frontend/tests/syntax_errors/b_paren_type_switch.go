package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var x any
	switch y := (x.(type)) {
	}
}
