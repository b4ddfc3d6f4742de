// String building: strings.Builder, concatenation, strconv, byte and rune loops.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 300000; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(',')
	}
	s := sb.String()
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	parts := strings.Split(s, ",")
	total := 0
	for _, p := range parts {
		if n, err := strconv.Atoi(p); err == nil {
			total += n
		}
	}
	cat := ""
	for i := 0; i < 2000; i++ {
		cat += string(rune('a' + i%26))
	}
	runes := 0
	for range strings.Repeat("héllo wörld ", 20000) {
		runes++
	}
	up := strings.ToUpper(s[:100000])
	fmt.Println(len(s), h, len(parts), total, len(cat), runes, strings.Count(up, "9"))
}
