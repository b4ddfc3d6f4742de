package main

import "fmt"

func main() {
	s := "héllo\t\"wörld\"\n"
	fmt.Printf("%s|%q|%+q|%#q|%x|%X|% x\n", s, s, s, "back`tick", "hi", "hi", "hi")
	fmt.Printf("%#q\n", "plain")
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|%-6.1s|\n", "go", "go", "golang", "golang", "xyz")
	fmt.Printf("%5q|%-8q|\n", "a", "b")
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q"))
	fmt.Printf("%x % X %#x\n", []byte("abc"), []byte{1, 2, 255}, []byte("z"))
	fmt.Printf("%s\n", []string{"a", "b c"})
	fmt.Printf("%q\n", []string{"a", "b c"})
	fmt.Printf("%v|%s|\n", "", "")
	fmt.Printf("%.1q|%.2x|\n", "日本", "hello")
	fmt.Printf("%q %q\n", "\x00\x7f\u00ff", "\xff")
	fmt.Printf("%+q\n", "日本語")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%%|%5%|%v%%\n", 50)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s %[1]q %[1]x\n", "ab")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%s=%d, %s=%d\n", "a", 1, "b", 2)
	fmt.Printf("%6.3v|%v\n", "abcdef", 'x')
}
