package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxUint8, math.MaxInt16, uint(math.MaxUint), uint64(math.MaxUint64))
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println(inf, -inf, nan, math.IsNaN(nan), math.IsInf(inf, 0), math.IsInf(-inf, 1), math.IsInf(1e308, 0))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, math.Signbit(negz), 1/negz, math.Abs(negz), math.Signbit(math.Abs(-2)))
	for _, x := range []float64{2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e16 + 1, -7.9, 7.1, inf, negz} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	for _, p := range [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {5.5, 2}, {1, 0}, {inf, 1}, {1, inf}, {0, 5}} {
		fmt.Println(p, math.Mod(p[0], p[1]), math.Remainder(p[0], p[1]), math.Dim(p[0], p[1]))
	}
	fmt.Println(math.Max(1, nan), math.Max(inf, nan), math.Min(-inf, nan), math.Max(negz, 0), math.Min(negz, 0), math.Max(-1, -2), math.Min(3, 2))
	for _, x := range []float64{0, 1, 8, 0.75, 1e-310, -3, inf, 1024} {
		f, e := math.Frexp(x)
		fmt.Println(x, f, e, math.Ldexp(f, e), math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(3, -1075), math.Ldexp(1, 1024), math.Ldexp(0.5, 1024), math.Ldexp(-1, 2000))
	for _, x := range []float64{3.75, -3.75, 0.5, -0.25, 1e20, inf} {
		i, f := math.Modf(x)
		fmt.Println(i, f)
	}
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(2, 2), math.Nextafter32(1, 2))
	fmt.Println(math.Float64bits(-1.5), math.Float64frombits(0x3ff8000000000000), math.Float32bits(-2), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(inf), math.Sqrt(negz), math.Cbrt(27), math.Cbrt(-8), math.Hypot(3, 4), math.Hypot(inf, nan))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(9, 0.5), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(-8, 1.0/3), math.Pow(1, nan), math.Pow(nan, 0), math.Pow(-1, inf))
	fmt.Println(math.Log2(8), math.Log2(1024), math.Log2(0.125), math.Log(1), math.Log(0), math.Log(-1), math.Exp(0), math.Log10(1), math.Log1p(0), math.Expm1(0))
	fmt.Printf("%.12f %.12f %.12f %.12f\n", math.Exp(1.5), math.Log(10), math.Log2(10), math.Log10(2))
	fmt.Printf("%.12f %.12f %.12f %.12f %.12f\n", math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(2), math.Atan2(-1, -1))
	fmt.Printf("%.12f %.12f %.12f %.12f %.12f %.12f\n", math.Asin(0.5), math.Acos(0.5), math.Sinh(2), math.Cosh(2), math.Tanh(0.5), math.Asinh(1))
	fmt.Printf("%.10f %.10f %.10f %.10f %.10f\n", math.Gamma(0.5), math.Gamma(4.5), math.Erf(1), math.Erfc(0.3), math.Exp2(0.5))
	fmt.Println(math.Gamma(1), math.Gamma(6), math.Gamma(0), math.Gamma(-1), math.FMA(2, 3, 4), math.Pow10(3), math.Pow10(-400))
	s, c := math.Sincos(0)
	fmt.Println(s, c, math.Sin(0), math.Atan(inf) == math.Pi/2)

	fmt.Println(bits.LeadingZeros16(1), bits.TrailingZeros32(0x80), bits.Len32(0x7fffffff), bits.Len16(0), bits.OnesCount16(0xffff))
	fmt.Println(bits.Reverse32(1), bits.Reverse64(6), bits.ReverseBytes16(0x1234), bits.ReverseBytes(0x0102))
	fmt.Println(bits.RotateLeft(1, -1), bits.RotateLeft16(0x8001, 4), bits.RotateLeft64(1, 65))
	for _, c := range [][3]uint64{{1, 2, 0}, {1<<64 - 1, 1, 0}, {1<<64 - 1, 1<<64 - 1, 1}} {
		s, co := bits.Add64(c[0], c[1], c[2])
		d, bo := bits.Sub64(c[1], c[0], c[2])
		hi, lo := bits.Mul64(c[0], c[1])
		fmt.Println(s, co, d, bo, hi, lo)
	}
	q, r := bits.Div64(0x1234, 0x56789abcdef01234, 0xfedcba9876543210)
	fmt.Println(q, r, bits.Rem64(5, 7, 3))
	q32, r32 := bits.Div32(1, 5, 7)
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	h32, l32 := bits.Mul32(1<<31, 6)
	fmt.Println(q32, r32, s32, c32, h32, l32)
	qq, rr := bits.Div(0, 100, 7)
	fmt.Println(qq, rr)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bits.Div64(5, 0, 5)
	}()
}
