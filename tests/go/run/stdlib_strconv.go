package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	floats := []float64{0, 1, -1, 0.1, 0.5, 1.5, 2.5, 3.14159265358979, 1e21, 1e20, 123456789, 1e-7, 1.0 / 3, 2.0 / 3, 5e-324, 1.7976931348623157e308, 100, 0.000123456, 99.995, 1e23}
	for _, f := range floats {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 4, 64),
			strconv.FormatFloat(f, 'G', 10, 64), strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'b', -1, 64),
			strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'X', 2, 64))
	}
	for _, p := range []int{0, 1, 2, 5, 10, 20, 30} {
		fmt.Println(p, strconv.FormatFloat(0.1, 'f', p, 64), strconv.FormatFloat(2.675, 'f', p, 64), strconv.FormatFloat(1e-10, 'g', p, 64))
	}
	for _, s := range []string{"0", "-0", "1e10", "1E-5", ".5", "5.", "0x1p-2", "0x1.8p1", "1_000.5", "1__0", "Inf", "-inf", "infinity", "NaN", "1e309", "-1e309", "1e-400", "", " 1", "1e", "+3.5", "0x", "12abc", "4.9e-324", "1.7976931348623159e308"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, f32, err32)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"123", 10, 64}, {"-128", 10, 8}, {"-129", 10, 8}, {"127", 10, 8}, {"128", 10, 8}, {"0x_1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"_1", 0, 64}, {"zz", 36, 64}, {"zz", 37, 64}, {"1", 1, 64}, {"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 64}, {"-9223372036854775809", 10, 0}, {"12", 10, 65}, {"-", 10, 64}, {"+", 10, 64}, {"+5", 10, 64}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(c.s, i, err, u, uerr)
	}
	for _, s := range []string{"0", "-42", "+7", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "12345678901234567890", "1.5", " 1", "0x10", "", "-", "007"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 2), strconv.FormatInt(35, 36), strconv.FormatUint(18446744073709551615, 16), strconv.Itoa(-0), strconv.FormatInt(-255, 16))
	qs := []string{"", "plain", "tab\there", "nl\n", "quote\"s", "back\\slash", "é", "日本", "\u00a0nbsp", "\u2028", "\U0001F600", "\x00\x07\x1b\x7f", string([]byte{0xff, 'a', 0xc3}), "`raw`", "\ufeffbom"}
	for _, s := range qs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 'é', '☺', 0xa0, 0x2028, 0x1F600, -1, 0x110000, 0xD800, 0xFFFD} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, s := range []string{`"abc"`, `"a\tb\u00e9\U0001F600\x41\101"`, "`a\\n`", `'x'`, `'\n'`, `'ab'`, `''`, `"unterminated`, `"bad\q"`, `"\'"`, `'\"'`, `"a"b"`, "\"a\nb\"", `'\400'`, `"\xff"`, `'é'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(r, mb, tail, err)
	r, mb, tail, err = strconv.UnquoteChar(`\x41z`, '"')
	fmt.Println(r, mb, tail, err)
	p, err := strconv.QuotedPrefix(`"hello" world`)
	fmt.Println(p, err)
	b := []byte("x:")
	b = strconv.AppendInt(b, -12, 10)
	b = strconv.AppendUint(b, 255, 2)
	b = strconv.AppendFloat(b, 1.5, 'e', 2, 64)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "q\n")
	b = strconv.AppendQuoteRune(b, 'r')
	b = strconv.AppendQuoteToASCII(b, "ü")
	fmt.Println(string(b))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseInt("12", 99, 64)
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	strconv.FormatInt(1, 1)
}
