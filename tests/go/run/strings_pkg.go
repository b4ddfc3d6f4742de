package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz!"))
	fmt.Println(strings.Index(s, "Hello"), strings.LastIndex(s, "Hello"), strings.Index(s, "nope"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'))
	fmt.Println(strings.Count(s, "Hello"), strings.Count("five", ""), strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "!  "))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhix", "x"), strings.TrimRight("xhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a b\t\nc  "))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "b"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("HÉLLO"), strings.Title("x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"))
	fmt.Println(strings.IndexFunc("hello123", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	_, _, found = strings.Cut("novalue", "=")
	fmt.Println(found)
	fmt.Println(strings.LastIndexByte("abcabc", 'b'), strings.IndexAny("golang", "ny"), strings.ContainsFunc("abc", unicode.IsUpper))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.CutPrefix("v1.2", "v"))
	fmt.Println(strings.CutSuffix("file.txt", ".md"))
	fmt.Println(strings.Count("cheese", "e"), strings.Index("chicken", ""), strings.ToTitle("go"))
}
