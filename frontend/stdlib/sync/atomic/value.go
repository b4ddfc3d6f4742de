package atomic

// A Value holds one value of a consistent dynamic type, loaded and stored
// atomically. The zero Value's Load returns nil. It keeps Go's layout (one
// interface); the natives below implement the protocol described in
// vm/src/natives/atomic.rs (the type word is claimed once, then only the
// data word changes).
type Value struct {
	v any
}

// Natives over the interface at addr (see vm/src/natives/atomic.rs).
func loadValue(addr *any) any
func storeValue(addr *any, val any) bool              // false: other type
func swapValue(addr *any, new any) (old any, ok bool) // ok false: other type
func initValue(addr *any, val any) bool               // stores only into an empty Value
func casValueData(addr *any, old, new any) bool       // data word old -> new
func sameType(a, b any) bool

// Load returns the value set by the most recent Store, or nil if there has
// been none.
func (v *Value) Load() (val any) {
	return loadValue(&v.v)
}

// Store sets the value. Every Store of a Value must use the same concrete
// type; storing nil or another type panics.
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if !storeValue(&v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
}

// Swap stores new and returns the previous value (nil if empty).
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	old, ok := swapValue(&v.v, new)
	if !ok {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	return old
}

// CompareAndSwap stores new if the current value equals old (compared as
// interfaces, so an uncomparable value panics as == does).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadValue(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
			if initValue(&v.v, new) {
				return true
			}
			continue // another first store won (or is in progress)
		}
		if !sameType(cur, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if cur != old {
			return false
		}
		if casValueData(&v.v, cur, new) {
			return true
		}
	}
}
