// Package errors (Burrow's standard library source).
//
// New, Unwrap, Is, As and Join as Go defines them. As needs two natives
// (asCheck, asStore) that compare runtime type descriptors where Go uses
// reflection.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error whose Error method returns text; each call gives a
// distinct error.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported = New("unsupported operation")

// unwrapKind: 0 no Unwrap method, 1 Unwrap() error, 2 Unwrap() []error.
// (Burrow's run-time type assertions match methods by name only, so the
// two Unwrap forms are told apart by this native, before asserting.)
func unwrapKind(err error) int

// Unwrap returns the result of err's Unwrap() error method, or nil.
func Unwrap(err error) error {
	if unwrapKind(err) != 1 {
		return nil
	}
	return err.(interface{ Unwrap() error }).Unwrap()
}

// isComparable reports whether err's dynamic type supports ==.
func isComparable(err error) bool

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch unwrapKind(err) {
		case 1:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case 2:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if err != nil && is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// asCheck: 0 ok, 1 target is not a non-nil pointer, 2 *target is neither
// an interface nor implements error.
func asCheck(target any) int

// asStore stores err into *target if err's dynamic type is assignable to
// *target's type.
func asStore(err error, target any) bool

// As finds the first error in err's tree that matches target, and if one
// is found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asCheck(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asStore(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch unwrapKind(err) {
		case 1:
			err = err.(interface{ Unwrap() error }).Unwrap()
			if err == nil {
				return false
			}
		case 2:
			for _, err := range err.(interface{ Unwrap() []error }).Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors, or nil if every one
// is nil. Its Error method joins their messages with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
