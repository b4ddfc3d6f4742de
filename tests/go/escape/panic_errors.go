// panic's argument is an interface that escapes; errors made by errors.New and fmt.Errorf
// are heap values returned to the caller.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) } // ERROR "leaking param content: e$" "\.\.\. argument does not escape$" "e\.Line escapes to heap$" "e\.Msg escapes to heap$"

func mustPositive(n int) int {
	if n < 0 {
		panic("negative") // ERROR "\"negative\" escapes to heap$"
	}
	return n
}

func panicValue(n int) {
	panic(n) // ERROR "n escapes to heap$"
}

func panicErr(line int) {
	panic(&ParseError{Line: line, Msg: "bad"}) // ERROR "&ParseError\{\.\.\.\} escapes to heap$"
}

func panicf(n int) {
	panic(fmt.Sprintf("bad value %d", n)) // ERROR "\.\.\. argument does not escape$" "fmt\.Sprintf\(\"bad value %d\", \.\.\. argument\.\.\.\) escapes to heap$" "n escapes to heap$"
}

func newErr(msg string) error { // ERROR "leaking param: msg$"
	return errors.New(msg)
}

func parse(line int) error {
	if line > 10 {
		return &ParseError{Line: line, Msg: "too far"} // ERROR "&ParseError\{\.\.\.\} escapes to heap$"
	}
	return nil
}

func wrap(err error) error { // ERROR "leaking param: err$"
	return fmt.Errorf("wrapped: %w", err) // ERROR "\.\.\. argument does not escape$"
}

func safeCall(f func()) (err error) { // ERROR "f does not escape$"
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	f()
	return nil
}

func isNotFound(err error) bool { // ERROR "leaking param: err$"
	return errors.Is(err, ErrNotFound)
}

func main() {
	_ = mustPositive(1)
	_ = safeCall(func() { panicValue(1) }) // ERROR "func literal does not escape$"
	_ = safeCall(func() { panicErr(2) }) // ERROR "func literal does not escape$"
	_ = safeCall(func() { panicf(3) }) // ERROR "func literal does not escape$"
	_ = newErr("x")
	_ = wrap(parse(11))
	_ = isNotFound(ErrNotFound)
}
