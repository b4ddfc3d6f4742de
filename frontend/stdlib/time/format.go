// Formatting and parsing of instants (layouts built on the reference
// time Mon Jan 2 15:04:05 MST 2006) and of durations.

package time

// Layouts for Format and Parse.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout.
const (
	stdNone = iota
	stdLongMonth
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0 // ".000..." (digits in fracDigits)
	stdFracSecond9 // ".999..."
)

// nextStd finds the first layout element of layout: the text before it,
// the element, its number of fraction digits (for fractions) and its
// separator, and the text after it. std is stdNone if there is none.
func nextStd(layout string) (prefix string, std int, digits int, sep byte, suffix string) {
	for i := 0; i < len(layout); i++ {
		rest := layout[i:]
		c := layout[i]
		switch c {
		case 'J':
			if hasPrefix(rest, "January") {
				return layout[:i], stdLongMonth, 0, 0, layout[i+7:]
			}
			if hasPrefix(rest, "Jan") {
				return layout[:i], stdMonth, 0, 0, layout[i+3:]
			}
		case 'M':
			if hasPrefix(rest, "Monday") {
				return layout[:i], stdLongWeekDay, 0, 0, layout[i+6:]
			}
			if hasPrefix(rest, "Mon") {
				return layout[:i], stdWeekDay, 0, 0, layout[i+3:]
			}
			if hasPrefix(rest, "MST") {
				return layout[:i], stdTZ, 0, 0, layout[i+3:]
			}
		case '0':
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				s := []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}[rest[1]-'1']
				return layout[:i], s, 0, 0, layout[i+2:]
			}
			if hasPrefix(rest, "002") {
				return layout[:i], stdZeroYearDay, 0, 0, layout[i+3:]
			}
		case '1':
			if hasPrefix(rest, "15") {
				return layout[:i], stdHour, 0, 0, layout[i+2:]
			}
			return layout[:i], stdNumMonth, 0, 0, layout[i+1:]
		case '2':
			if hasPrefix(rest, "2006") {
				return layout[:i], stdLongYear, 0, 0, layout[i+4:]
			}
			return layout[:i], stdDay, 0, 0, layout[i+1:]
		case '_':
			if hasPrefix(rest, "_2") {
				// _2006 is a literal _ followed by the long year.
				if hasPrefix(rest, "_2006") {
					return layout[:i+1], stdLongYear, 0, 0, layout[i+5:]
				}
				return layout[:i], stdUnderDay, 0, 0, layout[i+2:]
			}
			if hasPrefix(rest, "__2") {
				return layout[:i], stdUnderYearDay, 0, 0, layout[i+3:]
			}
		case '3':
			return layout[:i], stdHour12, 0, 0, layout[i+1:]
		case '4':
			return layout[:i], stdMinute, 0, 0, layout[i+1:]
		case '5':
			return layout[:i], stdSecond, 0, 0, layout[i+1:]
		case 'P':
			if hasPrefix(rest, "PM") {
				return layout[:i], stdPM, 0, 0, layout[i+2:]
			}
		case 'p':
			if hasPrefix(rest, "pm") {
				return layout[:i], stdpm, 0, 0, layout[i+2:]
			}
		case '-':
			switch {
			case hasPrefix(rest, "-070000"):
				return layout[:i], stdNumSecondsTz, 0, 0, layout[i+7:]
			case hasPrefix(rest, "-07:00:00"):
				return layout[:i], stdNumColonSecondsTZ, 0, 0, layout[i+9:]
			case hasPrefix(rest, "-0700"):
				return layout[:i], stdNumTZ, 0, 0, layout[i+5:]
			case hasPrefix(rest, "-07:00"):
				return layout[:i], stdNumColonTZ, 0, 0, layout[i+6:]
			case hasPrefix(rest, "-07"):
				return layout[:i], stdNumShortTZ, 0, 0, layout[i+3:]
			}
		case 'Z':
			switch {
			case hasPrefix(rest, "Z070000"):
				return layout[:i], stdISO8601SecondsTZ, 0, 0, layout[i+7:]
			case hasPrefix(rest, "Z07:00:00"):
				return layout[:i], stdISO8601ColonSecondsTZ, 0, 0, layout[i+9:]
			case hasPrefix(rest, "Z0700"):
				return layout[:i], stdISO8601TZ, 0, 0, layout[i+5:]
			case hasPrefix(rest, "Z07:00"):
				return layout[:i], stdISO8601ColonTZ, 0, 0, layout[i+6:]
			case hasPrefix(rest, "Z07"):
				return layout[:i], stdISO8601ShortTZ, 0, 0, layout[i+3:]
			}
		case '.', ',':
			if len(rest) > 1 && (rest[1] == '0' || rest[1] == '9') {
				ch := rest[1]
				j := 1
				for j < len(rest) && rest[j] == ch {
					j++
				}
				if !(j < len(rest) && isDigit(rest[j])) {
					s := stdFracSecond0
					if ch == '9' {
						s = stdFracSecond9
					}
					return layout[:i], s, j - 1, c, layout[i+j:]
				}
			}
		}
	}
	return layout, stdNone, 0, 0, ""
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// appendInt appends x in decimal, zero-padded to width digits.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	s := uintStr(u)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// String returns the time formatted as Go does:
// "2006-01-02 15:04:05.999999999 -0700 MST" plus " m=±<seconds>" when the
// time carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono() {
		m := uint64(t.mono)
		sign := byte('+')
		if t.mono < 0 {
			sign = '-'
			m = -m
		}
		b := []byte(" m=")
		b = append(b, sign)
		b = append(b, uintStr(m/1e9)...)
		b = append(b, '.')
		b = appendInt(b, int(m%1e9), 9)
		s += string(b)
	}
	return s
}

