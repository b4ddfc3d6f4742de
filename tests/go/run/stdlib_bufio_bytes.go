package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type slowReader struct {
	s string
	i int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s[r.i:])
	r.i += n
	return n, nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("string\n")
	w.WriteByte('b')
	w.WriteRune('世')
	w.WriteRune('\n')
	w.Write([]byte("bytes\n"))
	fmt.Fprintln(w, w.Buffered(), w.Available(), w.Size())

	input := "line one\nline two\r\n\nlast line without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Fprintf(w, "%q\n", sc.Text())
	}
	fmt.Fprintln(w, sc.Err())
	sc = bufio.NewScanner(&slowReader{s: "  the quick\tbrown  fox\n jumps \u00a0over "})
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Fprint(w, sc.Text(), "|")
	}
	fmt.Fprintln(w, n)
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Fprint(w, sc.Text(), ".")
	}
	fmt.Fprintln(w)
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Fprint(w, sc.Bytes(), " ")
	}
	fmt.Fprintln(w)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Fprintln(w, sc.Text())
	}
	fmt.Fprintln(w, sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000) + "\nz\n"))
	for sc.Scan() {
		fmt.Fprintln(w, len(sc.Text()))
	}
	fmt.Fprintln(w, sc.Err())
	sc = bufio.NewScanner(strings.NewReader("1,2,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Fprint(w, "[", sc.Text(), "]")
	}
	fmt.Fprintln(w, sc.Err())

	r := bufio.NewReaderSize(&slowReader{s: "alpha\nbeta\r\ngamma é\ndelta"}, 16)
	s, err := r.ReadString('\n')
	fmt.Fprintf(w, "%q %v\n", s, err)
	line, prefix, err := r.ReadLine()
	fmt.Fprintf(w, "%q %v %v\n", line, prefix, err)
	pk, err := r.Peek(3)
	fmt.Fprintf(w, "%q %v %d\n", pk, err, r.Buffered())
	b, _ := r.ReadByte()
	fmt.Fprintln(w, string(b), r.UnreadByte(), r.UnreadByte())
	bs, err := r.ReadBytes(' ')
	fmt.Fprintf(w, "%q %v\n", bs, err)
	ru, size, err := r.ReadRune()
	fmt.Fprintln(w, string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	d, err := r.Discard(2)
	fmt.Fprintln(w, d, err)
	s, err = r.ReadString('\n')
	fmt.Fprintf(w, "%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Fprintf(w, "%q %v\n", s, err)
	_, err = r.ReadByte()
	fmt.Fprintln(w, err)
	r2 := bufio.NewReader(strings.NewReader(strings.Repeat("long", 2000) + "\nend"))
	s, err = r2.ReadString('\n')
	fmt.Fprintln(w, len(s), err)
	var sb strings.Builder
	nn, err := r2.WriteTo(&sb)
	fmt.Fprintln(w, nn, err, sb.String())

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('世')
	fmt.Fprintln(w, buf.String(), buf.Len())
	p := make([]byte, 5)
	k, _ := buf.Read(p)
	fmt.Fprintln(w, k, string(p[:k]), buf.String())
	c, _ := buf.ReadByte()
	fmt.Fprintln(w, string(c), buf.UnreadByte(), buf.Len())
	word, err := buf.ReadString('!')
	fmt.Fprintf(w, "%q %v\n", word, err)
	rr, sz, _ := buf.ReadRune()
	fmt.Fprintln(w, string(rr), sz, buf.UnreadRune(), buf.Len())
	rest, err := buf.ReadString('x')
	fmt.Fprintf(w, "%q %v %d\n", rest, err, buf.Len())
	buf.Reset()
	fmt.Fprintf(&buf, "%05d|", 42)
	buf.Truncate(3)
	fmt.Fprintln(w, buf.String(), buf.Next(2), buf.String())
	nb := bytes.NewBufferString("from string")
	nb.WriteTo(w)
	fmt.Fprintln(w)
	var rf bytes.Buffer
	m, err := rf.ReadFrom(&slowReader{s: strings.Repeat("r", 1500)})
	fmt.Fprintln(w, m, err, rf.Len())
	var nilBuf *bytes.Buffer
	fmt.Fprintln(w, nilBuf.String())

	x := []byte("  Hello, World! Hello!  ")
	fmt.Fprintln(w, bytes.Contains(x, []byte("World")), bytes.Index(x, []byte("Hello")), bytes.LastIndex(x, []byte("Hello")), bytes.Count(x, []byte("l")), bytes.IndexByte(x, '!'), bytes.IndexRune(x, 'W'), bytes.IndexAny(x, "!,"))
	fmt.Fprintf(w, "%q %q %q\n", bytes.TrimSpace(x), bytes.Trim(x, " !"), bytes.TrimLeft(x, " H"))
	fmt.Fprintf(w, "%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Fprintf(w, "%q\n", bytes.Fields(x))
	fmt.Fprintf(w, "%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Fprintf(w, "%q\n", bytes.Split([]byte("ab"), nil))
	fmt.Fprintf(w, "%s %s %s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")), bytes.Repeat([]byte("ab"), 3), bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb")))
	fmt.Fprintf(w, "%s %s %s\n", bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("HÉLLO")), bytes.Title([]byte("go lang")))
	fmt.Fprintln(w, bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(x, []byte("  He")), bytes.HasSuffix(x, []byte("!  ")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Fprintf(w, "%s %s %v\n", before, after, found)
	fmt.Fprintln(w, bytes.Runes([]byte("héllo")), string(bytes.Map(unicode.ToUpper, []byte("abc"))), bytes.TrimPrefix([]byte("prefix"), []byte("pre")), bytes.TrimSuffix([]byte("suffix"), []byte("fix")))
	fmt.Fprintln(w, bytes.TrimSpace([]byte("   ")) == nil, bytes.Clone(nil) == nil, len(bytes.Clone([]byte{})))
	br := bytes.NewReader([]byte("reader"))
	all, _ := io.ReadAll(br)
	fmt.Fprintln(w, string(all), br.Len(), br.Size())
}
