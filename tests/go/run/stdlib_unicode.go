package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'A', 'z', '0', '٣', '²', 'Ⅻ', ' ', '\u00a0', '\u2028', '\u0085', '_', '-', '$', '+', '©', '\u0301', 'ǅ', 'ß', 'İ', 'ı', '\u200b', '\x7f', '\u0080', 0x10FFFF, -5, 0xD800} {
		fmt.Printf("%U L%t U%t l%t T%t D%t N%t M%t P%t S%t Sp%t C%t Pr%t G%t up=%U lo=%U ti=%U fold=%U\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsMark(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	for _, r := range []rune{'世', 'α', 'Ж', 'a', 'ا', 'א', 'あ', 'ア', '한', 'ก', 'क', '1', '\u0300'} {
		fmt.Println(string(r), unicode.Is(unicode.Han, r), unicode.In(r, unicode.Greek, unicode.Cyrillic), unicode.Is(unicode.Latin, r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Arabic, unicode.Hebrew}, r), unicode.In(r, unicode.Hiragana, unicode.Katakana),
			unicode.Is(unicode.Hangul, r), unicode.Is(unicode.Thai, r), unicode.Is(unicode.Devanagari, r), unicode.Is(unicode.Common, r), unicode.Is(unicode.Inherited, r))
	}
	fmt.Println(unicode.Is(unicode.Lu, 'Q'), unicode.Is(unicode.Nd, '٣'), unicode.Is(unicode.Sc, '€'), unicode.Is(unicode.Zs, ' '), unicode.Is(unicode.White_Space, '\n'), unicode.Is(unicode.Pd, '-'))
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'e', Stride: 2}, {Lo: 0x400, Hi: 0x40f, Stride: 1}}, R32: []unicode.Range32{{Lo: 0x1F600, Hi: 0x1F64F, Stride: 1}}}
	for _, r := range []rune{'a', 'b', 'e', 'f', 0x405, 0x1F601, 0x1F650} {
		fmt.Print(unicode.Is(custom, r), " ")
	}
	fmt.Println()
	r := 'k'
	for i := 0; i < 4; i++ {
		fmt.Printf("%U ", r)
		r = unicode.SimpleFold(r)
	}
	fmt.Println()
	fmt.Println(unicode.To(unicode.UpperCase, 'ǆ'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(unicode.LowerCase, 'Ǆ'), unicode.To(5, 'a'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase)

	bad := []byte{'a', 0xff, 0xc3, 0xa9, 0xe2, 0x82, 'z', 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80}
	for i := 0; i < len(bad); {
		r, n := utf8.DecodeRune(bad[i:])
		fmt.Printf("%d:%U/%d ", i, r, n)
		i += n
	}
	fmt.Println()
	s := string(bad)
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		fmt.Printf("%d:%U/%d ", i, r, n)
		i -= n
	}
	fmt.Println()
	fmt.Println(utf8.RuneCount(bad), utf8.RuneCountInString(s), utf8.Valid(bad), utf8.ValidString("ok é"), utf8.Valid(bad[2:4]))
	for _, p := range [][]byte{{}, {0xe2}, {0xe2, 0x82}, {0xe2, 0x82, 0xac}, {0xe2, 0x41}, {0xf0, 0x9f}, {0xff}, {0xc0}} {
		fmt.Print(utf8.FullRune(p), utf8.FullRuneInString(string(p)), " ")
	}
	fmt.Println()
	for _, r := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 0xd800} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Print(utf8.RuneLen(r), buf[:n], utf8.ValidRune(r), " ")
	}
	fmt.Println()
	fmt.Println(utf8.AppendRune([]byte("x"), 0x1F600), string(utf8.AppendRune(nil, -1)), utf8.RuneStart(0x80), utf8.RuneStart('a'))
	r0, n0 := utf8.DecodeRune(nil)
	r1, n1 := utf8.DecodeLastRune(nil)
	fmt.Println(r0, n0, r1, n1, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
}
