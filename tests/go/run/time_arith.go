// Time arithmetic: Add, Sub, Since/Until, comparisons, monotonic readings and the zero Time.
package main

import (
	"fmt"
	"strings"
	"time"
)

func hasMono(t time.Time) bool { return strings.Contains(t.String(), " m=") }

func main() {
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday(), zero.YearDay())
	fmt.Println(zero.Add(time.Nanosecond), zero.Add(time.Nanosecond).IsZero(), zero.Add(-time.Second))
	fmt.Println(time.Time{} == zero, time.Unix(0, 0).UTC().IsZero())

	a := time.Date(2024, time.March, 10, 12, 0, 0, 0, time.UTC)
	b := time.Date(2024, time.March, 11, 13, 30, 0, 500, time.UTC)
	fmt.Println(b.Sub(a), a.Sub(b), a.Sub(a), b.After(a), b.Before(a), a.Equal(a), a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(a.Add(90*time.Minute), a.Add(-25*time.Hour), a.Add(time.Duration(1<<63-1)), a.Add(time.Duration(-1<<63)))
	fmt.Println(zero.Sub(a), a.Sub(zero), time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(zero))
	fmt.Println(a.Add(1500*time.Millisecond).Sub(a), a.Add(-1).Sub(a))

	// Dates before the epoch and before year 1.
	old := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(old, old.IsZero(), old.Equal(zero))
	fmt.Println(time.Date(1969, time.December, 31, 23, 59, 59, 999999999, time.UTC).UnixNano())
	fmt.Println(time.Date(0, time.January, 1, 0, 0, 0, 0, time.UTC), time.Date(-5, time.June, 15, 1, 2, 3, 0, time.UTC).Year())
	fmt.Println(time.Date(2024, 0, 0, 0, 0, 0, 0, time.UTC), time.Date(2024, 14, 1, -1, 0, 0, -1, time.UTC))
	fmt.Println(time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))

	// Truncate and Round relative to the zero time.
	t := time.Date(2024, time.July, 4, 15, 47, 31, 987654321, time.UTC)
	for _, d := range []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 7 * time.Second, time.Minute,
		time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1000 * time.Hour, 3 * time.Nanosecond} {
		fmt.Println(d, t.Truncate(d), t.Round(d))
	}
	neg := time.Date(-100, time.May, 1, 10, 30, 0, 123, time.UTC)
	fmt.Println(neg.Truncate(time.Hour), neg.Round(time.Hour), neg.Truncate(7*time.Second))

	// Monotonic readings.
	now := time.Now()
	fmt.Println("now has mono:", hasMono(now))
	fmt.Println("Round(0) strips:", !hasMono(now.Round(0)), "Truncate(0) strips:", !hasMono(now.Truncate(0)))
	later := now.Add(time.Hour)
	fmt.Println("Add keeps:", hasMono(later), later.Sub(now), now.Sub(later), later.After(now), now.Before(later), later.Compare(now))
	fmt.Println("UTC keeps:", hasMono(now.UTC()), "In keeps:", hasMono(now.In(time.UTC)))
	wall := now.Round(0)
	fmt.Println(wall.Equal(now), now.Equal(wall), now.Sub(wall), wall.Sub(now) == 0)
	fmt.Println(now == now, now == wall, now.Add(0) == now)
	fmt.Println("far Add strips:", !hasMono(now.Add(200*365*24*time.Hour)), !hasMono(now.Add(-200*365*24*time.Hour)))
	fmt.Println(time.Since(now) >= 0, time.Since(now) < time.Minute, time.Until(later) > 59*time.Minute, time.Until(now) <= 0)
	fmt.Println(time.Since(later) < 0, time.Until(zero) < 0, time.Since(zero) > 0)
	fmt.Println(time.Now().Sub(zero) == 1<<63-1, zero.Sub(time.Now()) == -1<<63)
	t1 := time.Now()
	time.Sleep(3 * time.Millisecond)
	t2 := time.Now()
	fmt.Println(t2.Sub(t1) >= 3*time.Millisecond, t2.After(t1), t1.Before(t2), t2.Compare(t1), t1.Compare(t2), t1.Compare(t1))
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("done")
}
