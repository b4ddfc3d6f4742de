// select: a value sent in a select case escapes like any channel send; receives do not make
// anything escape.
package main

type Msg struct{ n int }

func trySend(ch chan *Msg) bool { // ERROR "ch does not escape$"
	m := Msg{n: 1} // ERROR "moved to heap: m$"
	select {
	case ch <- &m:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan *Msg) int { // ERROR "ch does not escape$"
	select {
	case m := <-ch:
		return m.n
	default:
		return 0
	}
}

func either(a, b chan int) int { // ERROR "a does not escape$" "b does not escape$"
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func sendOrQuit(out chan *Msg, quit chan bool) { // ERROR "out does not escape$" "quit does not escape$"
	for i := 0; i < 3; i++ {
		select {
		case out <- &Msg{n: i}: // ERROR "&Msg\{\.\.\.\} escapes to heap$"
		case <-quit:
			return
		}
	}
}

func main() {
	ch := make(chan *Msg, 1)
	_ = trySend(ch)
	_ = tryRecv(ch)
	a := make(chan int, 1)
	a <- 1
	_ = either(a, make(chan int))
	sendOrQuit(make(chan *Msg, 3), make(chan bool))
}
