// sync.Pool on one goroutine: New, Put/Get order (gc's private slot first,
// then most recent), nil Put.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"unsafe"
)

func main() {
	fmt.Println(unsafe.Sizeof(sync.Pool{}))

	var empty sync.Pool
	fmt.Println(empty.Get())
	empty.Put(nil)
	fmt.Println(empty.Get())

	made := 0
	p := sync.Pool{New: func() any {
		made++
		return fmt.Sprintf("new-%d", made)
	}}
	fmt.Println(p.Get(), p.Get())
	p.Put("a")
	p.Put("b")
	p.Put("c")
	fmt.Println(p.Get(), p.Get(), p.Get(), p.Get())
	fmt.Println("made", made)

	bufs := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	b := bufs.Get().(*bytes.Buffer)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	bufs.Put(b)
	b2 := bufs.Get().(*bytes.Buffer)
	fmt.Println(b2 == b, b2.Len())
}
