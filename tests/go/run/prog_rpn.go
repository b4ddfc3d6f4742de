package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Stack struct{ data []float64 }

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

var ops = map[string]func(a, b float64) (float64, error){
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

func eval(expr string) (float64, error) {
	var s Stack
	for _, tok := range strings.Fields(expr) {
		if op, ok := ops[tok]; ok {
			b, err := s.Pop()
			if err != nil {
				return 0, err
			}
			a, err := s.Pop()
			if err != nil {
				return 0, err
			}
			r, err := op(a, b)
			if err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, err)
			}
			s.Push(r)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, fmt.Errorf("bad token %q", tok)
		}
		s.Push(v)
	}
	if len(s.data) != 1 {
		return 0, fmt.Errorf("expected 1 value, have %d", len(s.data))
	}
	return s.data[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +",
		"1 0 /",
		"1 +",
		"1 2",
		"2 x *",
		"10 3 /",
		"1.5e3 2 *",
	} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-20q error: %v\n", e, err)
		} else {
			fmt.Printf("%-20q = %g\n", e, v)
		}
	}
}
