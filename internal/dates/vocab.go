package dates

import (
	"iter"
	"maps"
	"sync"
)

// vocab is a word table: a map with a small filter in front. Most tokens
// are in no table ("the", "president"), and a string map lookup hashes the
// whole word (no AES hashing in the wasm build, where lookups cost most);
// the filter, on the word's length and first and last bytes, turns most
// misses away first. Lookups answer exactly as the map does.
type vocab[V any] struct {
	m      map[string]V
	filter [16]uint64 // bit vocabHash(k) set for every key k
}

func newVocab[V any](m map[string]V) *vocab[V] {
	v := &vocab[V]{m: m}
	tableKeys = append(tableKeys, maps.Keys(m))
	for k := range m {
		h := vocabHash(k)
		v.filter[h>>6] |= 1 << (h & 63)
	}
	return v
}

func vocabHash(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(w[0])*131 + uint(w[len(w)-1])*17 + uint(len(w))*7) & 1023
}

// tableKeys are the keys of every table, gathered into a set only when
// Known is first asked (the wasm never asks: no work at its start-up).
var tableKeys []iter.Seq[string]

var known = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, ks := range tableKeys {
		for k := range ks {
			m[k] = true
		}
	}
	return m
})

// Known reports whether a word (lower case) is in one of the package's word
// tables: months, weekdays, number words, units, day parts, cue words. The
// batch benchmark renames the other rare words of the shared pages to make
// new stories, and keeps these so that a renamed report is read the same way.
func Known(word string) bool { return known()[word] }

// get is m[w].
func (v *vocab[V]) get(w string) V {
	r, _ := v.lookup(w)
	return r
}

// lookup is m[w] with its ok.
func (v *vocab[V]) lookup(w string) (V, bool) {
	if h := vocabHash(w); v.filter[h>>6]&(1<<(h&63)) == 0 {
		var zero V
		return zero, false
	}
	r, ok := v.m[w]
	return r, ok
}
