// Named results changed by deferred closures, recover into an error result, and cleanup
// closures that capture locals.
package main

import (
	"errors"
	"fmt"
)

type File struct {
	name   string
	closed bool
}

func (f *File) Close() error { // ERROR "f does not escape$"
	f.closed = true
	return nil
}

func open(name string) (*File, error) { // ERROR "leaking param: name$"
	if name == "" {
		return nil, errors.New("empty name")
	}
	return &File{name: name}, nil // ERROR "&File\{\.\.\.\} escapes to heap$"
}

func process(name string) (err error) { // ERROR "leaking param: name$"
	f, err := open(name)
	if err != nil {
		return err
	}
	defer func() { // ERROR "func literal does not escape$"
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	return nil
}

func counted() (n int) {
	defer func() { n *= 2 }() // ERROR "func literal does not escape$"
	n = 3
	return n
}

func safeDiv(a, b int) (q int, err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("div: %v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	q = a / b
	return
}

func cleanup() int {
	steps := []string{} // ERROR "\[\]string\{\} does not escape$"
	defer func() { // ERROR "func literal does not escape$"
		steps = append(steps, "done") // ERROR "append escapes to heap$"
	}()
	steps = append(steps, "work") // ERROR "append does not escape$"
	return len(steps)
}

func timing(label string) func() { // ERROR "leaking param: label$"
	start := 0
	return func() { // ERROR "func literal escapes to heap$"
		fmt.Println(label, start) // ERROR "\.\.\. argument does not escape$" "label escapes to heap$" "0 escapes to heap$"
	}
}

func traced() {
	defer timing("traced")()
}

func main() {
	_ = process("a")
	_ = counted()
	_, _ = safeDiv(1, 0)
	_ = cleanup()
	traced()
}
