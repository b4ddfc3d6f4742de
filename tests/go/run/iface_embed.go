package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

type Upper struct {
	Writer
}

func (u Upper) Write(s string) int { return u.Writer.Write(strings.ToUpper(s)) }

type Logged struct {
	ReadWriter
	log []string
}

func (l *Logged) Read() string {
	s := l.ReadWriter.Read()
	l.log = append(l.log, "read:"+s)
	return s
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w := Upper{b}
	w.Write("three")
	fmt.Println(b.data)
	l := &Logged{ReadWriter: b}
	l.Read()
	l.Read()
	l.Write("four")
	fmt.Println(l.log, b.data)
	var rw2 ReadWriter = l
	_, isW := rw2.(Writer)
	_, isU := rw2.(interface{ Upper() })
	fmt.Println(isW, isU)
	var empty Upper
	defer func() { fmt.Println("recovered:", recover()) }()
	empty.Write("boom")
}
