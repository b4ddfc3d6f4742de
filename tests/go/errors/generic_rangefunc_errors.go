package main

type Seq[V any] func(yield func(V) bool)

func f1(int)                                {}
func f2(yield func(int))                    {}
func f3(yield func(int) bool) int           { return 0 }
func f4(yield func(int, string, bool) bool) {}

func Ints() Seq[int] { return func(yield func(int) bool) {} }

func main() {
	for range f1 { // ERROR "cannot range over f1 \(value of type func\(int\)\): func must be func\(yield func\(...\) bool\): argument is not func"
	}
	for range f2 { // ERROR "cannot range over f2 \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(...\) bool\): yield func does not return bool"
	}
	for range f3 { // ERROR "cannot range over f3 \(value of type func\(yield func\(int\) bool\) int\): func must be func\(yield func\(...\) bool\): unexpected results"
	}
	for range f4 { // ERROR "cannot range over f4 \(value of type func\(yield func\(int, string, bool\) bool\)\): func must be func\(yield func\(...\) bool\): yield func has too many parameters"
	}
	for x, y := range Ints() { // ERROR "range over Ints\(\) \(value of func type Seq\[int\]\) permits only one iteration variable"
		_, _ = x, y
	}
	var s string
	for s = range Ints() { // ERROR "cannot use s \(value of type int\) as string value in assignment"
	}
	_ = s
}
