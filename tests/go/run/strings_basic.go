package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[1:3], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println(len(bad), []rune(bad))
	a, b := "abc", "abd"
	fmt.Println(a < b, a == "abc", a+b, a > "ab", "" < "a")
	t := s
	t += "?"
	fmt.Println(s, t)
	raw := `raw\n "quoted"
second line`
	fmt.Println(raw)
	esc := "esc: \t|\\|\"|\u00e9|\U0001F600|\x41|\101|\a|\x00|"
	fmt.Printf("%d %q %s\n", len(esc), esc, esc[:11])
	bs := []byte(s)
	bs[0] = 'H'
	fmt.Println(string(bs), s)
	rs := []rune(s)
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs))
	fmt.Println(string(rune(0x4e16)), string([]byte{0xe4, 0xb8, 0x96}))
	var empty string
	fmt.Println(empty == "", len(empty))
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	x := "x"
	for i := 0; i < 5; i++ {
		x += x
	}
	fmt.Println(len(x))
	multi := "line1\nline2"
	fmt.Println(multi)
	fmt.Println('a', "a"[0], string("abc"[1]))
}
