package os

import (
	"errors"
	"io"
	real "os"
	"syscall"
)

func argc() int                        { return len(real.Args) }
func argv(i int) string                { return real.Args[i] }
func write(fd int, b []byte) int {
	f := real.Stdout
	if fd == 2 {
		f = real.Stderr
	}
	n, err := f.Write(b)
	if err != nil {
		return -1
	}
	return n
}
func writeString(fd int, s string) int { return write(fd, []byte(s)) }
func readStdin(max int) (string, int) {
	b := make([]byte, max)
	n, err := real.Stdin.Read(b)
	if n == 0 && err != nil {
		return "", 1
	}
	return string(b[:n]), 0
}
func Exit(code int)                      { real.Exit(code) }
func Getenv(key string) string           { return real.Getenv(key) }
func LookupEnv(key string) (string, bool) { return real.LookupEnv(key) }

var files = map[int]*real.File{}
var nextFd = 3

func errnoOf(err error) int {
	var e syscall.Errno
	if errors.As(err, &e) {
		return int(e)
	}
	return 5
}
func openFile(name string, flag int, perm uint32) (int, int) {
	f, err := real.OpenFile(name, flag, real.FileMode(perm))
	if err != nil {
		return -1, errnoOf(err)
	}
	fd := nextFd
	nextFd++
	files[fd] = f
	return fd, 0
}
func readFd(fd int, max int) (string, int) {
	b := make([]byte, max)
	n, err := files[fd].Read(b)
	if n == 0 && err == io.EOF {
		return "", -1
	}
	if err != nil && n == 0 {
		return "", errnoOf(err)
	}
	return string(b[:n]), 0
}
func writeFd(fd int, b []byte) (int, int) {
	n, err := files[fd].Write(b)
	if err != nil {
		return n, errnoOf(err)
	}
	return n, 0
}
func closeFd(fd int) int { files[fd].Close(); delete(files, fd); return 0 }
func removeFile(name string) int {
	if err := real.Remove(name); err != nil {
		return errnoOf(err)
	}
	return 0
}
func errnoText(n int) string { return syscall.Errno(n).Error() }