// GoString implements %#v.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, t.Nanosecond(), 0)
	if t.wall&isLocal != 0 {
		b = append(b, ", time.Local)"...)
	} else {
		b = append(b, ", time.UTC)"...)
	}
	return string(b)
}

// Format returns a textual representation of the time value formatted
// according to the layout; every zone is UTC.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(nil, layout))
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	for layout != "" {
		prefix, std, digits, sep, suffix := nextStd(layout)
		b = append(b, prefix...)
		if std == stdNone {
			break
		}
		layout = suffix
		switch std {
		case stdYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case stdLongYear:
			b = appendInt(b, year, 4)
		case stdMonth:
			b = append(b, month.String()[:3]...)
		case stdLongMonth:
			b = append(b, month.String()...)
		case stdNumMonth:
			b = appendInt(b, int(month), 0)
		case stdZeroMonth:
			b = appendInt(b, int(month), 2)
		case stdWeekDay:
			b = append(b, t.Weekday().String()[:3]...)
		case stdLongWeekDay:
			b = append(b, t.Weekday().String()...)
		case stdDay:
			b = appendInt(b, day, 0)
		case stdUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case stdZeroDay:
			b = appendInt(b, day, 2)
		case stdUnderYearDay:
			yd := t.YearDay()
			if yd < 100 {
				b = append(b, ' ')
				if yd < 10 {
					b = append(b, ' ')
				}
			}
			b = appendInt(b, yd, 0)
		case stdZeroYearDay:
			b = appendInt(b, t.YearDay(), 3)
		case stdHour:
			b = appendInt(b, hour, 2)
		case stdHour12:
			b = appendInt(b, hour12(hour), 0)
		case stdZeroHour12:
			b = appendInt(b, hour12(hour), 2)
		case stdMinute:
			b = appendInt(b, min, 0)
		case stdZeroMinute:
			b = appendInt(b, min, 2)
		case stdSecond:
			b = appendInt(b, sec, 0)
		case stdZeroSecond:
			b = appendInt(b, sec, 2)
		case stdPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case stdpm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ, stdISO8601ColonSecondsTZ:
			b = append(b, 'Z')
		case stdNumTZ:
			b = append(b, "+0000"...)
		case stdNumColonTZ:
			b = append(b, "+00:00"...)
		case stdNumShortTZ:
			b = append(b, "+00"...)
		case stdNumSecondsTz:
			b = append(b, "+000000"...)
		case stdNumColonSecondsTZ:
			b = append(b, "+00:00:00"...)
		case stdTZ:
			b = append(b, "UTC"...)
		case stdFracSecond0, stdFracSecond9:
			b = appendFrac(b, int(t.nsec()), digits, sep, std == stdFracSecond9)
		}
	}
	return b
}

