package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 16777216
	f32++
	fmt.Println("float32 precision:", f32)
	var f64 float64 = 0.1
	fmt.Println(f64+0.2, f64*3, 1/3.0)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z)
	nan := math.NaN()
	fmt.Println(nan, nan == nan, nan != nan, nan < 1, math.IsNaN(nan))
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.Inf(1))
	fmt.Println(1e21, 1e20, 123456789.0, 1e-7, 0.000001)
	fmt.Println(float32(1e21), float32(3.4e38), math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
	var negz = math.Copysign(0, -1)
	fmt.Println(negz, 1/negz, negz == 0)
	p, q, w := 3.99, -3.99, 300.7
	fmt.Println(int(p), int(q), int641e18), uint8(int(w)&0xff))
	fmt.Println(float64(7)/2, 7/2, float64(7/2))
	a := 2.5
	fmt.Println(a*a, a/0.5, -a, a-5)
	var f float32 = 1.1
	fmt.Println(f*f, float64(f)*float64(f))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), c == complex(1, 2))
	var c64 complex64 = 3 + 4i
	fmt.Println(c64, c64*2)
	fmt.Printf("%T %T %T\n", c, c64, 1.5)
}
