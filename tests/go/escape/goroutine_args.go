// Goroutines started with arguments: the arguments are copied when the go statement runs;
// pointers among them escape, values do not.
package main

type State struct{ hits int }

func bump(s *State, n int) { s.hits += n } // ERROR "s does not escape$"

func look(s State) int { return s.hits }

func spawnPtr() {
	s := State{} // ERROR "moved to heap: s$"
	go bump(&s, 1)
}

func spawnValue() {
	s := State{hits: 2}
	go look(s)
}

func spawnLiteralArgs() {
	go func(s *State, n int) { // ERROR "func literal escapes to heap$" "s does not escape$"
		s.hits += n
	}(&State{}, 3) // ERROR "&State\{\} escapes to heap$"
}

func spawnMany(n int) {
	states := make([]State, n) // ERROR "make\(\[\]State, n\) escapes to heap$"
	for i := range states {
		go bump(&states[i], i)
	}
}

func spawnCaptureAndArg() {
	total := 0 // ERROR "moved to heap: total$"
	s := &State{} // ERROR "&State\{\} escapes to heap$"
	go func(k int) { // ERROR "func literal escapes to heap$"
		total += k
		s.hits++
	}(4)
}

func main() {
	spawnPtr()
	spawnValue()
	spawnLiteralArgs()
	spawnMany(2)
	spawnCaptureAndArg()
}
