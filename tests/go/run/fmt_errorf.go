package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(name string) error {
	if name == "" {
		return &PathError{"open", "<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", name, ErrNotFound)
}

func main() {
	e1 := find("x")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2, errors.Is(e2, ErrNotFound), errors.Is(e2, io.EOF))
	e3 := find("")
	var pe *PathError
	fmt.Println(errors.As(e3, &pe), pe.Path)
	wrapped := fmt.Errorf("ctx: %w", e3)
	pe = nil
	fmt.Println(errors.As(wrapped, &pe), pe.Op, errors.Is(wrapped, ErrNotFound))
	e4 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(e4, errors.Is(e4, ErrNotFound), errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("two: %w and %w", ErrNotFound, io.EOF)
	fmt.Println(e5, errors.Is(e5, io.EOF), errors.Is(e5, ErrNotFound), errors.Unwrap(e5) == nil)
	fmt.Printf("%T %T %T\n", e1, e4, e5)
	fmt.Println(fmt.Errorf("%d items", 3))
	fmt.Println(fmt.Errorf("bad %w", "notanerror"))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(e2, &target))
}
