package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	n, err := os.Stdout.Write([]byte("direct write\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("write string\n")
	fmt.Println(n, err)
	n, err = io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(n, err)
	n, err = io.WriteString(upper{os.Stdout}, "shout\n")
	fmt.Println(n, err)
	var sb strings.Builder
	c, err := io.Copy(&sb, oneByte{strings.NewReader("copied through one-byte reads")})
	fmt.Println(c, err, sb.String())
	c, err = io.Copy(os.Stdout, strings.NewReader("copy to stdout\n"))
	fmt.Println(c, err)
	_, err = io.Copy(short{}, oneByte{strings.NewReader("xy")})
	fmt.Println(err, err == io.ErrShortWrite)
	buf := make([]byte, 8)
	n, err = io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abcdefghij"), buf, 3)
	fmt.Println(n, err, string(buf[:n]))
	_, err = io.ReadAtLeast(strings.NewReader("x"), buf[:2], 5)
	fmt.Println(err)
	all, err := io.ReadAll(oneByte{strings.NewReader(strings.Repeat("z", 1000))})
	fmt.Println(len(all), err)
	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	n, err = io.WriteString(io.Discard, "gone too")
	fmt.Println(n, err)
	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b, upper{os.Stdout})
	fmt.Fprintf(mw, "multi %d\n", 3)
	fmt.Print(a.String(), b.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortBuffer, io.ErrClosedPipe, io.SeekEnd)
	var w io.Writer = os.Stdout
	_, isSW := w.(io.StringWriter)
	_, isRd := w.(io.Reader)
	fmt.Println(isSW, isRd)

	fmt.Println(len(os.Args) >= 1, os.Getenv("BURROW_SURELY_UNSET_VAR") == "")
	v, ok := os.LookupEnv("BURROW_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name(), os.Stdout.Fd())
	f := os.Stdout
	var pe *os.PathError
	fmt.Println(errors.As(&os.PathError{Op: "open", Path: "/x", Err: os.ErrClosed}, &pe), pe)

	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	runtime.Gosched()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc > 0, ms.Sys >= ms.HeapSys, ms.Mallocs >= ms.Frees, ms.HeapObjects == ms.Mallocs-ms.Frees, ms.EnableGC, ms.PauseTotalNs >= ms.PauseNs[(ms.NumGC+255)%256])
	old := debug.SetGCPercent(50)
	fmt.Println(old, debug.SetGCPercent(old))
	debug.FreeOSMemory()
	func() {
		defer func() {
			r := recover()
			re, ok := r.(runtime.Error)
			fmt.Println(ok, re)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	f.WriteString("done\n")
}
