// Package runtime (Burrow's standard library source): the run-time error
// types the VM raises, the collector's controls and statistics, and facts
// about the machine.
//
// CONTRACT with the VM (vm/src/loader.rs looks these types up by name in
// package "runtime"; each must keep its name, kind and layout):
//
//   - type errorString string: a run-time error whose text follows
//     "runtime error: " (integer divide by zero, nil pointer dereference,
//     makeslice: len out of range, ...). Error() = "runtime error: " + e.
//
//   - type plainError string: a run-time error printed without the prefix
//     ("assignment to entry in nil map", "close of nil channel", ...).
//     Error() = string(e).
//
//   - type boundsError string: index and slice bounds failures
//     ("index out of range [5] with length 3", "slice bounds out of range
//     [1:0]", "cannot convert slice with length 1 to array or pointer to
//     array with length 3"). Error() = "runtime error: " + e. Go reports
//     %T of these as runtime.boundsError, so a VM that wants %T to match
//     uses this type for them (falling back to errorString is harmless).
//
//   - type TypeAssertionError struct{ msg string }, used through a
//     pointer (*runtime.TypeAssertionError, as Go): failed type
//     assertions; msg is the full text ("interface conversion: interface
//     {} is string, not int"). Error() = msg.
//
//   - type PanicNilError struct{}, used through a pointer: panic(nil).
//     Error() = "runtime error: panic called with nil argument".
//
// All of them implement Error (RuntimeError()), so `r.(runtime.Error)`
// succeeds on whatever recover() returns for a run-time failure.
package runtime

// The Error interface identifies a run-time error.
type Error interface {
	error
	// RuntimeError is a no-op function that serves to distinguish types
	// that are run-time errors from ordinary errors.
	RuntimeError()
}

type errorString string

func (e errorString) RuntimeError() {}
func (e errorString) Error() string { return "runtime error: " + string(e) }

type plainError string

func (e plainError) RuntimeError() {}
func (e plainError) Error() string { return string(e) }

type boundsError string

func (e boundsError) RuntimeError() {}
func (e boundsError) Error() string { return "runtime error: " + string(e) }

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	msg string
}

func (*TypeAssertionError) RuntimeError()   {}
func (e *TypeAssertionError) Error() string { return e.msg }

// Keep the descriptors of all four types (and the pointer type) in every
// program that imports runtime, for the VM to find.
var errorTypes = []Error{errorString(""), plainError(""), boundsError(""), (*TypeAssertionError)(nil), (*PanicNilError)(nil)}

// A PanicNilError happens when code calls panic(nil).
type PanicNilError struct{}

func (*PanicNilError) Error() string { return "runtime error: panic called with nil argument" }
func (*PanicNilError) RuntimeError() {}

// Compiler is the name of the compiler toolchain that built the binary.
const Compiler = "gc"

// GOOS and GOARCH are the running program's operating system target and
// architecture target.
const GOOS = "linux"
const GOARCH = "amd64"

// GC runs a garbage collection and blocks the caller until it completes.
func GC()

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting (n < 1: no change).
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Version returns the Go tree's version string.
func Version() string

// Goexit terminates the goroutine that calls it, after running its
// deferred calls. No other goroutine is affected.
func Goexit()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}

// A MemStats records statistics about the memory allocator (Go's field
// order and types).
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// readMemStats returns the heap's statistics as words: Alloc, TotalAlloc,
// Sys, Mallocs, Frees, HeapAlloc, HeapSys, HeapIdle, HeapInuse,
// HeapReleased, HeapObjects, NextGC, LastGC, PauseTotalNs, NumGC,
// NumForcedGC, the bits of GCCPUFraction, then PauseNs[256], PauseEnd[256].
func readMemStats() [529]uint64

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	w := readMemStats()
	m.Alloc = w[0]
	m.TotalAlloc = w[1]
	m.Sys = w[2]
	m.Mallocs = w[3]
	m.Frees = w[4]
	m.HeapAlloc = w[5]
	m.HeapSys = w[6]
	m.HeapIdle = w[7]
	m.HeapInuse = w[8]
	m.HeapReleased = w[9]
	m.HeapObjects = w[10]
	m.NextGC = w[11]
	m.LastGC = w[12]
	m.PauseTotalNs = w[13]
	m.NumGC = uint32(w[14])
	m.NumForcedGC = uint32(w[15])
	m.GCCPUFraction = float64frombits(w[16])
	for i := 0; i < 256; i++ {
		m.PauseNs[i] = w[17+i]
		m.PauseEnd[i] = w[17+256+i]
	}
	m.EnableGC = true
	m.DebugGC = false
}

func float64frombits(b uint64) float64

// panicRangeState is called by a range-over-func loop (the type checker
// rewrites each into a call of the iterator) when the iterator calls the
// loop body again after it returned false (state 1) or after the loop
// ended (state 2).
func panicRangeState(state int) {
	if state == 1 {
		panic(errorString("range function continued iteration after function for loop body returned false"))
	}
	panic(errorString("range function continued iteration after whole loop exit"))
}

// runRangeDefers runs, last first, the calls deferred in the body of a
// range-over-func loop (they belong to the function holding the loop,
// which defers this call where the loop starts).
func runRangeDefers(ds *[]func()) {
	for i := len(*ds) - 1; i >= 0; i-- {
		(*ds)[i]()
	}
}
