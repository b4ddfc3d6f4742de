// Package fmt (Burrow's standard library source). Functions without a body
// are natives bound by the VM under their qualified name ("fmt.Sprint"),
// implemented by the formatting engine in vm/src/fmt/.
//
// Formatter and State are not supported: Format methods are not called.
package fmt

import (
	"errors"
	"io"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which
// defines the Go syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// errorf formats like Sprintf with %w allowed, and returns the indexes of
// the operands %w named.
func errorf(format string, a []any) (msg string, wrapped []int)

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error. An operand of %w is wrapped: the result
// has an Unwrap method returning it (Unwrap() []error for several).
func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for _, i := range wrapped {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
