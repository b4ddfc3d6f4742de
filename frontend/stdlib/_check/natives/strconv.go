package strconv

import (
	real "strconv"
	"errors"
)

func FormatFloat(f float64, fmt byte, prec, bitSize int) string { return real.FormatFloat(f, fmt, prec, bitSize) }
func formatInt(i int64, base int) string  { return real.FormatInt(i, base) }
func formatUint(u uint64, base int) string { return real.FormatUint(u, base) }
func parseFloat(s string, bitSize int) (float64, int) {
	f, err := real.ParseFloat(s, bitSize)
	if errors.Is(err, real.ErrSyntax) {
		return f, 1
	}
	if errors.Is(err, real.ErrRange) {
		return f, 2
	}
	return f, 0
}
func quoteWith(s string, mode int) string {
	switch mode {
	case 1:
		return real.QuoteToASCII(s)
	case 2:
		return real.QuoteToGraphic(s)
	}
	return real.Quote(s)
}
func quoteRuneWith(r rune, mode int) string {
	switch mode {
	case 1:
		return real.QuoteRuneToASCII(r)
	case 2:
		return real.QuoteRuneToGraphic(r)
	}
	return real.QuoteRune(r)
}
func unquote(s string) (string, bool) { v, err := real.Unquote(s); return v, err == nil }
func CanBackquote(s string) bool { return real.CanBackquote(s) }
func IsPrint(r rune) bool { return real.IsPrint(r) }
func IsGraphic(r rune) bool { return real.IsGraphic(r) }
