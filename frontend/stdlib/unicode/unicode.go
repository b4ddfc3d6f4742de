// Package unicode (Burrow's standard library source).
//
// Classification and case mapping are natives over the tables of Go's own
// unicode package (frontend/src/unicode/tables.rs), so results agree
// with Go rune for rune. The exported tables (Letter, Han, ...) are
// RangeTables naming a native table by id; a RangeTable a program builds
// itself (R16/R32) is searched in Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower marks a CaseRange delta of alternating upper/lower pairs.
const UpperLower = MaxRune + 1

// Version is the Unicode edition of the tables.
const Version = "15.0.0"

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges
// of code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	id          int // > 0: a native table of Go's unicode package
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

func tableID(kind, name string) int
func inTable(id int, r rune) bool

func table(kind, name string) *RangeTable {
	return &RangeTable{id: tableID(kind, name)}
}

var (
	Letter  = table("cat", "L")
	L       = Letter
	Upper   = table("cat", "Lu")
	Lu      = Upper
	Lower   = table("cat", "Ll")
	Ll      = Lower
	Title   = table("cat", "Lt")
	Lt      = Title
	Lm      = table("cat", "Lm")
	Lo      = table("cat", "Lo")
	Mark    = table("cat", "M")
	M       = Mark
	Mn      = table("cat", "Mn")
	Mc      = table("cat", "Mc")
	Me      = table("cat", "Me")
	Number  = table("cat", "N")
	N       = Number
	Digit   = table("cat", "Nd")
	Nd      = Digit
	Nl      = table("cat", "Nl")
	No      = table("cat", "No")
	Punct   = table("cat", "P")
	P       = Punct
	Pc      = table("cat", "Pc")
	Pd      = table("cat", "Pd")
	Ps      = table("cat", "Ps")
	Pe      = table("cat", "Pe")
	Pi      = table("cat", "Pi")
	Pf      = table("cat", "Pf")
	Po      = table("cat", "Po")
	Symbol  = table("cat", "S")
	S       = Symbol
	Sm      = table("cat", "Sm")
	Sc      = table("cat", "Sc")
	Sk      = table("cat", "Sk")
	So      = table("cat", "So")
	Space   = table("cat", "Z")
	Z       = Space
	Zs      = table("cat", "Zs")
	Zl      = table("cat", "Zl")
	Zp      = table("cat", "Zp")
	Other   = table("cat", "C")
	C       = Other
	Control = table("cat", "Cc")
	Cc      = Control
	Cf      = table("cat", "Cf")
	Co      = table("cat", "Co")
	Cs      = table("cat", "Cs")

	Arabic     = table("script", "Arabic")
	Armenian   = table("script", "Armenian")
	Bengali    = table("script", "Bengali")
	Common     = table("script", "Common")
	Cyrillic   = table("script", "Cyrillic")
	Devanagari = table("script", "Devanagari")
	Georgian   = table("script", "Georgian")
	Greek      = table("script", "Greek")
	Han        = table("script", "Han")
	Hangul     = table("script", "Hangul")
	Hebrew     = table("script", "Hebrew")
	Hiragana   = table("script", "Hiragana")
	Inherited  = table("script", "Inherited")
	Katakana   = table("script", "Katakana")
	Latin      = table("script", "Latin")
	Thai       = table("script", "Thai")

	White_Space     = table("prop", "White_Space")
	Hyphen          = table("prop", "Hyphen")
	Dash            = table("prop", "Dash")
	ASCII_Hex_Digit = table("prop", "ASCII_Hex_Digit")
	Hex_Digit       = table("prop", "Hex_Digit")
	Quotation_Mark  = table("prop", "Quotation_Mark")
)

// GraphicRanges and PrintRanges list the tables IsGraphic and IsPrint use.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}
var PrintRanges = []*RangeTable{L, M, N, P, S}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.id > 0 {
		return inTable(rangeTab.id, r)
	}
	for _, rg := range rangeTab.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func IsLetter(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsMark(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsSpace(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func toCase(c int, r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	return toCase(_case, r)
}
