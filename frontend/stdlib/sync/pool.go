package sync

// A Pool is a set of temporary objects that may be reused: Get returns one
// previously Put (or a New one), Put hands one back.
//
// Burrow's Pool is a LIFO stack under a Mutex (gc's has per-P caches and
// is emptied by the collector; Burrow's keeps its items until they are
// taken). The padding keeps gc's size (40 bytes).
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally returns a value for Get when the pool is empty.
	New func() any
}

// Put adds x to the pool (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}

// Get takes an item from the pool, or returns p.New() (nil if New is nil)
// when the pool is empty.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
