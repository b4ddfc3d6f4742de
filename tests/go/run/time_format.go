// Format with every layout element, String and GoString, Parse with Go's error texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	ts := []time.Time{
		time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC),
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(1999, time.January, 3, 0, 9, 7, 5000, time.UTC),
		time.Date(2021, time.December, 31, 12, 30, 59, 100000000, time.UTC),
		{},
	}
	layouts := []string{
		time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
		"2006-002 __2 _2 2 02 1 01 Jan January Mon Monday", "3 03 15 4 04 5 05 PM pm",
		"-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST",
		".0 .00 .000000 .999 .9 ,000 ,999999999 .0000000000 05.1 .000x", "_2006 2006_2",
		"no elements here", "", "Jan_2 January2006", "15:04:05.00000 .99999999",
	}
	for _, t := range ts {
		fmt.Println(t)
		fmt.Printf("%v|%s|%#v\n", t, t, t)
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
		fmt.Println(string(t.AppendFormat([]byte("x:"), time.Kitchen)))
		y, w := t.ISOWeek()
		fmt.Println("iso week", y, w)
	}
	for _, d := range []time.Time{
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
	} {
		y, w := d.ISOWeek()
		fmt.Println(d.Format(time.DateOnly), d.Weekday(), y, w)
	}

	parses := [][2]string{
		{time.RFC3339, "2024-02-29T13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05.123456789Z"},
		{time.RFC3339Nano, "2024-02-29T13:04:05.5Z"},
		{time.RFC3339, "2024-02-29T13:04:05+00:00"},
		{time.DateTime, "2023-07-04 09:08:07"},
		{time.DateOnly, "2023-07-04"},
		{time.TimeOnly, "23:59:59"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:30PM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{"Jan 2, 2006", "feb 3, 2013"},
		{"January 2 2006", "MARCH 15 2020"},
		{"2006-01-02 15:04:05", "2023-07-04 09:08:07.25"},
		{"2006-002", "2024-060"},
		{"2006-002", "2023-060"},
		{"2006 __2", "2024  32"},
		{"06-01-02", "68-01-02"},
		{"06-01-02", "69-01-02"},
		{"02 Jan 06 15:04 MST", "02 Jan 06 15:04 UTC"},
		{"2006-01-02", "2023-02-29"},
		{"2006-01-02", "2023-13-01"},
		{"2006-01-02", "2023-1-01"},
		{"2006-01-02", "2023-01-01 extra"},
		{"2006-01-02", "20230101"},
		{"15:04", "24:00"},
		{"15:04", "12:60"},
		{"15:04:05", "12:00:60"},
		{"3:04PM", "13:00PM"},
		{"3:04PM", "1:00XM"},
		{time.RFC3339, "2024-02-29 13:04:05Z"},
		{time.RFC3339, "2024-02-29T13:04:05"},
		{time.RFC3339, "2024-02-29T13:04:05+25:00"},
		{"2006-002", "2023-366"},
		{"2006-002 Jan", "2024-060 Mar"},
		{"Mon 2006", "Xyz 2006"},
		{"", ""},
		{"", "x"},
		{"2006-01-02", ""},
		{"2006  01", "2006 01"},
		{"2006 01", "2006   01"},
		{".000", ".12"},
		{"05.000", "07.123"},
		{"2006 \"x\"", "2006 \"y\""},
		{"2006", "20é6"},
	}
	for _, p := range parses {
		t, err := time.Parse(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			continue
		}
		fmt.Println(t, t.Unix(), t.Nanosecond())
	}
	// Offsets: compare instants only (Burrow keeps every Time in UTC).
	a, err1 := time.Parse(time.RFC3339, "2024-02-29T13:04:05+01:30")
	b, err2 := time.Parse(time.RFC3339, "2024-02-29T11:34:05Z")
	fmt.Println(a.Equal(b), a.Unix(), err1, err2)
	c, err3 := time.Parse("2006-01-02 15:04 -0700", "2024-02-29 08:00 -0500")
	fmt.Println(c.UTC().Format(time.RFC3339), err3)
	d, err4 := time.ParseInLocation(time.DateTime, "2020-05-06 07:08:09", time.UTC)
	fmt.Println(d, err4)
}
