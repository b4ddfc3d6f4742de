// Duration methods: String, the unit conversions, Round, Truncate, Abs.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999,
		time.Second, time.Second + 1, 1500 * time.Millisecond, 59 * time.Second,
		time.Minute, 61 * time.Second, time.Hour, time.Hour + time.Nanosecond,
		25*time.Hour + 30*time.Minute, -90 * time.Minute, math.MaxInt64, math.MinInt64,
		math.MinInt64 + 1, 2562047 * time.Hour,
	}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
		fmt.Printf("  %.9f %.12f %.15f\n", d.Seconds(), d.Minutes(), d.Hours())
		fmt.Printf("  %v %s %d %q %x\n", d, d, d, d, int64(d))
		fmt.Println("  abs", d.Abs())
	}
	ms := []time.Duration{-1, 0, 1, 2, 3, 7, 1000, time.Millisecond, time.Second, time.Minute, time.Hour, 24 * time.Hour, math.MaxInt64}
	vals := []time.Duration{
		0, 1, -1, 1499, 1500, -1500, 1234567891, -1234567891, 2500 * time.Millisecond,
		-2500 * time.Millisecond, 90 * time.Minute, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
	}
	for _, v := range vals {
		for _, m := range ms {
			fmt.Println(v, m, v.Round(m), v.Truncate(m))
		}
	}
	var sum time.Duration
	for i := 1; i <= 10; i++ {
		sum += time.Duration(i) * 150 * time.Millisecond
	}
	fmt.Println(sum, sum/3, sum%time.Second, sum*2)
	fmt.Println([]time.Duration{time.Second, 2 * time.Minute}, map[string]time.Duration{"a": time.Microsecond})
	type wrap struct {
		D time.Duration
		P *time.Duration
	}
	x := 3 * time.Millisecond
	w := wrap{5 * time.Second, &x}
	fmt.Printf("%v %+v\n", w.D, w.D)
	fmt.Println(*w.P)
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
