// Package strconv (Burrow's standard library source).
//
// Integer parsing and formatting helpers are plain Go; float formatting
// and parsing, quoting and unquoting are natives (vm/src/natives/strconv.rs,
// shared with fmt) that match Go byte for byte.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// cloneString copies s so that an error does not keep the caller's string
// (as Go's strconv does with stringslite.Clone: the input does not escape).
func cloneString(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return string(b)
}

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, cloneString(str), ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, cloneString(str), errors.New("invalid bit size " + Itoa(bitSize))}
}

// ---- booleans ----

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// ---- integers ----

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether the underscores in s are allowed: each
// between digits (a base prefix counts as a digit).
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' || hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f' {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	// cutoff is the smallest number such that cutoff*base > maxUint64.
	const maxUint64 = 1<<64 - 1
	cutoff := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = cloneString(s0)
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if 0 < len(s) && len(s) < 19 {
		// Fast path for small integers that fit int type.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			ch := s[i] - '0'
			if ch > 9 {
				return 0, syntaxError(fn, s0)
			}
			n = n*10 + int(ch)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = fn
	}
	return int(i64), err
}

func formatInt(i int64, base int) string
func formatUint(u uint64, base int) string

// FormatInt returns the string representation of i in the given base,
// for 2 <= base <= 36, lower-case letters for digits >= 10.
func FormatInt(i int64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatInt(i, base)
}

// FormatUint returns the string representation of i in the given base.
func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	return formatUint(i, base)
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string {
	return formatInt(int64(i), 10)
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// ---- floats ----

// FormatFloat converts the floating-point number f to a string, according
// to the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision
// prec (-1: the fewest digits that read back exactly); bitSize is 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// AppendFloat appends the string form of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// parseFloat: code 0 ok, 1 syntax error, 2 out of range.
func parseFloat(s string, bitSize int) (f float64, code int)

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	switch code {
	case 1:
		return 0, syntaxError("ParseFloat", s)
	case 2:
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// ---- quoting ----

func quoteWith(s string, mode int) string
func quoteRuneWith(r rune, mode int) string
func unquote(s string) (string, bool)

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string { return quoteWith(s, 0) }

// QuoteToASCII is like Quote but escapes every non-ASCII character.
func QuoteToASCII(s string) string { return quoteWith(s, 1) }

// QuoteToGraphic is like Quote but leaves Unicode graphic characters
// (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return quoteWith(s, 2) }

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return quoteRuneWith(r, 0) }

// QuoteRuneToASCII is like QuoteRune but escapes non-ASCII characters.
func QuoteRuneToASCII(r rune) string { return quoteRuneWith(r, 1) }

// QuoteRuneToGraphic is like QuoteRune but leaves graphic characters.
func QuoteRuneToGraphic(r rune) string { return quoteRuneWith(r, 2) }

func AppendQuote(dst []byte, s string) []byte { return append(dst, Quote(s)...) }

func AppendQuoteToASCII(dst []byte, s string) []byte { return append(dst, QuoteToASCII(s)...) }

func AppendQuoteRune(dst []byte, r rune) []byte { return append(dst, QuoteRune(r)...) }

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// CanBackquote reports whether s can be represented unchanged as a
// single-line backquoted string.
func CanBackquote(s string) bool

// IsPrint reports whether r is printable as Go defines it (letters,
// marks, numbers, punctuation, symbols and the ASCII space).
func IsPrint(r rune) bool

// IsGraphic is like IsPrint but also admits the Unicode space characters.
func IsGraphic(r rune) bool

// Unquote interprets s as a single-quoted, double-quoted, or backquoted
// Go string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// QuotedPrefix returns the quoted string at the prefix of s.
func QuotedPrefix(s string) (string, error) {
	if len(s) == 0 {
		return "", ErrSyntax
	}
	q := s[0]
	if q != '"' && q != '\'' && q != '`' {
		return "", ErrSyntax
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if c == '\\' && q != '`' {
			i++
			continue
		}
		if c == '\n' && q != '`' {
			return "", ErrSyntax
		}
		if c == q {
			if _, ok := unquote(s[:i+1]); ok {
				return s[:i+1], nil
			}
			return "", ErrSyntax
		}
	}
	return "", ErrSyntax
}

// UnquoteChar decodes the first character or byte in the escaped string
// or character literal represented by the string s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	// An escape: find its length and let the native decode it.
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	n := 2
	switch s[1] {
	case 'x':
		n = 4
	case 'u':
		n = 6
	case 'U':
		n = 10
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n = 4
	}
	if len(s) < n {
		return 0, false, "", ErrSyntax
	}
	q := "\""
	if quote == '\'' {
		q = "'"
	}
	v, ok := unquote(q + s[:n] + q)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	if s[1] == 'u' || s[1] == 'U' {
		r, _ := utf8.DecodeRuneInString(v)
		return r, true, s[n:], nil
	}
	if len(v) != 1 {
		r, _ := utf8.DecodeRuneInString(v)
		return r, false, s[n:], nil
	}
	return rune(v[0]), false, s[n:], nil
}
