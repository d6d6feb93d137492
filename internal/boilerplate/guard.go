package boilerplate

import (
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// anchoredRe is a pattern anchored at the start of the text (^…) with a
// guard in front: a small automaton over the text's first runes that
// rejects most texts (a paragraph of the report) before the regexp runs.
// Go's backtracker tries every alternative at position 0, which adds up
// over hundreds of blocks, most of all in the wasm build.
//
// The guard over-approximates the pattern (zero-width assertions pass; a
// rune past guardDepth passes), so it only says "cannot
// match" when the regexp would say so too: MatchString answers exactly as
// the regexp does. Its states are built on first need, so that package
// init (the wasm module's start-up) stays as cheap as before.
type anchoredRe struct {
	re   *regexp.Regexp
	expr string

	mu     sync.Mutex // guards the lazily built automaton below
	g      *guardBuilder
	ids    map[string]int32
	states []guardState
	next   [][128]int32       // per state and byte: guardTodo, guardDead, guardMaybe or 1+ the next state
	wide   map[guardKey]int32 // the same for runes past ASCII
	maybe  bool               // the guard cannot reject anything
	key    []byte
	set    []uint32
}

type guardKey struct {
	state int32
	r     rune
}

type guardState struct {
	pcs   []uint32 // the consuming instructions the pattern may be at
	depth int      // bytes read to get here
}

const (
	guardTodo  = 0
	guardDead  = -1
	guardMaybe = -2
	// guardDepth is how many leading runes the guard reads; guardStates
	// caps its size (transitions past it answer "maybe").
	guardDepth  = 12
	guardStates = 2000
)

func mustAnchored(expr string) *anchoredRe {
	return &anchoredRe{re: regexp.MustCompile(expr), expr: expr}
}

// MatchString is a.re.MatchString(s).
func (a *anchoredRe) MatchString(s string) bool {
	a.mu.Lock()
	ok := a.admits(s)
	a.mu.Unlock()
	return ok && a.re.MatchString(s)
}

// admits runs the guard; false means the pattern cannot match s.
func (a *anchoredRe) admits(s string) bool {
	if a.g == nil {
		a.init()
	}
	if a.maybe {
		return true
	}
	st := int32(0)
	for i, n := 0, 0; i < len(s) && n < guardDepth; n++ {
		var nx int32
		if c := s[i]; c < utf8.RuneSelf {
			i++
			nx = a.next[st][c]
			if nx == guardTodo {
				nx = a.step(st, rune(c))
				a.next[st][c] = nx
			}
		} else {
			// a curly quote or a dash opens many lines: the regexp reads
			// the rune (U+FFFD for a bad byte) as DecodeRuneInString does
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			k := guardKey{st, r}
			var ok bool
			if nx, ok = a.wide[k]; !ok {
				nx = a.step(st, r)
				if a.wide == nil {
					a.wide = map[guardKey]int32{}
				}
				a.wide[k] = nx
			}
		}
		switch nx {
		case guardDead:
			return false
		case guardMaybe:
			return true
		}
		st = nx - 1
	}
	return true
}

func (a *anchoredRe) init() {
	re, err := syntax.Parse(a.expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	n := len(prog.Inst)
	a.g = &guardBuilder{prog: prog, seen: make([]uint32, n), epoch: 1, ascii: make([][2]uint64, n), done: make([]bool, n)}
	a.ids = map[string]int32{}
	var start []uint32
	if a.g.closure(uint32(prog.Start), &start) {
		a.maybe = true
		return
	}
	a.intern(start, 0)
}

// intern returns 1+ the id of the state for pcs, guardMaybe past the
// guard's limits.
func (a *anchoredRe) intern(pcs []uint32, depth int) int32 {
	slices.Sort(pcs)
	pcs = slices.Compact(pcs)
	a.key = a.key[:0]
	for _, pc := range pcs {
		a.key = binary.LittleEndian.AppendUint32(a.key, pc)
	}
	if id, ok := a.ids[string(a.key)]; ok {
		return id + 1
	}
	if depth >= guardDepth || len(a.states) >= guardStates {
		return guardMaybe
	}
	id := int32(len(a.states))
	a.ids[string(a.key)] = id
	a.states = append(a.states, guardState{slices.Clone(pcs), depth})
	a.next = append(a.next, [128]int32{})
	return id + 1
}

// step computes the transition from state st on rune c.
func (a *anchoredRe) step(st int32, c rune) int32 {
	g := a.g
	a.set = a.set[:0]
	g.epoch++
	for _, pc := range a.states[st].pcs {
		if g.takes(pc, c) && g.closure(g.prog.Inst[pc].Out, &a.set) {
			return guardMaybe // the pattern may match right here
		}
	}
	if len(a.set) == 0 {
		return guardDead
	}
	return a.intern(a.set, a.states[st].depth+1)
}

// guardBuilder walks the program's instructions; seen marks the
// instructions visited by the current closure (seen[pc] == epoch).
type guardBuilder struct {
	prog  *syntax.Prog
	seen  []uint32
	epoch uint32
	ascii [][2]uint64 // per consuming instruction: the ASCII bytes it takes, once computed
	done  []bool
}

// takes reports whether instruction pc consumes rune c.
func (g *guardBuilder) takes(pc uint32, c rune) bool {
	if c >= utf8.RuneSelf {
		in := &g.prog.Inst[pc]
		switch in.Op {
		case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return true // c is not '\n'
		}
		return in.MatchRune(c)
	}
	if !g.done[pc] {
		g.done[pc] = true
		g.ascii[pc] = asciiTaken(&g.prog.Inst[pc])
	}
	return g.ascii[pc][c>>6]&(1<<(c&63)) != 0
}

// asciiTaken is the set of ASCII bytes a consuming instruction takes, as
// syntax.Inst.MatchRune decides it (a single rune under FoldCase matches
// its whole fold orbit; a list of ranges is matched as is).
func asciiTaken(in *syntax.Inst) (set [2]uint64) {
	add := func(c rune) { set[c>>6] |= 1 << (c & 63) }
	switch {
	case in.Op == syntax.InstRuneAny:
		return [2]uint64{^uint64(0), ^uint64(0)}
	case in.Op == syntax.InstRuneAnyNotNL:
		return [2]uint64{^uint64(0) &^ (1 << '\n'), ^uint64(0)}
	case len(in.Rune) == 1:
		r0 := in.Rune[0]
		if r0 < 128 {
			add(r0)
		}
		if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
				if r < 128 {
					add(r)
				}
			}
		}
	default:
		for i := 0; i+1 < len(in.Rune); i += 2 {
			for r := in.Rune[i]; r <= in.Rune[i+1] && r < 128; r++ {
				add(r)
			}
		}
	}
	return set
}

// closure adds to set the consuming instructions reachable from pc without
// consuming input, and reports whether a match is reachable so.
func (g *guardBuilder) closure(pc uint32, set *[]uint32) (match bool) {
	if g.seen[pc] == g.epoch {
		return false
	}
	g.seen[pc] = g.epoch
	in := &g.prog.Inst[pc]
	switch in.Op {
	case syntax.InstMatch:
		return true
	case syntax.InstFail:
		return false
	case syntax.InstAlt, syntax.InstAltMatch:
		m := g.closure(in.Out, set)
		return g.closure(in.Arg, set) || m
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		// zero-width assertions are taken as true: an over-approximation
		return g.closure(in.Out, set)
	default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
		*set = append(*set, pc)
		return false
	}
}