// appendFrac appends sep and the first digits digits of the nanoseconds;
// with trim, trailing zeros (and the separator, if nothing is left) go.
func appendFrac(b []byte, nsec int, digits int, sep byte, trim bool) []byte {
	ds := appendInt(nil, nsec, 9)
	if digits > 9 {
		digits = 9
	}
	ds = ds[:digits]
	if trim {
		n := len(ds)
		for n > 0 && ds[n-1] == '0' {
			n--
		}
		ds = ds[:n]
		if n == 0 {
			return b
		}
	}
	b = append(b, sep)
	return append(b, ds...)
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		h = 12
	}
	return h
}

// quote returns s in double quotes, as Go's time package quotes values in
// its errors: non-ASCII and control bytes as \x escapes, " and \ escaped.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 1, len(s)+2)
	b[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				// An invalid byte decodes as U+FFFD of width 1; a real
				// U+FFFD is three bytes.
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				b = append(b, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(c))
	}
	b = append(b, '"')
	return string(b)
}

// parseDurationError is ParseDuration's error (Go's own type name).
type parseDurationError struct {
	message string
	value   string
}

func (e *parseDurationError) Error() string {
	return "time: " + e.message + " " + quote(e.value)
}

// unitNs returns the nanoseconds of a duration unit, or 0 if u is none.
func unitNs(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs": // U+00B5 micro sign, U+03BC Greek mu
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// ParseDuration parses a duration string: an optional sign and a sequence
// of decimal numbers, each with an optional fraction and a unit suffix,
// such as "300ms", "-1.5h" or "2h45m" (units "ns", "us" or "µs", "ms",
// "s", "m", "h").
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	var total uint64
	for s != "" {
		if !(s[0] == '.' || isDigit(s[0])) {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		// The integer part.
		n := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		s = rest
		sawInt := n != len(s)
		// The fraction: f/scale.
		var f uint64
		scale := 1.0
		sawFrac := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n = len(s)
			f, scale, s = leadingFraction(s)
			sawFrac = n != len(s)
		}
		if !sawInt && !sawFrac {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		// The unit: everything up to the next number.
		i := 0
		for i < len(s) && s[i] != '.' && !isDigit(s[i]) {
			i++
		}
		if i == 0 {
			return 0, &parseDurationError{"missing unit in duration", orig}
		}
		u := s[:i]
		s = s[i:]
		unit := unitNs(u)
		if unit == 0 {
			return 0, &parseDurationError{"unknown unit " + quote(u) + " in duration", orig}
		}
		if v > 1<<63/unit {
			return 0, &parseDurationError{"invalid duration", orig}
		}
		v *= unit
		if f > 0 {
			// float64 keeps fractions of an hour exact to the nanosecond.
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, &parseDurationError{"invalid duration", orig}
			}
		}
		total += v
		if total > 1<<63 {
			return 0, &parseDurationError{"invalid duration", orig}
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, &parseDurationError{"invalid duration", orig}
	}
	return Duration(total), nil
}

// leadingInt consumes leading decimal digits; ok is false on overflow
// past 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes leading decimal digits as the fraction
// x/scale, ignoring digits past what fits.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s) && isDigit(s[i]); i++ {
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
			": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// newParseError makes a ParseError with copies of the value strings, so
// Parse does not keep (or leak, for escape analysis) its argument.
func newParseError(layout, value, layoutElem, valueElem, message string) *ParseError {
	return &ParseError{layout, string([]byte(value)), layoutElem, string([]byte(valueElem)), message}
}

// errBad marks a value element that does not match its layout element;
// Parse turns it into a ParseError.
type badElem struct{}

func (badElem) Error() string { return "bad value for field" }

var errBad error = badElem{}

// getnum parses one or two digits (two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if len(s) == 0 || !isDigit(s[0]) {
		return 0, s, errBad
	}
	if len(s) == 1 || !isDigit(s[1]) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && i < len(s) && isDigit(s[i]); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

