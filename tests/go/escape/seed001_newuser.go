// Seed 001, returning a pointer: u must outlive NewUser.
package main

import "fmt"

type User struct {
	Name string
}

func NewUser() *User {
	u := User{Name: "Alice"} // ERROR "moved to heap: u$"
	return &u
}

func NewUserNew() *User {
	u := new(User) // ERROR "new\(User\) escapes to heap$"
	u.Name = "Bob"
	return u
}

func main() {
	fmt.Println(NewUser().Name, NewUserNew().Name) // ERROR "\.\.\. argument does not escape$" "NewUser\(\)\.Name escapes to heap$" "NewUserNew\(\)\.Name escapes to heap$"
}
