package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("error A")
	ErrB = errors.New("error B")
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

type IsErr struct{}

func (IsErr) Error() string         { return "is-err" }
func (IsErr) Is(target error) bool { return target == ErrA }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m Multi) Unwrap() []error { return m.errs }

func main() {
	fmt.Println(ErrA, ErrA == ErrA, ErrA == errors.New("error A"))
	fmt.Println(errors.Is(ErrA, ErrA), errors.Is(ErrA, ErrB), errors.Is(nil, ErrA))
	j := errors.Join(ErrA, nil, CodeErr{5})
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrA), errors.Is(j, ErrB))
	var ce CodeErr
	ok := errors.As(j, &ce)
	fmt.Println(ok, ce.Code)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	fmt.Println(errors.Is(IsErr{}, ErrA), errors.Is(IsErr{}, ErrB))
	m := Multi{[]error{ErrB, fmt.Errorf("w: %w", CodeErr{9})}}
	fmt.Println(m, errors.Is(m, ErrB))
	ce = CodeErr{}
	ok = errors.As(m, &ce)
	fmt.Println(ok, ce)
	deep := fmt.Errorf("l1: %w", fmt.Errorf("l2: %w", fmt.Errorf("l3: %w", ErrB)))
	fmt.Println(deep)
	for e := error(deep); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
	fmt.Println(errors.Unwrap(ErrA) == nil)
	var err error
	if err == nil {
		fmt.Println("nil error prints", err)
	}
	fmt.Println(errors.Is(CodeErr{1}, CodeErr{1}), errors.Is(CodeErr{1}, CodeErr{2}))
}
