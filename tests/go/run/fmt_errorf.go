package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

var ErrNotFound = errors.New("not found")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func find(k string) error {
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	wrapped := fmt.Errorf("layer2: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	var me *MyErr
	e2 := fmt.Errorf("ctx: %w", &MyErr{42})
	if errors.As(e2, &me) {
		fmt.Println("as:", me.Code, me)
	}
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, &MyErr{7})
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.As(multi, &me), me.Code)
	fmt.Println(errors.Unwrap(multi) == nil)
	plain := fmt.Errorf("no wrap %d", 5)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	fmt.Println(fmt.Errorf("bad %w", 5))
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprintf(os.Stdout, "%05.1f|%x\n", 3.14159, "hi")
	fmt.Fprint(os.Stdout, "a", 1, 2, "b\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	sb.WriteString("!")
	fmt.Println(sb.String())
	n, err3 := fmt.Println("count me")
	fmt.Println(n, err3)
	b := fmt.Appendf(nil, "x=%d", 3)
	b = fmt.Append(b, " y", 4)
	b = fmt.Appendln(b, " z")
	fmt.Print(string(b))
	s := fmt.Sprintln("a", 1, "b")
	fmt.Print(s)
	fmt.Print(fmt.Sprint("a", "b", 1, 2, 3.5, "c", nil, nil), "\n")
}
