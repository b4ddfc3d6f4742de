// Channel sends: whatever is sent may be received by another goroutine, so sent pointers
// escape; a channel made and used in one frame still lives on the heap (make(chan)).
package main

type Msg struct{ body string }

func sendPtr(ch chan *int) { // ERROR "ch does not escape$"
	x := 100 // ERROR "moved to heap: x$"
	ch <- &x
}

func sendValue(ch chan int) { // ERROR "ch does not escape$"
	x := 100
	ch <- x
}

func sendStruct(ch chan Msg) { // ERROR "ch does not escape$"
	m := Msg{body: "hi"}
	ch <- m
}

func sendNewStruct(ch chan *Msg) { // ERROR "ch does not escape$"
	ch <- &Msg{body: "hey"} // ERROR "&Msg\{\.\.\.\} escapes to heap$"
}

func localChan() int {
	ch := make(chan int, 1)
	ch <- 1
	return <-ch
}

func localChanPtr() int {
	ch := make(chan *int, 1)
	v := 5 // ERROR "moved to heap: v$"
	ch <- &v
	return *<-ch
}

func recvOnly(ch chan *Msg) string { // ERROR "ch does not escape$"
	m := <-ch
	return m.body
}

func sendSlice(ch chan []int) { // ERROR "ch does not escape$"
	s := make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
	ch <- s
}

func chanOfChan() chan chan int {
	c := make(chan chan int, 1)
	c <- make(chan int)
	return c
}

func main() {
	sendPtr(make(chan *int, 1))
	sendValue(make(chan int, 1))
	sendStruct(make(chan Msg, 1))
	sendNewStruct(make(chan *Msg, 1))
	_ = localChan()
	_ = localChanPtr()
	sendSlice(make(chan []int, 1))
	_ = chanOfChan()
}
