package main

import "fmt"

var _ = fmt.Sprint

func main() {
	नमस्ते := 1
	日本 := 2
	Δx١ := 日本
	_ = Δx١
	Ⅷ := 3
	ª := 4
	x̀ := 5
}