// atoi parses an optionally signed decimal integer that is all of s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rest, ok := leadingInt(s)
	if !ok || rest != "" || len(s) == 0 {
		return 0, errBad
	}
	if neg {
		return -int(q), nil
	}
	return int(q), nil
}

// skipSpaced removes prefix from value, where a run of spaces in prefix
// matches any run of spaces (at least one if value has anything else).
func skipSpaced(value, prefix string) (string, bool) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, false
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, false
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, true
}

// lookupName matches the start of val against tab, ignoring ASCII case.
func lookupName(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && equalFold(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// parseNanos parses the fraction value[1:n] (value[0] is . or ,) as
// nanoseconds, ignoring digits past the ninth.
func parseNanos(value string, n int) (int, string, error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errBad
	}
	if n > 10 {
		value = value[:10]
		n = 10
	}
	ns, err := atoi(value[1:n])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

var daysBeforeMonth = []int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBeforeMonth[m] - daysBeforeMonth[m-1]
}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// Parse parses a formatted string and returns the time value it
// represents, following layout (see Format). Burrow knows only UTC: a
// numeric zone offset is applied (the result is the same instant) but the
// result's zone is UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but a time without zone information is
// in loc, and a zero offset means loc (every location is UTC in Burrow).
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	if loc == nil {
		panic("time: missing Location in call to ParseInLocation")
	}
	return parse(layout, value, loc, loc)
}

