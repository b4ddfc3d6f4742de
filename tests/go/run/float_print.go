package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e15, 1e20, 1e21, 123456789e-20, 5e-324,
		math.MaxFloat64, 100, 1.5, -2.25, 1234.5678, 0.000012345, 9007199254740993, 3.0e-10}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += 1.0 / float64(i)
	}
	fmt.Println("harmonic", sum)
	prod := 1.0
	for i := 1; i <= 25; i++ {
		prod *= float64(i)
	}
	fmt.Println("25!", prod)
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
	}
	fmt.Println(x, x == 1.0, math.Abs(x-1) < 1e-9)
	var f32 float32
	for i := 0; i < 10; i++ {
		f32 += 0.1
	}
	fmt.Println(f32)
	big := 1e308
	fmt.Println(math.Sqrt(2)*math.Sqrt(2), big*10, -big*10)
	fmt.Println(float32(math.Pi), float64(float32(math.Pi)))
	fmt.Println(7.0/3.0, float32(7.0)/3)
	ints := []int64{1 << 53, 1<<53 + 1, -(1 << 62)}
	for _, i := range ints {
		fmt.Println(float64(i), int64(float64(i)))
	}
}
