// Package time (Burrow's standard library source): a minimal time package
// for scripts (issue 2 scope): Duration with Go's printing, Now, Since,
// Until, Sleep, Unix times, calendar fields and Format for the common
// layout elements, all in UTC. Timers, tickers and channels come with the
// scheduler (a later issue).
package time

import "errors"

// now returns the wall clock (Unix seconds and nanoseconds) and the
// monotonic clock (nanoseconds since the program started).
func now() (sec int64, nsec int32, mono int64)

// sleep blocks the calling thread for ns nanoseconds.
func sleep(ns int64)

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	var s string
	if u < uint64(Second) {
		switch {
		case u < uint64(Microsecond):
			s = fmtFrac(u, 0) + "ns"
		case u < uint64(Millisecond):
			s = fmtFrac(u, 3) + "µs"
		default:
			s = fmtFrac(u, 6) + "ms"
		}
	} else {
		secs := u / uint64(Second)
		frac := u % uint64(Second)
		s = fmtFrac(secs%60*uint64(Second)+frac, 9) + "s"
		mins := secs / 60
		if mins > 0 {
			s = uintStr(mins%60) + "m" + s
			hours := mins / 60
			if hours > 0 {
				s = uintStr(hours) + "h" + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// fmtFrac formats v/10**prec with the fraction's trailing zeros (and the
// point, if nothing remains) removed.
func fmtFrac(v uint64, prec int) string {
	var pow uint64 = 1
	for i := 0; i < prec; i++ {
		pow *= 10
	}
	ip := v / pow
	fp := v % pow
	s := uintStr(ip)
	if fp == 0 {
		return s
	}
	digits := make([]byte, prec)
	for i := prec - 1; i >= 0; i-- {
		digits[i] = byte('0' + fp%10)
		fp /= 10
	}
	n := prec
	for n > 0 && digits[n-1] == '0' {
		n--
	}
	return s + "." + string(digits[:n])
}

func uintStr(v uint64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b[i:])
}

func intStr(v int64) string {
	if v < 0 {
		return "-" + uintStr(uint64(-v))
	}
	return uintStr(uint64(v))
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns the result of rounding d to the nearest multiple of m
// (halfway values away from zero).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration) {
	if d > 0 {
		sleep(int64(d))
	}
}

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + intStr(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + intStr(int64(d)) + ")"
}

// A Location maps time instants to the zone in use at that time. Burrow
// knows only UTC.
type Location struct {
	name string
}

// UTC represents Universal Coordinated Time (UTC).
var UTC = &Location{"UTC"}

// Local represents the system's local time zone (UTC in Burrow).
var Local = UTC

func (l *Location) String() string { return l.name }

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // Unix seconds
	nsec    int32 // [0, 1e9)
	mono    int64 // monotonic reading (ns since start), valid if hasMono
	hasMono bool
}

// Now returns the current time.
func Now() Time {
	s, ns, m := now()
	return Time{sec: s, nsec: ns, mono: m, hasMono: true}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: int32(nsec)}
}

// UnixMilli returns the local Time corresponding to the given Unix time
// in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time
// in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds (normalising out-of-range values) in UTC.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year += m / 12
	m %= 12
	if m < 0 {
		m += 12
		year--
	}
	days := daysFromCivil(int64(year), int64(m+1), 1) + int64(day-1)
	total := days*86400 + int64(hour)*3600 + int64(min)*60 + int64(sec)
	return Unix(total, int64(nsec))
}

// daysFromCivil returns the days since 1970-01-01 of a proleptic
// Gregorian date.
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	var era int64
	if y >= 0 {
		era = y / 400
	} else {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the date of the given days since 1970-01-01.
func civil(z int64) (year int, month Month, day int) {
	z += 719468
	var era int64
	if z >= 0 {
		era = z / 146097
	} else {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

func floorDiv(a, b int64) (q, r int64) {
	q = a / b
	r = a % b
	if r < 0 {
		q--
		r += b
	}
	return
}

func (t Time) days() (days, secOfDay int64) { return floorDiv(t.sec, 86400) }

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

func (t Time) Year() int           { y, _, _ := t.Date(); return y }
func (t Time) Month() Month        { _, m, _ := t.Date(); return m }
func (t Time) Day() int            { _, _, d := t.Date(); return d }
func (t Time) Hour() int           { _, s := t.days(); return int(s / 3600) }
func (t Time) Minute() int         { _, s := t.days(); return int(s % 3600 / 60) }
func (t Time) Second() int         { _, s := t.days(); return int(s % 60) }
func (t Time) Nanosecond() int     { return int(t.nsec) }
func (t Time) Location() *Location { return UTC }
func (t Time) UTC() Time           { return t }
func (t Time) Local() Time         { return t }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	_, w := floorDiv(d+4, 7) // 1970-01-01 was a Thursday
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1, 366].
func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civil(d)
	return int(d-daysFromCivil(int64(y), 1, 1)) + 1
}

// Unix returns t as a Unix time, the number of seconds since 1970 UTC.
func (t Time) Unix() int64 { return t.sec }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.sec*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.sec*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.sec*1e9 + int64(t.nsec) }

// IsZero reports whether t represents the zero time instant (Burrow's
// zero Time is the Unix epoch's zero value struct).
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && !t.hasMono }

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := int64(t.nsec) + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	r := Time{sec: t.sec + dsec, nsec: int32(nsec), mono: t.mono + int64(d), hasMono: t.hasMono}
	return r
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), UTC)
}

// Sub returns the duration t-u (saturating).
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare compares the time instant t with u: -1, 0 or +1.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Truncate returns the result of rounding t down to a multiple of d
// (since the zero time; here since the Unix epoch, equivalent for d that
// divide a day).
func (t Time) Truncate(d Duration) Time {
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	_, r := floorDiv(ns, int64(d))
	return Unix(0, ns-r)
}

