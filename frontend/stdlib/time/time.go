// Package time (Burrow's standard library source): instants, durations,
// the calendar, formatting and parsing, sleeping, timers and tickers.
//
// # Instants
//
// A Time is three words, the size of Go's: the nanosecond within the
// second (with a has-monotonic flag in the top bit), the wall clock as
// seconds since January 1 of year 1 UTC (so the zero Time is Go's zero
// instant, 0001-01-01 00:00:00 UTC), and, when the flag is set, a
// monotonic clock reading in nanoseconds since the program started. Now
// sets all three. As in Go, comparisons and subtraction between two
// instants that both carry a monotonic reading use it and ignore the wall
// clock, so elapsed times are immune to wall-clock steps; Add keeps the
// reading (dropping it if it would overflow), while Round, Truncate and
// the calendar constructors produce instants without one. Burrow has no
// time-zone database: Local is UTC under another name (a flag bit in the
// first word says which of the two a Time is in, as Go's loc pointer does).
//
// # Timers (sleep.go, tick.go)
//
// The runtime (vm/src/sched.rs) offers four natives on the monotonic
// clock: sleep parks the calling goroutine; startTimer(f, when, period)
// starts a new goroutine running f at `when` (and every `period` after,
// if positive); stopTimer and resetTimer cancel and re-arm. AfterFunc is
// startTimer with the user's function. Channel timers (NewTimer, After,
// NewTicker, Tick) are built here in Go, with Go 1.23's guarantees:
//
//   - the channel has a one-value buffer; a firing sends Now() without
//     blocking (a value already waiting is not replaced);
//   - after Stop or Reset returns, no value from before the call can be
//     received: both drain the buffer, and every arming has a generation
//     number that its firing function captured, so a firing that was
//     already under way when Stop/Reset ran sees a newer generation and
//     sends nothing;
//   - Stop and Reset report whether the timer had not delivered its value
//     yet (it was armed, its value was still buffered, or its firing was
//     under way), which is what Go 1.23 reports.
//
// The generation check and the send must be atomic with respect to
// Stop/Reset, which run on other goroutines (and other threads): a
// one-slot channel per timer serves as its lock.
//
// A new generation needs a new firing function, so it is a new runtime
// timer (startTimer; the old one is stopped). Reset of a one-shot timer
// that has not fired yet keeps its generation and moves the runtime timer
// with resetTimer: no firing can be under way, so nothing can go stale,
// and Reset in a loop allocates nothing. Tickers always take a new
// generation (a periodic runtime timer stays pending while a tick is
// under way). AfterFunc's Reset also starts a new runtime timer, so it
// never depends on the runtime remembering timers that fired long ago.
//
// Departures from Go: len and cap of a timer channel are those of its
// buffer (Go 1.23 reports 0 for both); each firing runs on a goroutine of
// its own, which takes a goroutine id (Go sends from the timer code).
package time

import "errors"

// now returns the wall clock (Unix seconds and nanoseconds) and the
// monotonic clock (nanoseconds since the program started, > 0).
func now() (sec int64, nsec int32, mono int64)

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
		return "-" + uintStr(-uint64(v))
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
// (halfway values away from zero), saturating at the int64 limits.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// lessThanHalf reports whether x+x < y without overflow (x, y >= 0).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Abs returns the absolute value of d (maxDuration for minDuration).
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
var Local = &Location{"Local"}

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// LoadLocation returns the Location with the given name: "" and "UTC"
// are UTC, "Local" is Local; Burrow has no time-zone database, so every
// other name is an unknown time zone.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// A Time represents an instant in time with nanosecond precision. The
// zero value is January 1, year 1, 00:00:00.000000000 UTC.
type Time struct {
	wall uint64 // hasMono | isLocal | nanoseconds within the second [0, 1e9)
	sec  int64  // seconds since January 1, year 1 00:00:00 UTC
	mono int64  // monotonic reading in ns since start (valid with hasMono)
}

const (
	hasMono  = 1 << 63
	isLocal  = 1 << 62 // the Time is in Local (else UTC)
	nsecMask = 1<<30 - 1

	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour

	// unixToInternal is the Unix epoch in seconds since year 1; monoLow is
	// January 1, 1885, the earliest instant that keeps a monotonic reading
	// (Go packs such wall times in 33 bits of seconds since 1885).
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	monoLow        int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

func (t *Time) nsec() int32 { return int32(t.wall & nsecMask) }

func (t *Time) unixSec() int64 { return t.sec - unixToInternal }

func (t *Time) stripMono() {
	t.wall &^= hasMono
	t.mono = 0
}

func (t *Time) hasMono() bool { return t.wall&hasMono != 0 }

// runtimeNano returns the monotonic clock, the clock of the timer natives.
func runtimeNano() int64 {
	_, _, m := now()
	return m
}

// Now returns the current time (with a monotonic clock reading).
func Now() Time {
	s, ns, m := now()
	return Time{wall: hasMono | isLocal | uint64(ns), sec: s + unixToInternal, mono: m}
}

// unixTime returns the instant sec seconds and nsec (in [0, 1e9))
// nanoseconds after the Unix epoch, in UTC.
func unixTime(sec int64, nsec int32) Time {
	return Time{wall: uint64(nsec), sec: sec + unixToInternal}
}

// setLoc sets t's location (Local or else UTC), dropping the monotonic
// reading as Go does.
func (t *Time) setLoc(loc *Location) {
	t.stripMono()
	if loc == Local {
		t.wall |= isLocal
	} else {
		t.wall &^= isLocal
	}
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
	t := unixTime(sec, int32(nsec))
	t.wall |= isLocal
	return t
}

// UnixMilli returns the local Time corresponding to the given Unix time
// in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time
// in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// norm returns hi, lo with lo in [0, base), carrying into hi.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds, normalising out-of-range values as Go does (October 32 is
// November 1).
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = norm(year, m, 12)
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(m+1), 1) + int64(day-1)
	total := days*secondsPerDay + int64(hour)*secondsPerHour + int64(min)*secondsPerMinute + int64(sec)
	t := unixTime(total, int32(nsec))
	t.setLoc(loc)
	return t
}

