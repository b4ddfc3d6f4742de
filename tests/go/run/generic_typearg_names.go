package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type Box[T any] struct{ V T }

type Pair[A, B any] struct {
	A A
	B B
}

// Inside an instance name, gc qualifies unexported field and method names
// of struct and interface type arguments with their package.
func main() {
	fmt.Printf("%T\n", Box[time.Duration]{})
	fmt.Printf("%T\n", Box[*strings.Builder]{})
	fmt.Printf("%T\n", &Box[sync.Mutex]{})
	fmt.Printf("%T\n", Pair[time.Month, error]{})
	fmt.Printf("%T\n", Box[map[time.Weekday][]*sync.WaitGroup]{})
	fmt.Printf("%v %+v\n", Box[time.Duration]{1500 * time.Millisecond}, Pair[time.Month, error]{time.March, errors.New("e")})
	fmt.Printf("%T\n", Box[func(fmt.Stringer) error]{})
	fmt.Printf("%T\n", Box[interface {
		fmt.Stringer
		error
	}]{})
	fmt.Printf("%T\n", Box[struct {
		time.Duration
		n int `json:"n"`
	}]{})

	fmt.Printf("%T\n", struct{ n int }{})
	fmt.Printf("%T\n", Box[struct{ n int }]{})
	fmt.Printf("%T\n", Box[struct{ N int }]{})
	fmt.Printf("%T\n", Box[[]struct{ a, B string }]{})
	fmt.Printf("%T\n", Box[interface{ m() }]{})
}
