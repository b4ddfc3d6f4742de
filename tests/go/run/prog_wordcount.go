package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

type entry struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	counts := make(map[string]int)
	for _, w := range words {
		counts[w]++
	}
	var entries []entry
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(counts))
	for i, e := range entries {
		if i == 8 {
			break
		}
		fmt.Printf("%-12s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("line %d: %d chars, %d words\n", i+1, len(l), len(strings.Fields(l)))
	}
	longest := ""
	for w := range counts {
		if len(w) > len(longest) || (len(w) == len(longest) && w < longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)
	letters := map[rune]int{}
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
		}
	}
	fmt.Println(letters['e'], letters['t'], len(letters))
}
