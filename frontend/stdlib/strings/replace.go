package strings

import "io"

// A Replacer replaces a list of strings with replacements. This is a
// simple implementation: at each position the first matching old string
// in argument order wins, which is what Go's generic algorithm does (Go
// picks specialised algorithms for some inputs, with the same results).
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	changed := false
	last := 0
	for i := 0; i <= len(s); {
		matched := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				b = append(b, s[last:i]...)
				b = append(b, r.oldnew[k+1]...)
				changed = true
				if len(old) == 0 {
					// Empty old: insert new at every position, then
					// copy one byte.
					if i < len(s) {
						b = append(b, s[i])
					}
					i++
					last = i
				} else {
					i += len(old)
					last = i
				}
				matched = true
				break
			}
		}
		if !matched {
			i++
		}
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b = append(b, s[last:]...)
	}
	return bytesToString(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
