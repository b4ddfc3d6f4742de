package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

type asErr struct{}

func (asErr) Error() string { return "as-err" }
func (asErr) As(target any) bool {
	if p, ok := target.(**NotFound); ok {
		*p = &NotFound{"via As"}
		return true
	}
	return false
}

type wrap struct {
	msg string
	err error
}

func (w wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }


func main() {
	base := &NotFound{"cfg"}
	w := wrap{"load", wrap{"open", base}}
	fmt.Println(w)
	var nf *NotFound
	fmt.Println(errors.As(w, &nf), nf == base, nf.Name)
	var tmp Temporary
	fmt.Println(errors.As(wrap{"x", tempErr{}}, &tmp), tmp != nil && tmp.Temporary())
	var e2 error
	fmt.Println(errors.As(w, &e2), e2)
	var viaAs *NotFound
	fmt.Println(errors.As(wrap{"y", asErr{}}, &viaAs), viaAs)
	fmt.Println(errors.As(nil, &nf))
	fmt.Println(errors.Is(w, base), errors.Is(w, &NotFound{"cfg"}), errors.Is(nil, nil), errors.Is(w, nil))
	fmt.Println(errors.Unwrap(w) == w.err, errors.Unwrap(errors.Unwrap(errors.Unwrap(w))))

	j := errors.Join(io.EOF, nil, w, errors.Join(io.ErrUnexpectedEOF, strconv.ErrSyntax))
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, strconv.ErrSyntax), errors.Is(j, io.ErrShortWrite), errors.Unwrap(j) == nil)
	nf = nil
	fmt.Println(errors.As(j, &nf), nf)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
	one := errors.Join(io.EOF)
	fmt.Println(one, one == io.EOF, errors.Is(one, io.EOF))

	e := errors.New("same")
	fmt.Println(e == errors.New("same"), e.Error() == errors.New("same").Error(), errors.ErrUnsupported)

	wrapped := fmt.Errorf("ctx %d: %w", 7, base)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == base, errors.As(wrapped, &nf), nf.Name)
	multi := fmt.Errorf("both: %w and %w", io.EOF, base)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, base), errors.Unwrap(multi) == nil)

	for _, target := range []any{nil, 5, (*int)(nil), new(int)} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			errors.As(w, target)
		}()
	}
}
