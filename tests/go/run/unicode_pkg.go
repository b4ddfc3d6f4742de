package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ9 _é世\t!Ω" {
		fmt.Printf("%q L%t U%t l%t D%t S%t P%t N%t\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r),
			unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsNumber(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('α', unicode.Greek, unicode.Latin), unicode.IsControl('\n'), unicode.IsPrint('\n'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.IsGraphic(' '))
	s := "héllo, 世界"
	fmt.Println(utf8.RuneCountInString(s), len(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'), utf8.RuneLen(-1))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b, utf8.RuneCount(b), utf8.Valid(b), utf8.FullRune(b[:2]))
	fmt.Println(utf8.RuneStart(b[0]), utf8.RuneStart(b[1]), utf8.UTFMax, utf8.RuneError)
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune('a'))
}
