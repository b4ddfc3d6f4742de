package main

import (
	"fmt"
	"strconv"
	"strings"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	s = strings.ToLower(s)
	var clean []rune
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverse("Hello, 世界"), reverse(""))
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Gopher"))
	n := 1234
	s := strconv.Itoa(n) + "!"
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(n) == strconv.Itoa(n), string(rune(n)))
	digits := 0
	for _, c := range strconv.Itoa(1 << 40) {
		digits += int(c - '0')
	}
	fmt.Println(digits)
	b := []byte("abc")
	s2 := string(b)
	b[0] = 'X'
	fmt.Println(s2, string(b))
	parts := []string{}
	for i := 0; i < 5; i++ {
		parts = append(parts, strconv.Itoa(i*i))
	}
	fmt.Println(strings.Join(parts, "+"))
	var bs []byte
	bs = append(bs, "x="...)
	bs = strconv.AppendInt(bs, -5, 10)
	bs = append(bs, ' ')
	bs = strconv.AppendBool(bs, true)
	fmt.Println(string(bs))
	h := 0
	for i := 0; i < len("hash me"); i++ {
		h = h*31 + int("hash me"[i])
	}
	fmt.Println(h)
	fmt.Println(strings.Repeat("=", 10), string(make([]byte, 3)) == "\x00\x00\x00")
	x := "abc"
	y := x[:2] + "z"
	fmt.Println(y, x[1:2] == "b", x[3:])
}
