// Interfaces embedded in structs and interfaces: calls through an embedded interface field
// are dynamic, so their arguments escape.
package main

type Logger interface{ Log(msg string) }

type Store interface {
	Get(key string) (string, bool)
	Put(key, val string)
}

type Service struct {
	Logger
	store Store
}

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, bool) { // ERROR "s does not escape$" "k does not escape$"
	v, ok := s.m[k]
	return v, ok
}

func (s *memStore) Put(k, v string) { s.m[k] = v } // ERROR "s does not escape$" "leaking param: k$" "leaking param: v$"

type nopLogger struct{}

func (nopLogger) Log(string) {}

func (s *Service) Handle(key string) string { // ERROR "leaking param content: s$" "leaking param: key$"
	s.Log("handle " + key) // ERROR "\"handle \" \+ key escapes to heap$"
	v, ok := s.store.Get(key)
	if !ok {
		s.store.Put(key, "default")
		return "default"
	}
	return v
}

func newService() *Service {
	return &Service{Logger: nopLogger{}, store: &memStore{m: map[string]string{}}} // ERROR "&Service\{\.\.\.\} escapes to heap$" "nopLogger\{\} escapes to heap$" "&memStore\{\.\.\.\} escapes to heap$" "map\[string\]string\{\} escapes to heap$"
}

func localService() string {
	s := Service{Logger: nopLogger{}, store: &memStore{m: map[string]string{}}} // ERROR "nopLogger\{\} escapes to heap$" "&memStore\{\.\.\.\} escapes to heap$" "map\[string\]string\{\} escapes to heap$"
	return s.Handle("k")
}

func main() {
	_ = newService().Handle("a")
	_ = localService()
}
