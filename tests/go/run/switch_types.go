package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Expr interface{}

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }
type Var string

func eval(e Expr, env map[Var]float64) (float64, error) {
	switch n := e.(type) {
	case Num:
		return float64(n), nil
	case Var:
		v, ok := env[n]
		if !ok {
			return 0, fmt.Errorf("unbound %s", string(n))
		}
		return v, nil
	case Add:
		l, err := eval(n.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(n.R, env)
		return l + r, err
	case *Mul:
		l, err1 := eval(n.L, env)
		r, err2 := eval(n.R, env)
		return l * r, errors.Join(err1, err2)
	case Neg:
		v, err := eval(n.E, env)
		return -v, err
	case nil:
		return 0, errors.New("nil expr")
	default:
		return 0, fmt.Errorf("unknown node %T", n)
	}
}

func show(e Expr) string {
	switch n := e.(type) {
	case Num:
		return strconv.FormatFloat(float64(n), 'g', -1, 64)
	case Var:
		return string(n)
	case Add:
		return "(" + show(n.L) + " + " + show(n.R) + ")"
	case *Mul:
		return show(n.L) + "*" + show(n.R)
	case Neg:
		return "-" + show(n.E)
	}
	return "?"
}

func main() {
	env := map[Var]float64{"x": 3, "y": 0.5}
	exprs := []Expr{
		Num(4),
		Add{Num(1), Var("x")},
		&Mul{Add{Var("x"), Num(1)}, Neg{Var("y")}},
		Add{Var("z"), Num(1)},
		&Mul{Var("a"), Var("b")},
		nil,
		Mul{},
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		fmt.Printf("%-22s = %v, err=%v\n", show(e), v, err)
	}
	var kinds []string
	for _, v := range []interface{}{1, "a", 2.0, []int{}, nil, struct{}{}, true} {
		switch v.(type) {
		case int, float64:
			kinds = append(kinds, "num")
		case string, bool:
			kinds = append(kinds, "scalar")
		case nil:
			kinds = append(kinds, "nil")
		default:
			kinds = append(kinds, fmt.Sprintf("%T", v))
		}
	}
	fmt.Println(kinds)
}
