package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func render(sb *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]Value:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + "  " + quote(k) + ": ")
			render(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	default:
		sb.WriteString(quote(fmt.Sprintf("<%T>", x)))
	}
}

func count(v Value) (n int) {
	n = 1
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func main() {
	doc := map[string]Value{
		"name":    "Burrow",
		"version": 1,
		"ratio":   0.25,
		"tags":    []Value{"vm", "go", "gc"},
		"nested": map[string]Value{
			"ok":    true,
			"none":  nil,
			"empty": []Value{},
			"text":  "line1\nline2\t\"quoted\"",
		},
		"matrix": []Value{[]Value{1, 2}, []Value{3, 4.5}},
		"weird":  struct{}{},
	}
	var sb strings.Builder
	render(&sb, doc, 0)
	fmt.Println(sb.String())
	fmt.Println("nodes:", count(doc))
}
