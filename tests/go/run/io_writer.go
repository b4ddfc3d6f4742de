package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type CountingWriter struct {
	W     io.Writer
	Bytes int
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.Calls++
	n, err := c.W.Write(p)
	c.Bytes += n
	return n, err
}

type UpperWriter struct{ sb strings.Builder }

func (u *UpperWriter) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

type FailWriter struct{}

func (FailWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	cw := &CountingWriter{W: os.Stdout}
	fmt.Fprintf(cw, "hello %s\n", "writer")
	fmt.Fprintln(cw, 1, 2, 3)
	io.WriteString(cw, "plain\n")
	fmt.Println(cw.Bytes, cw.Calls)
	uw := &UpperWriter{}
	fmt.Fprint(uw, "shout ", 42)
	fmt.Println(uw.sb.String())
	n, err := fmt.Fprintf(FailWriter{}, "x%d", 1)
	fmt.Println(n, err)
	var w io.Writer = cw
	if _, ok := w.(io.Reader); !ok {
		fmt.Println("not a reader")
	}
	r := rot13{strings.NewReader("Uryyb, Tbcure!")}
	buf := make([]byte, 4)
	var out []byte
	for {
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if err == io.EOF {
			break
		}
	}
	fmt.Println(string(out))
	data, err := io.ReadAll(rot13{strings.NewReader("Nop")})
	fmt.Println(string(data), err)
	var sb strings.Builder
	n64, err := io.Copy(&sb, strings.NewReader("copied text"))
	fmt.Println(n64, err, sb.String())
	fmt.Println(io.EOF, errors.Is(io.ErrUnexpectedEOF, io.EOF))
}
