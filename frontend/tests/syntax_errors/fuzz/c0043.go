package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	n := 0
	for n < 5 {
		n++
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println(k)
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.()
	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				found = i
				break search
			}
		}
	}
	fmt.Println("found row", found)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T%d ", i, i)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(<-, ",", j, " ")
	}
	fmt.Println()
	m := 0
lbl:
	switch {
	case true:
		for {
			m++
			if m > 2 {
				break lbl
			}
		}
	}
	fmt.Println(m)
	i := 0
loop:
	if i < 4 {
		fmt.Print("g", i)
		i++
		goto loop
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
