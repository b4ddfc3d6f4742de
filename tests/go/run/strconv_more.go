package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, v := range []float64{0, 1, -2.5, 1234.5678, 1e-10, 1e21, 0.1} {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', 3, 64), strconv.FormatFloat(v, 'f', 2, 32))
	}
	for _, s := range []string{"1010", "-777", "zz", "0b1010", "0o17", "0x_1F", "1_000"} {
		a, err1 := strconv.ParseInt(s, 0, 64)
		b, err2 := strconv.ParseInt(s, 36, 64)
		fmt.Println(s, a, err1, b, err2)
	}
	for _, s := range []string{"1", "t", "TRUE", "False", "0", "f", "nope"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	for _, s := range []string{"3.14", "-0", "1e-400", "0x1p-2", "NaN", "-Inf", "1_0.5", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)
	u8, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u8, err)
	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteToASCII("日本"), strconv.QuoteRuneToASCII('é'))
	fmt.Println(strconv.Unquote("'x'"))
	fmt.Println(strconv.Unquote("`raw\\n`"))
	fmt.Println(strconv.Unquote(`"\u00e9\x41"`))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'))
	buf := []byte("v=")
	buf = strconv.AppendFloat(buf, 2.5, 'f', 1, 64)
	buf = strconv.AppendUint(buf, 42, 2)
	buf = strconv.AppendQuoteRune(buf, 'q')
	fmt.Println(string(buf))
	fmt.Println(strconv.FormatInt(-8, 8), strconv.FormatInt(1<<62, 36), strconv.Itoa(-1<<63))
}
