package time

import real "time"

var start = real.Now()

func now() (int64, int32, int64) {
	t := real.Now()
	return t.Unix(), int32(t.Nanosecond()), int64(t.Sub(start)) + 1
}
func sleep(ns int64) { real.Sleep(real.Duration(ns)) }
