// Package utf8 (Burrow's standard library source): UTF-8 encoding and
// decoding exactly as Go's unicode/utf8, in plain Go.
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte
	MaxRune   = '\U0010FFFF' // maximum valid Unicode code point
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// decode decodes the first rune of the bytes got by at(i) for i < n.
// Returns (RuneError, 1) for invalid encodings and (RuneError, 0) for n == 0.
func decodeBytes(b0, b1, b2, b3 byte, n int) (rune, int) {
	if n < 1 {
		return RuneError, 0
	}
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	var need int
	var r rune
	var lo, hi byte = 0x80, 0xBF
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		need, r = 2, rune(b0&0x1F)
	case b0 >= 0xE0 && b0 <= 0xEF:
		need, r = 3, rune(b0&0x0F)
		if b0 == 0xE0 {
			lo = 0xA0
		} else if b0 == 0xED {
			hi = 0x9F
		}
	case b0 >= 0xF0 && b0 <= 0xF4:
		need, r = 4, rune(b0&0x07)
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
	default:
		return RuneError, 1
	}
	if n < 2 || b1 < lo || b1 > hi {
		return RuneError, 1
	}
	r = r<<6 | rune(b1&0x3F)
	if need == 2 {
		return r, 2
	}
	if n < 3 || b2 < 0x80 || b2 > 0xBF {
		return RuneError, 1
	}
	r = r<<6 | rune(b2&0x3F)
	if need == 3 {
		return r, 3
	}
	if n < 4 || b3 < 0x80 || b3 > 0xBF {
		return RuneError, 1
	}
	return r<<6 | rune(b3&0x3F), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune
// and its width in bytes.
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	if p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	var b1, b2, b3 byte
	if n > 1 {
		b1 = p[1]
	}
	if n > 2 {
		b2 = p[2]
	}
	if n > 3 {
		b3 = p[3]
	}
	return decodeBytes(p[0], b1, b2, b3, n)
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	if s[0] < RuneSelf {
		return rune(s[0]), 1
	}
	var b1, b2, b3 byte
	if n > 1 {
		b1 = s[1]
	}
	if n > 2 {
		b2 = s[2]
	}
	if n > 3 {
		b3 = s[3]
	}
	return decodeBytes(s[0], b1, b2, b3, n)
}

// DecodeLastRune unpacks the last UTF-8 encoding in p.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if p[start] < RuneSelf {
		return rune(p[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(p[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	start := end - 1
	if s[start] < RuneSelf {
		return rune(s[start]), 1
	}
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if RuneStart(s[start]) {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune
// (an invalid encoding counts as full: it decodes as a width-1 error).
func FullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return true
	}
	need := 0
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		need = 2
	case b0 >= 0xE0 && b0 <= 0xEF:
		need = 3
	case b0 >= 0xF0 && b0 <= 0xF4:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	// An invalid continuation byte among those present makes it "full"
	// (it decodes as a width-1 error); absent bytes are assumed valid.
	b1, b2 := byte(0x80), byte(0x80)
	if b0 == 0xE0 {
		b1 = 0xA0
	} else if b0 == 0xF0 {
		b1 = 0x90
	}
	if n > 1 {
		b1 = p[1]
	}
	if n > 2 {
		b2 = p[2]
	}
	_, size := decodeBytes(b0, b1, b2, 0x80, need)
	return size == 1
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	return FullRune([]byte(s))
}

// RuneLen returns the number of bytes in the UTF-8 encoding of r, or -1
// if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p (which must be large
// enough) and returns the number of bytes written. Invalid runes are
// encoded as RuneError.
func EncodeRune(p []byte, r rune) int {
	if r >= 0 && r < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if r < 0 || r > MaxRune || (surrogateMin <= r && r <= surrogateMax) {
		r = RuneError
	}
	switch {
	case r < 0x800:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r < 0x10000:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [4]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p; invalid bytes count as one
// rune each.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRune(p[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// RuneStart reports whether b could be the first byte of an encoded rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8 runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
