// Scanning (Burrow's standard library source): Scan, Scanln, Scanf and
// their Sscan*/Fscan* forms, following Go's fmt/scan.go rune by rune so
// that results and error texts agree. Operands must be pointers to the
// basic types (bool, ints, uints, floats, string, []byte); Scanner
// methods and other types are not supported.
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

type scanError struct {
	err error
}

const scanEOF = -1

const hugeWid = 1 << 30

type ss struct {
	r         io.Reader
	str       string
	pos       int
	isStr     bool
	one       [1]byte
	peekRune  rune
	atEOF     bool
	nlIsEnd   bool
	nlIsSpace bool
	count     int
	argLimit  int
	limit     int
	maxWid    int
	buf       []byte
}

func newScan(r io.Reader, str string, isStr bool, nlIsSpace, nlIsEnd bool) *ss {
	return &ss{r: r, str: str, isStr: isStr, peekRune: -1, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		argLimit: hugeWid, limit: hugeWid, maxWid: hugeWid}
}

func (s *ss) readByte() (byte, bool) {
	if s.isStr {
		if s.pos >= len(s.str) {
			return 0, false
		}
		b := s.str[s.pos]
		s.pos++
		return b, true
	}
	for {
		n, err := s.r.Read(s.one[:])
		if n == 1 {
			return s.one[0], true
		}
		if err == io.EOF {
			return 0, false
		}
		if err != nil {
			panic(scanError{err})
		}
	}
}

func (s *ss) ReadRune() rune {
	if s.atEOF || s.count >= s.argLimit {
		return scanEOF
	}
	var r rune
	if s.peekRune >= 0 {
		r = s.peekRune
		s.peekRune = -1
	} else {
		b, ok := s.readByte()
		if !ok {
			s.atEOF = true
			return scanEOF
		}
		r = rune(b)
		if b >= utf8.RuneSelf {
			n := 2
			if b >= 0xF0 {
				n = 4
			} else if b >= 0xE0 {
				n = 3
			}
			p := []byte{b}
			for len(p) < n {
				c, ok := s.readByte()
				if !ok {
					break
				}
				p = append(p, c)
			}
			r, _ = utf8.DecodeRune(p)
		}
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *ss) UnreadRune(r rune) {
	s.peekRune = r
	s.atEOF = false
	s.count--
}

func (s *ss) getRune() rune {
	return s.ReadRune()
}

func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == scanEOF {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune(r)
			break
		}
	}
}

func (s *ss) token(skipSpace bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == scanEOF {
			break
		}
		if !notSpace(r) {
			s.UnreadRune(r)
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != scanEOF {
		s.UnreadRune(r)
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) notEOF() {
	r := s.getRune()
	if r == scanEOF {
		panic(io.EOF)
	}
	s.UnreadRune(r)
}

func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == scanEOF {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.UnreadRune(r)
	}
	return false
}

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.errorString("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	signChars         = "+-"
	periodChars       = "."
	exponentChars     = "eEpP"
)

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base = 2
		digits = binaryDigits
	case 'o':
		base = 8
		digits = octalDigits
	case 'x', 'X', 'U':
		base = 16
		digits = hexadecimalDigits
	}
	return
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	default:
		return 0, octalDigits + "_", true
	}
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(signChars)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signChars)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponentChars
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(periodChars) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signChars)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func (s *ss) scanFloat(verb rune, bitSize int, typ string) float64 {
	if !s.okVerb(verb, "beEfFgGv", typ) {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	f, err := strconv.ParseFloat(s.floatToken(), bitSize)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.token(true))
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	switch {
	case d >= '0' && d <= '9':
		return int(d - '0'), true
	case d >= 'a' && d <= 'f':
		return 10 + int(d-'a'), true
	case d >= 'A' && d <= 'F':
		return 10 + int(d-'A'), true
	}
	return -1, false
}

func (s *ss) hexByte() (byte, bool) {
	rune1 := s.getRune()
	if rune1 == scanEOF {
		return 0, false
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune(rune1)
		return 0, false
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return 0, false
	}
	return byte(value1<<4 | value2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		t := Sprintf("%T", arg)
		if len(t) == 0 || t[0] != '*' {
			s.errorString("type not a pointer: " + t)
		}
		s.errorString("can't scan type: " + t)
	}
}

func scanErrorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer scanErrorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != scanEOF {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != scanEOF {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != scanEOF {
					s.UnreadRune(inputc)
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune(inputc)
			return -1
		}
		i += w
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer scanErrorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		widPresent := false
		s.maxWid = 0
		for i <= end && format[i] >= '0' && format[i] <= '9' {
			s.maxWid = s.maxWid*10 + int(format[i]-'0')
			widPresent = true
			i++
		}
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is like Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf scans text read from standard input as the format directs.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Sscan(str string, a ...any) (n int, err error) {
	return newScan(nil, str, true, true, false).doScan(a)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return newScan(nil, str, true, false, true).doScan(a)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScan(nil, str, true, false, false).doScanf(format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScan(r, "", false, true, false).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScan(r, "", false, false, true).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScan(r, "", false, false, false).doScanf(format, a)
}
