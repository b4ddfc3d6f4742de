package main

import "fmt"

type T struct {
	A int
	b string
}

func main() {
	fmt.Println(1e20, 123456789.0, 1e21, 0.0001, 0.00001, float32(0.1), 3.14)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, []float64{1, 2.5}, 1e21, float32(2))
	fmt.Printf("%05s|%-05d|%x|%X|% x|%#x\n", "ab", 3, "hi", []byte("hi"), "hi", "hi")
	fmt.Printf("%#v %#v %#v\n", []byte{1, 2}, uint8(5), T{1, "x"})
	fmt.Printf("%v %+v\n", &T{1, "x"}, []*int{nil})
	fmt.Printf("%08.3f|%+.2e|%#g|%#.3x|% d\n", -3.14159, 12345.678, 1.0, 3.5, 5)
	fmt.Printf("%d %s\n", "hi", 5)
	fmt.Printf("%!|%z|%[3]d %[1]d|%d\n", 1, 2)
	var e error
	fmt.Printf("%v %d %s\n", nil, nil, e)
	fmt.Printf("%6.2v|%-8q|%U|%#U|%c\n", 3.14159, "a\n", 0x1F600, 'x', 65)
	fmt.Printf("%t %v %08b %o %O %#o\n", true, false, 5, 8, 8, 8)
	fmt.Printf("%x %X %#x\n", -255, 255, -1)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%.2s|%5.1s|\n", "héllo", "abc")
	fmt.Printf("%v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%v %v\n", complex(1, 2), complex64(complex(-1.5, -2)))
	fmt.Printf("%e %E %.3g %G\n", 1234.5678, 0.000012, 1234.5678, 1e-7)
	fmt.Printf("%T %T %T %T %T\n", 1, "s", []int{}, map[string]bool{}, nil)
	fmt.Printf("%q %q %+q %#q\n", 'x', "héllo", "héllo", "abc")
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%6.2f|%-8.3f|%+d\n", 3.14159, 2.5, 5)
	fmt.Printf("%x %.3x\n", "hello", "hello")
	fmt.Printf("%#v %#v\n", "hi", []string{"a"})
	var ip *int
	fmt.Printf("%v %#v %d\n", ip, ip, []int(nil))
	fmt.Printf("%#v %#v\n", []int(nil), map[string]int(nil))
	var ii interface{}
	fmt.Printf("%#v\n", ii)
	fmt.Printf("%v|%s\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 2}, "x", 42)
	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println("x", 1, true, nil, 'a')
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%d\n", []byte("ab"))
	fmt.Printf("%.0f %.0f %.1f\n", 0.5, 1.5, 0.05)
	fmt.Printf("%g %g %v\n", 100000.0, 1000000.0, float32(1e10))
	fmt.Printf("%#.0f %#e %#.0e\n", 1.0, 1.0, 1.0)
	fmt.Printf("%-010d|%010.3f|%+010.2f\n", 5, -1.5, 2.25)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.[2]d\n", 1, 2)
	fmt.Printf("%*d\n", "x", 1)
	fmt.Printf("%.*d\n", -1, 1)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%v %v\n", struct{}{}, [2]bool{true})
	fmt.Printf("%x %X\n", 3.5, []int{10, 11})
	fmt.Printf("%s %v\n", fmt.Errorf("e %d", 1), [3]string{"a"})
	fmt.Printf("%v %.3v %10.4v|%-10v|\n", 1.0/3, 2.0/3, 1e-7, 123.0)
	fmt.Printf("%08d|%+08d|% 08d|%-8d|%x|%#X\n", -42, 42, 42, -42, uint64(1<<63), 255)
	fmt.Printf("%U %#U %c %q\n", 0x2603, 0x2603, 0x2603, 0x2603)
	fmt.Printf("%v %v %v %v\n", int8(-128), int16(-32768), uint32(4294967295), int64(-9223372036854775808))
	fmt.Printf("%b %o %x\n", -5, -8, -16)
	fmt.Printf("%.3s|%.10s|%-6.2s|\n", "日本語日本語", "ab", "xyz")
	fmt.Printf("%t|%6t|%v\n", false, true, !false)
}
