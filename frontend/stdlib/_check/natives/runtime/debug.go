package debug

import real "runtime/debug"

func SetGCPercent(p int) int            { return real.SetGCPercent(p) }
func SetMemoryLimit(l int64) int64      { return real.SetMemoryLimit(l) }
func FreeOSMemory()                     { real.FreeOSMemory() }
