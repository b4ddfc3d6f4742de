package strings

import real "strings"

func Index(s, substr string) int          { return real.Index(s, substr) }
func LastIndex(s, substr string) int      { return real.LastIndex(s, substr) }
func IndexByte(s string, c byte) int      { return real.IndexByte(s, c) }
func countNonEmpty(s, substr string) int  { return real.Count(s, substr) }
func repeat(s string, count int) string   { return real.Repeat(s, count) }
func bytesToString(b []byte) string       { return string(b) }