// Round returns the result of rounding t to the nearest multiple of d.
func (t Time) Round(d Duration) Time {
	if d <= 0 {
		return t
	}
	ns := t.UnixNano()
	_, r := floorDiv(ns, int64(d))
	if r+r < int64(d) {
		return Unix(0, ns-r)
	}
	return Unix(0, ns-r+int64(d))
}

// String returns the time formatted as Go does:
// "2006-01-02 15:04:05.999999999 -0700 MST" plus " m=±<value>" when the
// time carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		frac := uintStr(uint64(m % 1e9))
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + uintStr(uint64(m/1e9)) + "." + frac
	}
	return s
}

// Layouts for Format.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func pad(v int, width int, padc byte) string {
	s := uintStr(uint64(v))
	for len(s) < width {
		s = string(padc) + s
	}
	return s
}

// Format returns a textual representation of the time value formatted
// according to the layout (the reference time Mon Jan 2 15:04:05 MST 2006);
// every zone is UTC.
func (t Time) Format(layout string) string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	var b []byte
	for i := 0; i < len(layout); {
		rest := layout[i:]
		switch {
		case hasPrefix(rest, "2006"):
			b = append(b, pad(year, 4, '0')...)
			i += 4
		case hasPrefix(rest, "January"):
			b = append(b, month.String()...)
			i += 7
		case hasPrefix(rest, "Jan"):
			b = append(b, month.String()[:3]...)
			i += 3
		case hasPrefix(rest, "Monday"):
			b = append(b, t.Weekday().String()...)
			i += 6
		case hasPrefix(rest, "Mon"):
			b = append(b, t.Weekday().String()[:3]...)
			i += 3
		case hasPrefix(rest, "MST"):
			b = append(b, "UTC"...)
			i += 3
		case hasPrefix(rest, "01"):
			b = append(b, pad(int(month), 2, '0')...)
			i += 2
		case hasPrefix(rest, "02"):
			b = append(b, pad(day, 2, '0')...)
			i += 2
		case hasPrefix(rest, "_2"):
			b = append(b, pad(day, 2, ' ')...)
			i += 2
		case hasPrefix(rest, "002"):
			b = append(b, pad(t.YearDay(), 3, '0')...)
			i += 3
		case hasPrefix(rest, "06"):
			b = append(b, pad(year%100, 2, '0')...)
			i += 2
		case hasPrefix(rest, "15"):
			b = append(b, pad(hour, 2, '0')...)
			i += 2
		case hasPrefix(rest, "03"):
			b = append(b, pad(hour12(hour), 2, '0')...)
			i += 2
		case hasPrefix(rest, "04"):
			b = append(b, pad(min, 2, '0')...)
			i += 2
		case hasPrefix(rest, "05"):
			b = append(b, pad(sec, 2, '0')...)
			i += 2
		case hasPrefix(rest, "-07:00"), hasPrefix(rest, "Z07:00"):
			if rest[0] == 'Z' {
				b = append(b, 'Z')
			} else {
				b = append(b, "+00:00"...)
			}
			i += 6
		case hasPrefix(rest, "-0700"), hasPrefix(rest, "Z0700"):
			if rest[0] == 'Z' {
				b = append(b, 'Z')
			} else {
				b = append(b, "+0000"...)
			}
			i += 5
		case hasPrefix(rest, "PM"):
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
			i += 2
		case hasPrefix(rest, "pm"):
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
			i += 2
		case (rest[0] == '.' || rest[0] == ',') && len(rest) > 1 && (rest[1] == '0' || rest[1] == '9'):
			j := 1
			for j < len(rest) && rest[j] == rest[1] {
				j++
			}
			// Only a fraction if not followed by another digit.
			if j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				b = append(b, rest[0])
				i++
				continue
			}
			digits := pad(int(t.nsec), 9, '0')[:j-1]
			if rest[1] == '9' {
				n := len(digits)
				for n > 0 && digits[n-1] == '0' {
					n--
				}
				if n > 0 {
					b = append(b, rest[0])
					b = append(b, digits[:n]...)
				}
			} else {
				b = append(b, rest[0])
				b = append(b, digits...)
			}
			i += j
		case rest[0] == '1':
			b = append(b, uintStr(uint64(month))...)
			i++
		case rest[0] == '2':
			b = append(b, uintStr(uint64(day))...)
			i++
		case rest[0] == '3':
			b = append(b, uintStr(uint64(hour12(hour)))...)
			i++
		case rest[0] == '4':
			b = append(b, uintStr(uint64(min))...)
			i++
		case rest[0] == '5':
			b = append(b, uintStr(uint64(sec))...)
			i++
		default:
			b = append(b, rest[0])
			i++
		}
	}
	return string(b)
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		h = 12
	}
	return h
}

func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && s[:len(p)] == p
}

// ParseDuration parses a duration string such as "300ms", "-1.5h" or
// "2h45m" (units "ns", "us", "µs", "ms", "s", "m", "h").
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var ok bool
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pl := len(s)
		v, s, ok = leadingInt(s)
		if !ok {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		var unit uint64
		switch u {
		case "ns":
			unit = uint64(Nanosecond)
		case "us", "µs", "μs":
			unit = uint64(Microsecond)
		case "ms":
			unit = uint64(Millisecond)
		case "s":
			unit = uint64(Second)
		case "m":
			unit = uint64(Minute)
		case "h":
			unit = uint64(Hour)
		default:
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}

func leadingInt(s string) (x uint64, rem string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, rem, false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, rem, false
		}
	}
	return x, s[i:], true
}

func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

func quote(s string) string {
	return "\"" + s + "\""
}
