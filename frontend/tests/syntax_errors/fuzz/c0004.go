package main

import "fmt"

func f() (int, error) { return 0, nil }

func main() {
	var a [3]int
	s := a[:]
	i, j := 0, 1
	i, j = j, i
	i += 2
	j <<= 1
	i++
	j--
	ch := make(chan int, 1)
	ch <- 1
	<-ch
	if v, err := f(); err != nil {
		return
	} else if v > 0 {
		i = v
	} else {
		i = -v
	}
	for {
		break
	}
	for i < 10 {
		i++
	}
	for k := 0; k < 3; k++ {
		continue
	}
	 k, v := range s {
		_, _ = k, v
	}
	for k := range 3 {
		_ = k
	}
	for range s {
	}
	var k int
	for k = range s {
	}
	_ = k
	switch x := i; {
	case x > 1, x < -1:
		fallthrough
	case x == 0:
	default:
	}
	switch i {
	}
	var e any = i
	switch t := e.(type) {
	case int, string:
		_ = t
	case nil:
	}
	switch e.(type) {
	}
	select {
	case v := <-ch:
		_go= v
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 2:
	default:
	}
outer:
	for {
		for {
			continue outer
		}
	}
	goto end
end:
	{
		const c = 1
		type T int
		var u T = c
		_ = u
	}
	go func() {}()
	defer fmt.Println("done")
	func() {}()
	;
}
