// `go` statements: the goroutine may outlive the frame, so its closure and everything it
// captures by reference escape; arguments are evaluated and copied at the go statement.
package main

import "fmt"

type Job struct{ id int }

func work(j *Job) { j.id++ } // ERROR "j does not escape$"

func workVal(j Job) int { return j.id }

func goClosureCapture() {
	message := "hello"
	go func() { // ERROR "func literal escapes to heap$"
		fmt.Println(message) // ERROR "\.\.\. argument does not escape$" "\"hello\" escapes to heap$"
	}()
}

func goClosureByRef() {
	n := 0 // ERROR "moved to heap: n$"
	go func() { // ERROR "func literal escapes to heap$"
		n++
	}()
	n++
}

func goWithArgs() {
	j := Job{id: 1} // ERROR "moved to heap: j$"
	go work(&j)
}

func goWithValueArg() {
	j := Job{id: 2}
	go workVal(j)
}

func goLoop(data []int) { // ERROR "leaking param: data$"
	for i := range data {
		go func() { // ERROR "func literal escapes to heap$"
			_ = data[i]
		}()
	}
	for i := range data {
		go func(v int) { // ERROR "func literal escapes to heap$"
			_ = v
		}(i)
	}
}

func goNewInLoop() {
	for i := 0; i < 3; i++ {
		j := &Job{id: i} // ERROR "&Job\{\.\.\.\} escapes to heap$"
		go work(j)
	}
}

func main() {
	goClosureCapture()
	goClosureByRef()
	goWithArgs()
	goWithValueArg()
	goLoop([]int{1, 2, 3}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	goNewInLoop()
}
