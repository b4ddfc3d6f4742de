package runtime

import (
	"math"
	real "runtime"
)

func GC()                 { real.GC() }
func NumCPU() int         { return real.NumCPU() }
func GOMAXPROCS(n int) int { return real.GOMAXPROCS(n) }
func NumGoroutine() int   { return real.NumGoroutine() }
func Version() string     { return real.Version() }
func Gosched()            { real.Gosched() }
func Goexit()             { real.Goexit() }
func float64frombits(b uint64) float64 { return math.Float64frombits(b) }
func readMemStats() (w [529]uint64) {
	var m real.MemStats
	real.ReadMemStats(&m)
	s := []uint64{m.Alloc, m.TotalAlloc, m.Sys, m.Mallocs, m.Frees, m.HeapAlloc, m.HeapSys, m.HeapIdle, m.HeapInuse, m.HeapReleased, m.HeapObjects, m.NextGC, m.LastGC, m.PauseTotalNs, uint64(m.NumGC), uint64(m.NumForcedGC), math.Float64bits(m.GCCPUFraction)}
	copy(w[:], s)
	for i := 0; i < 256; i++ {
		w[17+i] = m.PauseNs[i]
		w[17+256+i] = m.PauseEnd[i]
	}
	return
}
