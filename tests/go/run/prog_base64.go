package main

import (
	"errors"
	"fmt"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func encode(src []byte) string {
	var sb strings.Builder
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				sb.WriteByte(alphabet[v>>(18-6*j)&0x3F])
			} else {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

func decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, errors.New("bad length")
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var v uint
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			v <<= 6
			if c == '=' {
				pad++
				continue
			}
			k := strings.IndexByte(alphabet, c)
			if k < 0 {
				return nil, fmt.Errorf("bad byte %q at %d", c, i+j)
			}
			v |= uint(k)
		}
		out = append(out, byte(v>>16), byte(v>>8), byte(v))
		out = out[:len(out)-pad]
	}
	return out, nil
}

func hexdump(b []byte) {
	for off := 0; off < len(b); off += 16 {
		end := min(off+16, len(b))
		fmt.Printf("%08x  ", off)
		for i := off; i < off+16; i++ {
			if i < end {
				fmt.Printf("%02x ", b[i])
			} else {
				fmt.Print("   ")
			}
		}
		fmt.Print(" |")
		for _, c := range b[off:end] {
			if c >= 32 && c < 127 {
				fmt.Printf("%c", c)
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println("|")
	}
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo, wörld"} {
		e := encode([]byte(s))
		d, err := decode(e)
		fmt.Printf("%-14q %-20s %q %v\n", s, e, d, err)
	}
	_, err := decode("abc")
	fmt.Println(err)
	_, err = decode("ab!d")
	fmt.Println(err)
	data := make([]byte, 40)
	for i := range data {
		data[i] = byte(i*37 + 11)
	}
	hexdump(data)
	hexdump([]byte("Burrow runs Go!\n\x00\x01"))
}
