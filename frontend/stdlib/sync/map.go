package sync

// A Map is a map safe for concurrent use by several goroutines, with
// Go's sync.Map API. The zero Map is empty and ready to use.
//
// Burrow's Map is a Go map guarded by a Mutex (gc's is a lock-free hash
// trie). Every method that hashes or compares a caller's key or value
// unlocks through defer, so an unhashable key panics without leaving the
// Map locked. Range copies the entries out under the lock and calls f without
// it, so f may use the Map (Go allows that). The padding keeps gc's size
// (48 bytes).
type Map struct {
	_  noCopy
	mu Mutex
	m  map[any]any
	_  [4]uintptr
}

// Load returns the value stored for key, or nil and false.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// Clear deletes all the entries.
func (m *Map) Clear() {
	m.mu.Lock()
	m.m = nil
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present (loaded true);
// otherwise it stores and returns value (loaded false).
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value if
// any (loaded reports whether the key was present).
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

// Swap stores value for key and returns the previous value if any (loaded
// reports whether the key was present).
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	return previous, loaded
}

// CompareAndSwap stores new for key if the stored value equals old. The
// old value must be comparable.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete deletes the entry for key if its value equals old. The
// old value must be comparable.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value present when Range started, until
// f returns false. Entries stored or deleted during the Range may or may
// not be seen, as in Go.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}
