// go and defer with method calls, method values and closures over receivers; defers inside
// loops and inside closures.
package main

import "fmt"

type Server struct {
	name  string
	conns int
}

func (s *Server) Serve(n int) { s.conns += n } // ERROR "s does not escape$"

func (s Server) Describe() string { return s.name } // ERROR "leaking param: s to result ~r0 level=0$"

func (s *Server) Log(msg string) { fmt.Println(s.name, msg) } // ERROR "leaking param content: s$" "leaking param: msg$" "\.\.\. argument does not escape$" "s\.name escapes to heap$" "msg escapes to heap$"

func startMethod() {
	s := Server{name: "a"} // ERROR "moved to heap: s$"
	go s.Serve(1)
}

func startMethodValue() {
	s := &Server{name: "b"} // ERROR "&Server\{\.\.\.\} escapes to heap$"
	f := s.Serve // ERROR "s\.Serve escapes to heap$"
	go f(2)
}

func startValueMethod() {
	s := Server{name: "c"}
	go s.Describe()
}

func deferMethodPtr() int {
	s := Server{name: "d"}
	defer s.Serve(3)
	return s.conns
}

func deferValueMethod() {
	s := Server{name: "e"}
	defer s.Describe()
}

func deferLog(names []string) { // ERROR "leaking param content: names$"
	s := Server{name: "f"} // ERROR "moved to heap: s$"
	for _, n := range names {
		defer s.Log(n)
	}
}

func deferInClosure() {
	func() { // ERROR "func literal does not escape$"
		x := 1
		defer func() { x++ }() // ERROR "func literal does not escape$"
	}()
}

func goInLoopCapture(servers []*Server) { // ERROR "leaking param content: servers$"
	for _, s := range servers {
		go func() { s.Serve(1) }() // ERROR "func literal escapes to heap$"
	}
}

func goDeferRecover() {
	go func() { // ERROR "func literal escapes to heap$"
		defer func() { // ERROR "func literal does not escape$"
			_ = recover()
		}()
		panic("boom") // ERROR "\"boom\" escapes to heap$"
	}()
}

func main() {
	startMethod()
	startMethodValue()
	startValueMethod()
	_ = deferMethodPtr()
	deferValueMethod()
	deferLog([]string{"x"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	deferInClosure()
	goInLoopCapture(nil)
	goDeferRecover()
}
