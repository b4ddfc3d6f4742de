package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e6, 1e21, 1.5e-7, 123456789.123, 2.0 / 3}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%g|%G|%.2f|%8.3f|%-10.1e|%+.3g\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%f %v %g %e\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN())
	fmt.Printf("%5.1f|%-8.2f|%08.2f|%+08.2f|% f\n", 3.14159, 2.5, -3.5, 3.5, 1.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3g %.10g %g %g %g\n", 1234567.0, 1.0/3, 100000.0, 1e20, 1e-5)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e50)
	fmt.Printf("%v %v\n", float32(1.1), float32(16777217))
	fmt.Printf("%g %e %.1f\n", float32(0.1), float32(2.5), float32(1.25))
	fmt.Printf("%x %X %b\n", 1.0, 0.5, 2.0)
	fmt.Printf("%6.2v|%.3v|%10v|\n", math.Pi, math.Pi, 2.5)
	fmt.Println(1e-4, 1e-5, 12345678.0, 123456789012345678.0, 0.1+0.2)
	fmt.Println(float32(1e-5), float32(3.3), math.MaxInt64, math.Pi)
	fmt.Printf("%v %.2f\n", complex(1.5, -2), complex(1, 1))
	fmt.Printf("%08.3f|%-08.3f|\n", -1.5, 1.5)
	fmt.Println(fmt.Sprint(1.0, 2.0), fmt.Sprint(100.0), fmt.Sprint(-0.0))
}
