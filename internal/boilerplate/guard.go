package boilerplate

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// anchoredRe is a pattern anchored at the start of the text (^…) with a
// guard in front: a small automaton over the text's first ASCII bytes that
// rejects most texts (a paragraph of the report) before the regexp runs.
// Go's backtracker tries every alternative at position 0, which adds up
// over hundreds of blocks, most of them in the wasm build.
//
// The guard over-approximates the pattern (zero-width assertions pass, any
// byte past the guard's depth or outside ASCII passes), so it only ever
// says "cannot match" when the regexp would say so too: MatchString
// answers exactly as the regexp does.
type anchoredRe struct {
	re    *regexp.Regexp
	next  [][128]int32 // per state and byte: the next state, guardDead or guardMaybe
	maybe bool         // the guard cannot reject anything
}

const (
	guardDead  = -1
	guardMaybe = -2
	// guardDepth is how many leading bytes the guard reads; guardStates
	// caps its size (states past it answer "maybe").
	guardDepth  = 8
	guardStates = 4000
)

func mustAnchored(expr string) *anchoredRe {
	a := &anchoredRe{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	a.build(prog)
	return a
}

// closure adds to set the consuming instructions reachable from pc without
// consuming input, and reports whether a match is reachable so.
func closure(prog *syntax.Prog, pc uint32, seen map[uint32]bool, set *[]uint32) (match bool) {
	if seen[pc] {
		return false
	}
	seen[pc] = true
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstMatch:
		return true
	case syntax.InstFail:
		return false
	case syntax.InstAlt, syntax.InstAltMatch:
		m := closure(prog, in.Out, seen, set)
		return closure(prog, in.Arg, seen, set) || m
	case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
		// zero-width assertions are taken as true: an over-approximation
		return closure(prog, in.Out, seen, set)
	default: // InstRune, InstRune1, InstRuneAny, InstRuneAnyNotNL
		*set = append(*set, pc)
		return false
	}
}

func consumes(in *syntax.Inst, c rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return c != '\n'
	}
	return in.MatchRune(c)
}

func (a *anchoredRe) build(prog *syntax.Prog) {
	var start []uint32
	if closure(prog, uint32(prog.Start), map[uint32]bool{}, &start) {
		a.maybe = true
		return
	}
	type state struct {
		pcs   []uint32
		depth int
	}
	ids := map[string]int32{}
	var states []state
	intern := func(pcs []uint32, depth int) int32 {
		slices.Sort(pcs)
		pcs = slices.Compact(pcs)
		var k strings.Builder
		for _, pc := range pcs {
			k.WriteString(strconv.Itoa(int(pc)))
			k.WriteByte(',')
		}
		if id, ok := ids[k.String()]; ok {
			return id
		}
		if depth >= guardDepth || len(states) >= guardStates {
			return guardMaybe
		}
		id := int32(len(states))
		ids[k.String()] = id
		states = append(states, state{pcs, depth})
		a.next = append(a.next, [128]int32{})
		return id
	}
	intern(start, 0)
	for s := 0; s < len(states); s++ {
		st := states[s]
		for c := 0; c < 128; c++ {
			var set []uint32
			seen := map[uint32]bool{}
			match := false
			for _, pc := range st.pcs {
				in := &prog.Inst[pc]
				if consumes(in, rune(c)) && closure(prog, in.Out, seen, &set) {
					match = true
				}
			}
			switch {
			case match:
				a.next[s][c] = guardMaybe
			case len(set) == 0:
				a.next[s][c] = guardDead
			default:
				a.next[s][c] = intern(set, st.depth+1)
			}
		}
	}
}

// MatchString is a.re.MatchString(s).
func (a *anchoredRe) MatchString(s string) bool {
	if !a.maybe {
		st := int32(0)
		for i := 0; i < len(s) && i < guardDepth; i++ {
			c := s[i]
			if c >= 0x80 {
				break
			}
			st = a.next[st][c]
			if st == guardDead {
				return false
			}
			if st == guardMaybe {
				break
			}
		}
	}
	return a.re.MatchString(s)
}
