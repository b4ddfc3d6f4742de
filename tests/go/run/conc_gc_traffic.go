// Collection during heavy channel traffic: messages carry freshly allocated pointers (lists,
// maps, strings, slices) through buffered and unbuffered channels while runtime.GC() runs
// between batches; every message's contents are verified on receipt.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type list struct {
	v    int
	next *list
}

type message struct {
	id    int
	head  *list
	tags  map[string]int
	name  string
	bytes []byte
}

func build(id int) *message {
	var h *list
	for i := 0; i < 10; i++ {
		h = &list{id*10 + i, h}
	}
	return &message{
		id:    id,
		head:  h,
		tags:  map[string]int{"id": id, "sq": id * id},
		name:  "msg-" + strconv.Itoa(id),
		bytes: []byte(strconv.Itoa(id * 7)),
	}
}

func verify(m *message) bool {
	want := m.id*10 + 9
	n := 0
	for p := m.head; p != nil; p = p.next {
		if p.v != want {
			return false
		}
		want--
		n++
	}
	return n == 10 && m.tags["id"] == m.id && m.tags["sq"] == m.id*m.id &&
		m.name == "msg-"+strconv.Itoa(m.id) && string(m.bytes) == strconv.Itoa(m.id*7)
}

func main() {
	const producers, perProducer = 4, 2500
	for _, size := range []int{0, 16} {
		ch := make(chan *message, size)
		var wg sync.WaitGroup
		for p := 0; p < producers; p++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < perProducer; i++ {
					ch <- build(p*perProducer + i)
					if i%500 == 0 {
						runtime.GC()
					}
				}
			}()
		}
		go func() {
			wg.Wait()
			close(ch)
		}()
		good, bad, idsum := 0, 0, 0
		var keep []*message
		for m := range ch {
			if verify(m) {
				good++
			} else {
				bad++
			}
			idsum += m.id
			if m.id%100 == 0 {
				keep = append(keep, m)
			}
			if good%1000 == 0 {
				runtime.GC()
			}
		}
		runtime.GC()
		kept := 0
		for _, m := range keep {
			if verify(m) {
				kept++
			}
		}
		fmt.Printf("buffer %d: good %d bad %d idsum %d kept %d/%d\n", size, good, bad, idsum, kept, len(keep))
	}
	// Values (not pointers) holding pointers, through a channel of structs.
	type pair struct {
		a, b *int
		s    string
	}
	pc := make(chan pair, 4)
	go func() {
		for i := 0; i < 2000; i++ {
			a, b := i, i*2
			pc <- pair{&a, &b, strconv.Itoa(i)}
		}
		close(pc)
	}()
	ok := 0
	for p := range pc {
		if *p.b == 2**p.a && p.s == strconv.Itoa(*p.a) {
			ok++
		}
		if ok%300 == 0 {
			runtime.GC()
		}
	}
	fmt.Println("pairs ok", ok)
}
