// sync/atomic functions on every width: results, wrap-around, And/Or,
// CompareAndSwap success and failure, pointers.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"
)

type node struct {
	name string
	next *node
}

var global int64

func main() {
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1), i32)
	fmt.Println(atomic.AddInt32(&i32, -1), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, 7)
	fmt.Println(atomic.SwapInt32(&i32, -3), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 5, 9), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, -3, 9), i32)
	fmt.Println(atomic.AndInt32(&i32, 3), i32)
	fmt.Println(atomic.OrInt32(&i32, -16), i32)

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), u32) // subtract 1: wraps
	fmt.Println(atomic.AddUint32(&u32, 2), atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 0xF0F0)
	fmt.Println(atomic.SwapUint32(&u32, 0xFF), u32)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 0xFF, 0x0F), u32)
	fmt.Println(atomic.AndUint32(&u32, 0x3), atomic.OrUint32(&u32, 0x30), u32)

	var i64 int64 = math.MinInt64
	fmt.Println(atomic.AddInt64(&i64, -1), i64)
	fmt.Println(atomic.SwapInt64(&i64, 1<<40), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, -5)
	fmt.Println(atomic.CompareAndSwapInt64(&i64, -5, 1<<62), i64)
	fmt.Println(atomic.AndInt64(&i64, 1<<62|1), atomic.OrInt64(&i64, 6), i64)

	var u64 uint64 = math.MaxUint64
	fmt.Println(atomic.AddUint64(&u64, 3), u64)
	fmt.Println(atomic.SwapUint64(&u64, 1<<63), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, 12)
	fmt.Println(atomic.CompareAndSwapUint64(&u64, 13, 14), u64)
	fmt.Println(atomic.AndUint64(&u64, 4), atomic.OrUint64(&u64, 1<<63), u64)

	var up uintptr = 100
	fmt.Println(atomic.AddUintptr(&up, 28), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 1)
	fmt.Println(atomic.SwapUintptr(&up, 2), atomic.CompareAndSwapUintptr(&up, 2, 3), up)
	fmt.Println(atomic.AndUintptr(&up, 1), atomic.OrUintptr(&up, 8), up)

	// Atomics on struct fields, array elements and globals.
	var s struct {
		a int32
		b int64
		c [3]uint32
	}
	atomic.AddInt32(&s.a, 5)
	atomic.AddInt64(&s.b, 6)
	for i := range s.c {
		atomic.AddUint32(&s.c[i], uint32(i+1))
	}
	atomic.AddInt64(&global, 99)
	fmt.Println(s, global)

	// Heap cells.
	p := new(int64)
	for i := 0; i < 10; i++ {
		atomic.AddInt64(p, int64(i))
	}
	fmt.Println(*p)

	// Pointers: an atomically updated linked list head.
	var head unsafe.Pointer
	for _, name := range []string{"a", "b", "c"} {
		for {
			old := atomic.LoadPointer(&head)
			n := &node{name: name, next: (*node)(old)}
			if atomic.CompareAndSwapPointer(&head, old, unsafe.Pointer(n)) {
				break
			}
		}
	}
	for n := (*node)(atomic.LoadPointer(&head)); n != nil; n = n.next {
		fmt.Print(n.name, " ")
	}
	fmt.Println()
	first := (*node)(atomic.SwapPointer(&head, nil))
	fmt.Println(first.name, atomic.LoadPointer(&head) == nil)
	atomic.StorePointer(&head, unsafe.Pointer(&node{name: "z"}))
	fmt.Println((*node)(atomic.LoadPointer(&head)).name)
	fmt.Println(atomic.CompareAndSwapPointer(&head, nil, unsafe.Pointer(first)))
}
