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
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if f.fd > 2 {
		n, e := writeFd(f.fd, b)
		if e != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: Errno(e)}
		}
		return n, nil
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "write", Path: f.name, Err: ErrClosed}
	}
	if f.fd > 2 {
		return f.Write([]byte(s))
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errWrite}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &PathError{Op: "read", Path: f.name, Err: ErrClosed}
	}
	if f.fd > 2 {
		if len(b) == 0 {
			return 0, nil
		}
		data, e := readFd(f.fd, len(b))
		switch {
		case e == -1:
			return 0, io.EOF
		case e != 0:
			return 0, &PathError{Op: "read", Path: f.name, Err: Errno(e)}
		}
		return copy(b, data), nil
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
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.fd > 2 {
		if e := closeFd(f.fd); e != 0 {
			return &PathError{Op: "close", Path: f.name, Err: Errno(e)}
		}
	}
	return nil
}

func openFile(name string, flag int, perm uint32) (fd int, errno int)
func readFd(fd int, max int) (data string, errno int)
func writeFd(fd int, b []byte) (n int, errno int)
func closeFd(fd int) int
func removeFile(name string) int
func errnoText(n int) string

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
)

// An Errno is an operating system error number (Go's syscall.Errno).
type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

// Is maps error numbers to the portable errors, as Go's syscall.Errno.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 13 || e == 1
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

// OpenFile opens the named file with the specified flag (O_RDONLY etc.).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := openFile(name, flag, uint32(perm))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(e)}
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns its contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := removeFile(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: Errno(e)}
	}
	return nil
}

func underlyingError(err error) error {
	if pe, ok := err.(*PathError); ok {
		return pe.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(Errno)
	return ok && e.Is(target)
}

// IsNotExist reports whether err says a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err says a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }
