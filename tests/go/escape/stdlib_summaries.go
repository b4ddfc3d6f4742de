// Summaries of standard-library functions as gc's export data gives them: which parameters
// leak, which flow to results, which do not escape.
package main

import (
	"errors"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var sinkStr string
var sinkStrs []string

func hasPrefix(s, p string) bool { return strings.HasPrefix(s, p) } // ERROR "s does not escape$" "p does not escape$"

func index(s, sub string) int { return strings.Index(s, sub) } // ERROR "s does not escape$" "sub does not escape$"

func lower(s string) string { return strings.ToLower(s) } // ERROR "leaking param: s to result ~r0 level=0$"

func replace(s string) string { return strings.ReplaceAll(s, "a", "b") } // ERROR "leaking param: s to result ~r0 level=0$"

func trimPrefix(s string) string { return strings.TrimPrefix(s, "x") } // ERROR "leaking param: s to result ~r0 level=0$"

func cut(s string) (string, string) { // ERROR "leaking param: s to result ~r0 level=0$" "leaking param: s to result ~r1 level=0$"
	before, after, _ := strings.Cut(s, "=")
	return before, after
}

func join(parts []string) string { return strings.Join(parts, "/") } // ERROR "leaking param: parts to result ~r0 level=1$"

func splitKeep(s string) { sinkStrs = strings.Split(s, " ") } // ERROR "leaking param: s$"

func quote(s string) string { return strconv.Quote(s) } // ERROR "s does not escape$"

func parseInt(s string) int64 { // ERROR "s does not escape$"
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0
	}
	return n
}

func formatInt(n int64) string { return strconv.FormatInt(n, 16) }

func appendInt(b []byte, n int) []byte { return strconv.AppendInt(b, int64(n), 10) } // ERROR "leaking param: b to result ~r0 level=0$"

func sortStrings(s []string) { sort.Strings(s) } // ERROR "s does not escape$"

func searchInts(s []int, v int) int { return sort.SearchInts(s, v) } // ERROR "s does not escape$"

func newError(msg string) error { return errors.New(msg) } // ERROR "leaking param: msg$"

func unwrap(err error) error { return errors.Unwrap(err) } // ERROR "leaking param: err$"

func isUpper(r rune) bool { return unicode.IsUpper(r) }

func runeLen(s string) int { return utf8.RuneCountInString(s) } // ERROR "s does not escape$"

func decode(b []byte) rune { // ERROR "b does not escape$"
	r, _ := utf8.DecodeRune(b)
	return r
}

func sqrt(x float64) float64 { return math.Sqrt(x) }

func args() int { return len(os.Args) }

func main() {
	_ = hasPrefix("ab", "a")
	_ = index("ab", "b")
	_ = lower("A")
	_ = replace("a")
	_ = trimPrefix("xa")
	_, _ = cut("a=b")
	_ = join(nil)
	splitKeep("a b")
	_ = quote("q")
	_ = parseInt("1")
	_ = formatInt(1)
	_ = appendInt(nil, 1)
	sortStrings(nil)
	_ = searchInts(nil, 1)
	_ = newError("e")
	_ = unwrap(nil)
	_ = isUpper('A')
	_ = runeLen("abc")
	_ = decode(nil)
	_ = sqrt(2)
	_ = args()
}
