package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	name := "burrow_stdlib_os_files.tmp"
	defer os.Remove(name)
	err := os.WriteFile(name, []byte("line 1\nline 2\nline 3\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.Open(name)
	fmt.Println(err, f.Name())
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println(">", sc.Text())
	}
	fmt.Println(f.Close(), f.Close())
	f, err = os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "appended %d\n", 4)
	fmt.Println(w.Flush(), f.Close())
	data, _ = os.ReadFile(name)
	fmt.Println(strings.Count(string(data), "\n"), strings.HasSuffix(string(data), "appended 4\n"))
	f, _ = os.Create(name)
	n, err := io.WriteString(f, "truncated")
	fmt.Println(n, err, f.Close())
	data, _ = os.ReadFile(name)
	fmt.Println(string(data))
	_, err = f.Write([]byte("x"))
	fmt.Println(err)

	_, err = os.ReadFile("no/such/file.txt")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err), errors.Is(err, os.ErrExist))
	_, err = os.Open(".")
	fmt.Println(err)
	err = os.Remove(name)
	fmt.Println(err)
	err = os.Remove(name)
	fmt.Println(err, os.IsNotExist(err))
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrInvalid, os.ErrClosed)
}
