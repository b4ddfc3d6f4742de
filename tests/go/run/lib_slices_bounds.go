package main

import (
	"fmt"
	"slices"
)

func try(label string, f func() any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panic:", r)
		}
	}()
	fmt.Println(label, f())
}

func main() {
	base := []int{1, 2, 3, 4, 5}
	s := base[:3:5]
	try("rep 1,4", func() any { return slices.Replace(s, 1, 4) })
	try("rep 1,4,x", func() any { return slices.Replace(s, 1, 4, 8, 9) })
	try("rep 4,4", func() any { return slices.Replace(s, 4, 4, 9) })
	try("rep 3,3", func() any { return slices.Replace(s, 3, 3, 9) })
	try("rep 3,5", func() any { return slices.Replace(s, 3, 5, 9) })
	try("del 1,4", func() any { return slices.Delete(s, 1, 4) })
	try("ins 4", func() any { return slices.Insert(s, 4, 1) })
	try("rep -1", func() any { return slices.Replace(s, -1, 2) })
	try("del -1", func() any { return slices.Delete(s, -1, 2) })
	try("grow big", func() any { return len(slices.Grow(s, 1)) })
	fmt.Println(base)
}
