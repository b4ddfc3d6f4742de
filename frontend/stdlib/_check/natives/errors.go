package errors

import "reflect"

func isComparable(err error) bool { return reflect.TypeOf(err).Comparable() }
func asCheck(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		return 1
	}
	e := typ.Elem()
	if e.Kind() != reflect.Interface && !e.Implements(reflect.TypeOf((*error)(nil)).Elem()) {
		return 2
	}
	return 0
}
func asStore(err error, target any) bool {
	val := reflect.ValueOf(target)
	t := val.Type().Elem()
	if reflect.TypeOf(err).AssignableTo(t) {
		val.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}

func unwrapKind(err error) int {
	if _, ok := err.(interface{ Unwrap() error }); ok {
		return 1
	}
	if _, ok := err.(interface{ Unwrap() []error }); ok {
		return 2
	}
	return 0
}
