package main

import (
	"fmt"
	"strings"
)

const para = "Go is an open source programming language that makes it simple to build secure, scalable systems. " +
	"It was designed at Google to improve programming productivity in an era of multicore, networked machines " +
	"and large codebases. Programs are built from packages, whose properties allow efficient management of dependencies."

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(text) {
		if n > 0 && n+1+len(w) > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func justify(line string, width int) string {
	words := strings.Fields(line)
	if len(words) == 1 {
		return line
	}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	gaps := len(words) - 1
	spaces := width - total
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	for _, width := range []int{40, 25} {
		lines := wrap(para, width)
		border := "+" + strings.Repeat("-", width+2) + "+"
		fmt.Println(border)
		fmt.Printf("| %s |\n", center(fmt.Sprintf("width %d", width), width))
		fmt.Println(border)
		for i, l := range lines {
			if i < len(lines)-1 {
				l = justify(l, width)
			}
			fmt.Printf("| %-*s |\n", width, l)
		}
		fmt.Println(border)
	}
}
