package main

import (
	"errors"
	"fmt"
	"strings"
)

func run(prog string, input string) (string, error) {
	jump := make(map[int]int)
	var stack []int
	for i, c := range prog {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return "", fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	if len(stack) > 0 {
		return "", errors.New("unmatched [")
	}
	tape := make([]byte, 30000)
	var out strings.Builder
	ptr, in, steps := 0, 0, 0
	for pc := 0; pc < len(prog); pc++ {
		steps++
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return fmt.Sprintf("%s (%d steps)", out.String(), steps), nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	fmt.Println(run(hello, ""))
	rev := ">,[>,]<[.<]"
	fmt.Println(run(rev, "stressed"))
	fmt.Println(run("[[]", ""))
	fmt.Println(run("+]", ""))
	wrap := "-."
	s, _ := run(wrap, "")
	fmt.Printf("%q\n", s)
}
