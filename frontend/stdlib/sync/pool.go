package sync

// A Pool is a set of temporary objects that may be reused: Get returns one
// previously Put (or a New one), Put hands one back.
//
// Burrow's Pool is one of gc's per-P caches under a Mutex: a private slot
// (filled by the first Put, emptied first by Get) and a LIFO list behind
// it, so a single goroutine gets its objects back in gc's order. gc also
// empties pools at collections; Burrow's keeps its objects until they are
// taken. Layout: gc's size (40 bytes).
type Pool struct {
	noCopy noCopy

	mu      Mutex
	private any
	shared  *poolNode

	// New optionally returns a value for Get when the pool is empty.
	New func() any
}

type poolNode struct {
	x    any
	next *poolNode
}

// Put adds x to the pool (nil is ignored).
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if p.private == nil {
		p.private = x
	} else {
		p.shared = &poolNode{x, p.shared}
	}
	p.mu.Unlock()
}

// Get takes an object from the pool, or returns p.New() (nil if New is
// nil) when the pool is empty.
func (p *Pool) Get() any {
	p.mu.Lock()
	x := p.private
	p.private = nil
	if x == nil && p.shared != nil {
		x = p.shared.x
		p.shared = p.shared.next
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
