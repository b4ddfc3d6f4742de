// Seed 002, the sample -m output: &User{...} returned, a user printed, a buffer moved to the
// heap because its address is stored in a global.
package main

import "fmt"

type User struct {
	Name string
	Age  int
}

var last *[]byte

func NewUser(name string) *User { // ERROR "leaking param: name$"
	return &User{Name: name} // ERROR "&User\{\.\.\.\} escapes to heap$"
}

func Show() {
	u := User{Name: "gopher", Age: 13}
	fmt.Println(u) // ERROR "\.\.\. argument does not escape$" "u escapes to heap$"
}

func Fill() {
	buf := make([]byte, 0, 64) // ERROR "moved to heap: buf$" "make\(\[\]byte, 0, 64\) escapes to heap$"
	buf = append(buf, "abc"...) // ERROR "append escapes to heap$"
	last = &buf
}

func main() {
	fmt.Println(NewUser("a").Name) // ERROR "\.\.\. argument does not escape$" "NewUser\(\"a\"\)\.Name escapes to heap$"
	Show()
	Fill()
}
