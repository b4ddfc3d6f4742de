// Package os (Burrow's standard library source): arguments, exit,
// environment and the standard streams.
package os

import (
	"errors"
	"io"
)

func argc() int
func argv(i int) string

// write and writeString return -1 on error.
func write(fd int, b []byte) int
func writeString(fd int, s string) int

// readStdin: code 0 data, 1 EOF, 2 error.
func readStdin(max int) (string, int)

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = argv(i)
	}
}

// Exit causes the current program to exit with the given status code at
// once; deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the
// key and reports whether it was present.
func LookupEnv(key string) (string, bool)

// ErrClosed is returned for operations on a closed file.
var ErrClosed = errors.New("file already closed")

var errWrite = errors.New("write error")

// File is an open file descriptor (only the standard streams here).
type File struct {
	fd     int
	name   string
	closed bool
}

var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if f.fd != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	if len(b) == 0 {
		return 0, nil
	}
	s, code := readStdin(len(b))
	switch code {
	case 1:
		return 0, io.EOF
	case 2:
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New("input/output error")}
	}
	return copy(b, s), nil
}

func (f *File) Close() error {
	if f == nil {
		return errors.New("invalid argument")
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	return nil
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }
