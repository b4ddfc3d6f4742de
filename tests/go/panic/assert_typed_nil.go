package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "mine" }

type Other struct{}

func (*Other) Error() string { return "other" }

func main() {
	var e error = (*MyErr)(nil)
	fmt.Println(e != nil)
	o := e.(*Other)
	fmt.Println(o)
}
