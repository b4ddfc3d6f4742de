// ParseDuration: Go's grammar, rounding of fractions and its exact error texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "+0", "-0", "0s", "5s", "-5s", "+5s", "1.5h", "-1.5h", "2h45m", "1h2m3s4ms5us6ns",
		"1.000000001s", "1.0000000001s", ".5s", "5.s", "1µs", "1μs", "1us", "0.1ns", "1.9ns",
		"3m0.5s", "100000h", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "-2562047h47m16.854775809s", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "99999999999999999999ns",
		"0.333333333333333333333h", "1.00000000000000000000000000001s",
		"", "-", "+", "1", "-1", "1x", "1.5y", "x", ".", ".s", "-.s", "1s2", "1sx",
		"1µx", "3 s", "1\x00s", "1\"s", "1\\s", "1\xffs", "1\u00e9s", "1e3s", "s5",
		"1hh", "1.2.3s", "1ms1", "4m3s2", "\"", "1Ms", "1S", "1H",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q -> error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q -> %v (%d)\n", s, d, int64(d))
	}
	_, err := time.ParseDuration("bad")
	fmt.Printf("%T\n", err)
	fmt.Println(err.Error() == `time: invalid duration "bad"`)
}
