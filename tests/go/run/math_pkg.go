package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.Round(-2.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan(1), math.Atan2(1, -1), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Sinh(1))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsNaN(math.Sqrt(-1)), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxUint32)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Pow(0, 0), math.Pow(-8, 1.0/3), math.Sqrt(-0.0), math.Inf(1)-math.Inf(1))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0.0), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Remainder(7, 3), math.Expm1(0), math.Log1p(0), math.Gamma(5))
	fmt.Printf("%.4f %.4f\n", math.Erf(0.5), math.Exp2(3.5))
	fmt.Println(math.Nextafter(1, 2), math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.Trunc(1e300), math.Floor(-0.5), math.Abs(math.Inf(-1)))
}
