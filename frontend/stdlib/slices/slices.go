// Package slices (Burrow's standard library source): generic functions
// on slices of any type.
//
// Every function has Go's signature, so explicit instantiations such as
// slices.Index[[]int, int] work. Functions that shorten a slice in place
// (Delete, DeleteFunc, Compact, CompactFunc, Replace) zero the elements
// between the new and the old length, as Go 1.22 and later do. Functions
// that grow a slice (Insert, Replace, Grow, Concat) get their capacity
// from append, so it is Go's.
//
// Sorting (sort.go, zsortfunc.go, zsortordered.go) is Go's
// pattern-defeating quicksort step for step, and the stable sort is
// insertion-sorted blocks merged with SymMerge.
//
// The functions that return or take an iterator (All, Values, Backward,
// AppendSeq, Collect, Sorted, SortedFunc, SortedStableFunc, Chunk) are in
// iter.go.
package slices

import "cmp"

// Equal reports whether two slices have the same length and equal (==)
// elements. Empty and nil slices are equal; NaNs are not.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is like Equal with the element comparison eq.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares two slices element by element with cmp.Compare; a
// shorter slice that is a prefix of the other is less.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp.Compare(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// CompareFunc is like Compare with the element comparison cmp.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if c := cmp(v1, s2[i]); c != 0 {
			return c
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first occurrence of v in s, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i with f(s[i]), or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether some element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts v before s[i] and returns the result (i == len(s)
// appends). It panics if i is out of range. v may share s's array.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		r := append(s[:i], make(S, n+m-i)...)
		copy(r[i:], v)
		copy(r[i+m:], s[i:])
		return r
	}
	if overlaps(s, i, n+m, v) {
		v = append([]E(nil), v...)
	}
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// overlaps reports whether v shares an element with s[lo:hi] (hi may go
// past len(s), up to cap(s)). Two windows of one array intersect when
// the start of one lies in the other; the scans cost no more than the
// copying that follows.
func overlaps[S ~[]E, E any](s S, lo, hi int, v []E) bool {
	if len(v) == 0 || lo >= hi {
		return false
	}
	full := s[:cap(s)]
	for k := lo; k < hi; k++ {
		if &full[k] == &v[0] {
			return true
		}
	}
	for t := range v {
		if &v[t] == &full[lo] {
			return true
		}
	}
	return false
}

// Delete removes s[i:j] and returns the shortened slice, zeroing the
// elements it vacated. It panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true, zeroing the
// vacated tail.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v and returns the result, zeroing elements
// the slice no longer covers. It panics if s[i:j] is not a valid slice of
// s. v may share s's array.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // bounds check
	if i == j {
		return Insert(s, i, v...)
	}
	n := len(s)
	if j == n {
		r := append(s[:i], v...)
		if len(r) < n {
			clear(s[len(r):])
		}
		return r
	}
	tot := i + len(v) + len(s[j:]) // s[j:] panics for j > len(s)
	if tot > cap(s) {
		r := append(s[:i], make(S, tot-i)...)
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		return r
	}
	r := s[:tot]
	if i+len(v) <= j {
		// Shrinking: v goes in first, then the tail moves down.
		copy(r[i:], v)
		copy(r[i+len(v):], s[j:])
		clear(s[tot:])
		return r
	}
	// Growing in place: the tail moves up first, which could overwrite v
	// if it lives in s's array.
	if overlaps(s, i, tot, v) {
		v = append([]E(nil), v...)
	}
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	return r
}

// Clone returns a copy of s (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces runs of equal (==) elements by a single copy, zeroing
// the vacated tail.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// CompactFunc is like Compact with the equality eq, called as
// eq(s[k], s[k-1]); it keeps the first element of each run.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Grow makes room for n more elements without another allocation. It
// panics if n is negative.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity: s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Concat returns a new slice holding the elements of all the slices (nil
// when there are none).
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S](nil, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Repeat returns a new slice holding count copies of x. It panics if
// count is negative or the length overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	r := make(S, len(x)*count)
	n := copy(r, x)
	for n < len(r) {
		n += copy(r[n:], r[:n])
	}
	return r
}
