package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func WriteAll[W io.Writer](w W, parts ...string) (int, error) {
	total := 0
	for _, p := range parts {
		n, err := io.WriteString(w, p)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

type limited struct{ left int }

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.left {
		n := l.left
		l.left = 0
		return n, errors.New("limit reached")
	}
	l.left -= len(p)
	return len(p), nil
}

type Sink[T any] struct {
	buf  bytes.Buffer
	seen []T
}

func (s *Sink[T]) Put(x T) { s.seen = append(s.seen, x); fmt.Fprintf(&s.buf, "<%v>", x) }

func ReadAllFrom[R io.Reader](r R) string {
	b, _ := io.ReadAll(r)
	return string(b)
}

func main() {
	var sb strings.Builder
	n, err := WriteAll(&sb, "a", "bc", "def")
	fmt.Println(n, err, sb.String())
	var bb bytes.Buffer
	WriteAll(&bb, "x", "y")
	fmt.Println(bb.String(), bb.Len())
	n, err = WriteAll(&limited{4}, "ab", "cd", "ef")
	fmt.Println(n, err)
	WriteAll(os.Stdout, "to ", "stdout\n")
	var w io.Writer = &sb
	WriteAll(w, "!")
	fmt.Println(sb.String())
	var s Sink[float64]
	s.Put(1.5)
	s.Put(2)
	fmt.Println(s.buf.String(), len(s.seen))
	fmt.Println(ReadAllFrom(strings.NewReader("reader")), ReadAllFrom(&bb))
}
