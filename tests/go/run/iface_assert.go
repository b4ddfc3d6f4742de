package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type Pt struct{ X, Y int }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x*2)
	case int8, int16:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	case Pt, *Pt:
		return fmt.Sprintf("point %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 21, int8(3), int16(4), "hey", Temp(21.5), fmt.Errorf("bad"),
		[]int{1, 2}, func() int { return 9 }, Pt{1, 2}, &Pt{3, 4}, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var i interface{} = "text"
	s, ok := i.(string)
	fmt.Println(s, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	st, ok := i.(Stringer)
	fmt.Println(st, ok)
	var t interface{} = Temp(3)
	if str, ok := t.(Stringer); ok {
		fmt.Println("is stringer:", str.String())
	}
	f := t.(Temp)
	fmt.Println(float64(f) + 1)
	switch t.(type) {
	case int, float64:
		fmt.Println("numeric")
	case Temp:
		fmt.Println("temp")
	}
	var sv Stringer = Temp(1)
	if _, ok := sv.(interface{ Foo() }); !ok {
		fmt.Println("no Foo")
	}
}
