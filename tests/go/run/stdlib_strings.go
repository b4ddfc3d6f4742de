package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, 世界! hello, GO."
	fmt.Println(strings.Index(s, "llo"), strings.LastIndex(s, "llo"), strings.Index(s, "界"), strings.IndexRune(s, '界'), strings.IndexRune(s, 'z'), strings.IndexByte(s, ','))
	fmt.Println(strings.IndexAny(s, "界!"), strings.LastIndexAny(s, "lo"), strings.LastIndexAny(s, ""), strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsUpper))
	fmt.Println(strings.Contains(s, ""), strings.Contains("", ""), strings.ContainsAny(s, ""), strings.ContainsRune(s, '世'), strings.Count(s, "l"), strings.Count("世界", ""), strings.Count("aaaa", "aa"))
	fmt.Printf("%q\n", strings.Split("a b c ", " "))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("世界ab", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("世界ab", "", 2))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields(" \u00a0a\u2003b\n\tc \u0085"))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a-b_c", func(r rune) bool { return r == '-' || r == '_' }))
	fmt.Println(strings.Replace("banana", "a", "o", -1), strings.Replace("banana", "", "-", 3), strings.Replace("banana", "", "-", -1), strings.Replace("ab", "x", "y", -1), strings.ReplaceAll("日本日本", "日", "月"))
	fmt.Println(strings.ToUpper("ǆemal ß straße"), strings.ToLower("ǅEMAL İSTANBUL"), strings.ToTitle("ǆ loud"), strings.Title("hello wide-world ok_go"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Kelvin", "\u212aelvin"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("a", "ab"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("\u00a0 x y \u2003\n"), strings.TrimSpace("   "), strings.TrimSpace("é "))
	fmt.Printf("%q %q %q %q\n", strings.Trim("¡¡hola!!", "!¡"), strings.TrimLeft("aabbcc", "ab"), strings.TrimRight("aabbcc", "bc"), strings.Trim("", "x"))
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x ", unicode.IsSpace), strings.TrimRightFunc("  x ", unicode.IsSpace))
	fmt.Println(strings.Map(func(r rune) rune {
		switch {
		case r == 'a':
			return 'A'
		case r == 'x':
			return -1
		}
		return r
	}, "abxcax"), strings.Map(func(r rune) rune { return r }, "same"))
	fmt.Println(strings.Repeat("-", 0), strings.Repeat("ab", 1), strings.Repeat("世", 3), strings.Compare("", "a"), strings.Compare("b", "a"))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("go", "ogo"), strings.TrimPrefix("aaa", "a"), strings.TrimSuffix("aaa", "a"))
	fmt.Println(strings.Cut("a=b", "="))
	fmt.Println(strings.Cut("ab", ""))
	fmt.Println(strings.CutPrefix("prefix", "pre"))
	fmt.Println(strings.CutSuffix("suffix", "fix"))
	fmt.Println(strings.Join([]string{"a"}, ","), strings.Join([]string{"", ""}, ","), strings.Clone("c"))

	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("abc")
	b.WriteByte('-')
	b.WriteRune('世')
	b.WriteRune(-1)
	n, err := b.Write([]byte("xyz"))
	fmt.Println(n, err, b.Len(), b.String())
	first := b.String()
	b.Grow(100)
	fmt.Println(b.Cap() >= 100+b.Len(), first)
	fmt.Fprintf(&b, "|%d|", 42)
	fmt.Println(b.String(), first)
	b.Reset()
	b.WriteString("new")
	fmt.Println(b.String(), first)
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString("x")
	}
	fmt.Println(sb.Len(), len(sb.String()))

	r := strings.NewReader("héllo wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte())
	rest, err := io.ReadAll(r)
	fmt.Println(string(rest), err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	r.Reset("again\n")
	r.WriteTo(os.Stdout)

	rep := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	fmt.Println(rep.Replace("aaab"), rep.Replace("xyz"))
	rep2 := strings.NewReplacer("", "-")
	fmt.Println(rep2.Replace("ab"))
	rep3 := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	rep3.WriteString(os.Stdout, "<a href=\"x\">&</a>\n")

	bad := string([]byte{'a', 0xff, 'b', 0xc3, 0xfe, 'c'})
	fmt.Printf("%q %q %q %q %q\n", strings.Map(func(r rune) rune { return r }, bad), strings.ToUpper(bad), strings.ToValidUTF8(bad, "?"), strings.ToValidUTF8("ok", "?"), strings.Map(unicode.ToUpper, "\uFFFDx"))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.Repeat("x", -1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("odd")
	}()
}
