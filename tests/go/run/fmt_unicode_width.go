package main

import "fmt"

func main() {
	words := []string{"go", "héllo", "世界", "naïve café", "🙂"}
	for _, w := range words {
		fmt.Printf("[%8s] [%-8s] [%.2s] [%8.3s] [%q]\n", w, w, w, w, w)
	}
	fmt.Printf("[%5c] [%-4c] [%3q]\n", '世', 'é', '🙂')
	fmt.Printf("[%6v] [%-6v]\n", []string{"é"}, "日本")
	fmt.Printf("[%x] [% X] [%#x]\n", "é世", "é世", "é")
	fmt.Printf("[%10.4q]\n", "日本語です")
	fmt.Printf("[%U] [%#U] [%#U]\n", '🙂', '\t', 0x10FFFF)
	t := fmt.Sprintf("%-10s|", "ñandú")
	fmt.Println(t, len(t))
}
