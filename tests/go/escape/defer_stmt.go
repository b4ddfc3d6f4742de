// `defer`: a defer outside loops runs in this frame, so its closure stays local; a defer in
// a loop needs a heap-allocated record, so its closure escapes.
package main

import "fmt"

type Res struct{ open bool }

func (r *Res) Close() { r.open = false } // ERROR "r does not escape$"

func closeIt(r *Res) { r.open = false } // ERROR "r does not escape$"

func deferOnce() int {
	n := 0
	defer func() { // ERROR "func literal does not escape$"
		n++
	}()
	return n
}

func deferCaptureValue() {
	x := 3
	defer func() { // ERROR "func literal does not escape$"
		_ = x * 2
	}()
}

func deferMethod() {
	r := Res{open: true}
	defer r.Close()
}

func deferCallArg() {
	r := &Res{open: true} // ERROR "&Res\{\.\.\.\} does not escape$"
	defer closeIt(r)
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer func() { // ERROR "func literal escapes to heap$"
			_ = i
		}()
	}
}

func deferInLoopArg() {
	for i := 0; i < 3; i++ {
		r := &Res{} // ERROR "&Res\{\} escapes to heap$"
		defer closeIt(r)
	}
}

func deferPrint() {
	s := "done"
	defer fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "\"done\" escapes to heap$"
}

func deferNamedResult() (err error) {
	defer func() { // ERROR "func literal does not escape$"
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r) // ERROR "\.\.\. argument does not escape$"
		}
	}()
	return nil
}

func main() {
	_ = deferOnce()
	deferCaptureValue()
	deferMethod()
	deferCallArg()
	deferInLoop()
	deferInLoopArg()
	deferPrint()
	_ = deferNamedResult()
}
