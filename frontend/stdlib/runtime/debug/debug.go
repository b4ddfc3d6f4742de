// Package debug (Burrow's standard library source): the collector's knobs.
package debug

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting (a negative percentage disables collection).
func SetGCPercent(percent int) int

// SetMemoryLimit sets a soft memory limit for the runtime and returns the
// previous limit (a negative input only reads it).
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a garbage collection.
func FreeOSMemory()
