package unicode

import real "unicode"

var tabs []*real.RangeTable

func tableID(kind, name string) int {
	var m map[string]*real.RangeTable
	switch kind {
	case "cat":
		m = real.Categories
	case "script":
		m = real.Scripts
	default:
		m = real.Properties
	}
	t := m[name]
	if t == nil {
		return 0
	}
	tabs = append(tabs, t)
	return len(tabs)
}
func inTable(id int, r rune) bool { return real.Is(tabs[id-1], r) }
func IsLetter(r rune) bool        { return real.IsLetter(r) }
func IsUpper(r rune) bool         { return real.IsUpper(r) }
func IsLower(r rune) bool         { return real.IsLower(r) }
func IsTitle(r rune) bool         { return real.IsTitle(r) }
func IsDigit(r rune) bool         { return real.IsDigit(r) }
func IsNumber(r rune) bool        { return real.IsNumber(r) }
func IsMark(r rune) bool          { return real.IsMark(r) }
func IsPunct(r rune) bool         { return real.IsPunct(r) }
func IsSymbol(r rune) bool        { return real.IsSymbol(r) }
func IsSpace(r rune) bool         { return real.IsSpace(r) }
func IsControl(r rune) bool       { return real.IsControl(r) }
func IsPrint(r rune) bool         { return real.IsPrint(r) }
func IsGraphic(r rune) bool       { return real.IsGraphic(r) }
func ToUpper(r rune) rune         { return real.ToUpper(r) }
func ToLower(r rune) rune         { return real.ToLower(r) }
func ToTitle(r rune) rune         { return real.ToTitle(r) }
func SimpleFold(r rune) rune      { return real.SimpleFold(r) }
func toCase(c int, r rune) rune   { return real.To(c, r) }
