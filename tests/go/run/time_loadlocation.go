// LoadLocation: UTC, Local and an unknown zone name; IsDST.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, n := range []string{"", "UTC", "Local", "Nowhere/Special"} {
		l, err := time.LoadLocation(n)
		fmt.Println(l, err)
		if err == nil {
			fmt.Println(time.Date(2020, 1, 1, 0, 0, 0, 0, l), time.Unix(0, 0).In(l).IsDST())
		}
	}
}