// daysFromCivil returns the days since 1970-01-01 of a proleptic
// Gregorian date (month in 1..12).
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

// days returns the days since the Unix epoch and the second within that day.
func (t Time) days() (days, secOfDay int64) { return floorDiv(t.unixSec(), secondsPerDay) }

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	return civil(d)
}

func (t Time) Year() int       { y, _, _ := t.Date(); return y }
func (t Time) Month() Month    { _, m, _ := t.Date(); return m }
func (t Time) Day() int        { _, _, d := t.Date(); return d }
func (t Time) Hour() int       { _, s := t.days(); return int(s / secondsPerHour) }
func (t Time) Minute() int     { _, s := t.days(); return int(s % secondsPerHour / secondsPerMinute) }
func (t Time) Second() int     { _, s := t.days(); return int(s % secondsPerMinute) }
func (t Time) Nanosecond() int { return int(t.nsec()) }

// Location returns the time zone information associated with t: UTC or
// Local.
func (t Time) Location() *Location {
	if t.wall&isLocal != 0 {
		return Local
	}
	return UTC
}

// UTC returns t with the location set to UTC (setting a location drops
// the monotonic reading, as in Go).
func (t Time) UTC() Time {
	t.setLoc(UTC)
	return t
}

// Local returns t with the location set to local time (UTC in Burrow).
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns a copy of t representing the same instant in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// IsDST reports whether the time is in daylight saving time (never, in UTC).
func (t Time) IsDST() bool { return false }

// Zone computes the time zone in effect at time t: always UTC, offset 0.
func (t Time) Zone() (name string, offset int) { return "UTC", 0 }

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return int(s / secondsPerHour), int(s % secondsPerHour / secondsPerMinute), int(s % secondsPerMinute)
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

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	// The ISO week of a day is the week of its Thursday.
	d, _ := t.days()
	wd := int64(t.Weekday()+6) % 7 // Monday = 0
	thu := d - wd + 3
	y, _, _ := civil(thu)
	return y, int(thu-daysFromCivil(int64(y), 1, 1))/7 + 1
}

// Unix returns t as a Unix time, the number of seconds since 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + int64(t.nsec())/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + int64(t.nsec())/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + int64(t.nsec()) }

// IsZero reports whether t represents the zero time instant,
// January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec() == 0 }

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := int64(t.nsec()) + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.wall = t.wall&^nsecMask | uint64(nsec)
	sum := t.sec + dsec
	switch {
	case dsec < 0 && sum > t.sec:
		sum = -1 << 63
	case dsec > 0 && sum < t.sec:
		sum = 1<<63 - 1
	}
	t.sec = sum
	if t.hasMono() {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono || t.sec < monoLow || t.sec-monoLow >= 1<<33 {
			t.stripMono()
		} else {
			t.mono = te
		}
	}
	return t
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec()), t.Location())
}

// Sub returns the duration t-u, saturating at the Duration limits. With
// monotonic readings on both, only those are used.
func (t Time) Sub(u Time) Duration {
	if t.wall&u.wall&hasMono != 0 {
		d := Duration(t.mono - u.mono)
		switch {
		case d < 0 && t.mono > u.mono:
			return maxDuration
		case d > 0 && t.mono < u.mono:
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec()-u.nsec())
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
	if t.wall&u.wall&hasMono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec() > u.nsec()
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.wall&u.wall&hasMono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec() < u.nsec()
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.wall&u.wall&hasMono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec() == u.nsec()
}

// Compare compares the time instant t with u: -1 if t is before u, +1 if
// after, 0 if they are the same instant.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.wall&u.wall&hasMono != 0 {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = int64(t.nsec()), int64(u.nsec())
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Truncate returns the result of rounding t down to a multiple of d since
// the zero time, without a monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d
// since the zero time (halfway values round up), without a monotonic
// reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns the time since the zero time modulo d (d > 0), in [0, d).
func (t Time) mod(d Duration) Duration {
	sec := t.sec
	nsec := int64(t.nsec())
	neg := sec < 0
	if neg {
		// Work on the absolute value, then reflect.
		sec = -sec
		nsec = -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(sec)%m, 1e9%m, m) + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod returns a*b mod m for a, b < m < 2^63 without overflow.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}