// parse is Parse with defaultLoc for a time without zone information and
// local for one with a zero offset.
func parse(layout, value string, defaultLoc, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	zoneOffset := -1
	utcZone := false // "Z" or "UTC" named the zone
	for {
		prefix, std, digits, _, suffix := nextStd(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		var ok bool
		value, ok = skipSpaced(value, prefix)
		if !ok {
			return Time{}, newParseError(alayout, avalue, prefix, value, "")
		}
		if std == stdNone {
			if len(value) != 0 {
				return Time{}, newParseError(alayout, avalue, "", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = suffix
		hold := value
		var err error
		switch std {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			year, err = atoi(value[:2])
			value = value[2:]
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value[0]) {
				err = errBad
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case stdMonth:
			month, value, err = lookupName(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookupName(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case stdWeekDay:
			_, value, err = lookupName(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookupName(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fraction after the seconds is accepted even if the layout
			// has none, unless the layout's next element is the fraction.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigit(value[1]) {
				_, next, _, _, _ := nextStd(layout)
				if next == stdFracSecond0 || next == stdFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigit(value[n]) {
					n++
				}
				nsec, rangeErr, err = parseNanos(value, n)
				value = value[n:]
			}
		case stdPM, stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if std == stdpm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ShortTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ColonSecondsTZ,
			stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz, stdNumColonSecondsTZ:
			iso := std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ ||
				std == stdISO8601SecondsTZ || std == stdISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				zoneOffset = 0
				utcZone = true
				break
			}
			zoneOffset, value, rangeErr, err = parseOffset(std, value)
		case stdTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				value = value[3:]
				zoneOffset = 0
				utcZone = true
				break
			}
			n := zoneNameLen(value)
			if n == 0 {
				err = errBad
				break
			}
			value = value[n:]
		case stdFracSecond0:
			ndigit := 1 + digits
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanos(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || (value[0] != '.' && value[0] != ',') || !isDigit(value[1]) {
				break
			}
			i := 0
			for i+1 < len(value) && isDigit(value[i+1]) {
				i++
			}
			nsec, rangeErr, err = parseNanos(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return Time{}, newParseError(alayout, avalue, stdstr, value, ": "+rangeErr+" out of range")
		}
		if err != nil {
			return Time{}, newParseError(alayout, avalue, stdstr, hold, "")
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}
	if yday >= 0 {
		d, m := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m = int(February)
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year out of range")
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBeforeMonth[m] < yday {
				m++
			}
			d = yday - daysBeforeMonth[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match month")
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, newParseError(alayout, avalue, "", value, ": day-of-year does not match day")
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, newParseError(alayout, avalue, "", value, ": day out of range")
	}
	t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
	switch {
	case zoneOffset == -1:
		t.setLoc(defaultLoc)
	case zoneOffset == 0 && !utcZone:
		// A zero offset is local's own (every zone is UTC).
		t.setLoc(local)
	default:
		t = t.Add(Duration(-zoneOffset) * Second)
	}
	return t, nil
}

// parseOffset parses a numeric zone offset (±hh, ±hhmm, ±hh:mm, ±hhmmss,
// ±hh:mm:ss per std) into seconds east of UTC.
func parseOffset(std int, value string) (offset int, rest string, rangeErr string, err error) {
	var sign, hh, mm, ss string
	switch std {
	case stdISO8601ColonTZ, stdNumColonTZ:
		if len(value) < 6 || value[3] != ':' {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
	case stdNumShortTZ, stdISO8601ShortTZ:
		if len(value) < 3 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
	case stdISO8601ColonSecondsTZ, stdNumColonSecondsTZ:
		if len(value) < 9 || value[3] != ':' || value[6] != ':' {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
	case stdISO8601SecondsTZ, stdNumSecondsTz:
		if len(value) < 7 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
	default:
		if len(value) < 5 {
			return 0, value, "", errBad
		}
		sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
	}
	hr, _, err := getnum(hh, true)
	var m, s int
	if err == nil {
		m, _, err = getnum(mm, true)
		if err == nil {
			s, _, err = getnum(ss, true)
		}
	}
	if hr > 24 {
		rangeErr = "time zone offset hour"
	}
	if m > 60 {
		rangeErr = "time zone offset minute"
	}
	if s > 60 {
		rangeErr = "time zone offset second"
	}
	offset = (hr*60+m)*60 + s
	switch sign[0] {
	case '+':
	case '-':
		offset = -offset
	default:
		err = errBad
	}
	return offset, value, rangeErr, err
}

// zoneNameLen returns the length of a zone abbreviation at the start of
// value, or 0 if there is none: ChST/MeST, GMT with an optional signed
// hour, a signed hour, three upper-case letters, four ending in T (or
// WITA), five ending in T.
func zoneNameLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4
	}
	if value[:3] == "GMT" {
		return 3 + signedHourLen(value[3:])
	}
	if value[0] == '+' || value[0] == '-' {
		return signedHourLen(value)
	}
	n := 0
	for n < 6 && n < len(value) && 'A' <= value[n] && value[n] <= 'Z' {
		n++
	}
	switch n {
	case 3:
		return 3
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4
		}
	case 5:
		if value[4] == 'T' {
			return 5
		}
	}
	return 0
}

// signedHourLen returns the length of a leading sign and hour (0..23)
// in value, or 0.
func signedHourLen(value string) int {
	if value == "" || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rest, ok := leadingInt(value[1:])
	if !ok || rest == value[1:] || x > 23 {
		return 0
	}
	return len(value) - len(rest)
}
