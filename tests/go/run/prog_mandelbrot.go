package main

import (
	"fmt"
	"strings"
)

func escape(cr, ci float64, limit int) int {
	zr, zi := 0.0, 0.0
	for i := 0; i < limit; i++ {
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
		if zr*zr+zi*zi > 4 {
			return i
		}
	}
	return limit
}

func main() {
	const w, h, limit = 64, 24, 200
	shades := " .:-=+*#%@"
	total := 0
	var sb strings.Builder
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/w
			ci := -1.2 + 2.4*float64(y)/h
			n := escape(cr, ci, limit)
			total += n
			idx := n * (len(shades) - 1) / limit
			sb.WriteByte(shades[idx])
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Println("total iterations:", total)
	inside := 0
	for y := 0; y < 200; y++ {
		for x := 0; x < 300; x++ {
			if escape(-2+2.5*float64(x)/300, -1.25+2.5*float64(y)/200, 100) == 100 {
				inside++
			}
		}
	}
	fmt.Printf("area estimate: %.4f\n", float64(inside)/60000*2.5*2.5)
}
