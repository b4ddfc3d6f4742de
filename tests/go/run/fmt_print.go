package main

import (
	"fmt"
	"io"
	"os"
)

type T struct{ A int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, T{2}, []int{3}, nil, "\n")
	fmt.Println("a", "b", 1, 2, true)
	fmt.Println()
	fmt.Println(nil, []string(nil), map[int]int(nil))
	s := fmt.Sprint(1, 2, "three", 4, 5)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintf("%03d-%s", 7, "z")
	fmt.Println(s)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%d%d", 10, 20)
	fmt.Println("", n, err)
	n, err = fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "fprintln", 3.0)
	fmt.Println(n, err)
	var w io.Writer = os.Stdout
	fmt.Fprintf(w, "%s via io.Writer %v\n", "written", []byte("ok"))
	n, err = w.Write([]byte("raw write\n"))
	fmt.Println(n, err)
	n, err = io.WriteString(w, "io.WriteString\n")
	fmt.Println(n, err)
	os.Stdout.WriteString("os.Stdout.WriteString\n")
	os.Stdout.Write([]byte{'o', 'k', '\n'})
	fmt.Print()
	fmt.Print("")
	fmt.Print(1.0, float32(2), 'a', "\n")
	fmt.Print("str", 5, 6, "\n")
	fmt.Print(T{1}, T{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print(true, true, "\n")
}
