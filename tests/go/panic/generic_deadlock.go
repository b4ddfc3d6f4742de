package main

import "fmt"

type Mailbox[T any] struct{ ch chan T }

func (m *Mailbox[T]) Get() T { return <-m.ch }

func main() {
	m := &Mailbox[string]{ch: make(chan string, 1)}
	m.ch <- "hello"
	fmt.Println(m.Get())
	fmt.Println(m.Get())
}
