// Locations: Local and UTC as Now, Unix, Date, In, UTC, Local, Parse and ParseInLocation set them
// Burrow has no zone database, so Local is UTC; goldens come from a machine on UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	n := time.Now()
	fmt.Println(n.Location(), time.Unix(0, 0).Location(), time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local).Location(), n.UTC().Location(), time.Local, time.UTC)
	fmt.Println(time.Unix(0, 0), time.Unix(0, 0).UTC(), time.Unix(0, 0) == time.Unix(0, 0).UTC(), time.Unix(0, 0).Equal(time.Unix(0, 0).UTC()))
	fmt.Println(n.Zone())
	fmt.Println(time.Unix(5, 0).In(time.UTC).Location(), time.Unix(5, 0).Local().Location(), time.UnixMilli(5).Location())
	var z time.Time
	fmt.Println(z.Location(), z.Local().Location())
	fmt.Printf("%#v\n", time.Unix(0, 0))
	t, _ := time.Parse(time.DateOnly, "2020-01-01")
	fmt.Println(t.Location())
	fmt.Println(time.Unix(1e9, 0).Format(time.UnixDate))
}

func init() {
	for _, v := range []string{"2020-01-01T00:00:00Z", "2020-01-01T00:00:00+00:00", "2020-01-01T00:00:00-00:00"} {
		t, _ := time.Parse(time.RFC3339, v)
		u, _ := time.ParseInLocation(time.RFC3339, v, time.UTC)
		w, _ := time.ParseInLocation(time.RFC3339, v, time.Local)
		fmt.Println(t.Location(), u.Location(), w.Location())
	}
	a, _ := time.ParseInLocation(time.DateOnly, "2020-01-01", time.Local)
	b, _ := time.ParseInLocation(time.DateOnly, "2020-01-01", time.UTC)
	fmt.Println(a.Location(), b.Location(), a, b)
	n := time.Now()
	fmt.Println(n.Add(time.Hour).Location(), n.Round(time.Hour).Location(), n.AddDate(0, 0, 1).Location(), time.Unix(0, 0).AddDate(0, 0, 1).Location())
	fmt.Println(n.In(time.Local).Location(), time.Date(1, 1, 1, 0, 0, 0, 0, time.Local).IsZero())
}
