package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 999, time.Millisecond, 1234567, time.Second, 1500 * time.Millisecond,
		time.Minute, 90 * time.Second, time.Hour + time.Second + time.Millisecond, 100 * time.Hour, -time.Second, -1, 1<<63 - 1, -1 << 63, 2*time.Hour + 3*time.Nanosecond} {
		fmt.Println(int64(d), d, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Minutes(), d.Hours())
	}
	d := 1234567891 * time.Nanosecond
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Round(time.Hour), (-d).Round(time.Second), (-d).Abs(), d.Round(0))
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h2m3s4ms5us6ns", "1.000000001s", "0", "+5s", "", "1", "1x", ".s", "1.5µs", "9223372036854775807ns", "9223372036854775808ns"} {
		v, err := time.ParseDuration(s)
		fmt.Println(v, err)
	}
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli(), t.UnixNano())
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, time.RFC1123, time.DateTime, time.DateOnly, time.TimeOnly, time.StampMilli, "Monday, January 2 2006 3:04:05.000 pm", "06-1-2 15h04 .999 ,000000"} {
		fmt.Println(t.Format(layout))
	}
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t), t.Compare(u))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, -2, -30))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1700000000, 5e8).UTC(), time.UnixMilli(1500).UTC())
	fmt.Println(time.Date(2023, 13, 32, 25, 61, 61, 0, time.UTC))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Minute))
	fmt.Println(time.January, time.December, time.Month(13), time.Saturday, time.Weekday(9))
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 5*time.Second, time.Until(start) < 0, time.Now().After(start), start.Year() >= 2024)
}
