package boilerplate

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
)

// anchoredPatterns are every pattern behind a guard.
func anchoredPatterns() []*anchoredRe {
	out := []*anchoredRe{relatedHeadRe, noteRe, datelineRe}
	for _, p := range []splitPattern{shareRe, commentRe, commentThreadRe, newsletterRe, donationRe, promoLineRe, copyrightRe, bylineRe, counterRe} {
		out = append(out, p.head)
	}
	return out
}

// TestAsciiTaken checks the guard's byte sets against the regexp package's
// own MatchRune.
func TestAsciiTaken(t *testing.T) {
	for _, a := range anchoredPatterns() {
		re, _ := syntax.Parse(a.expr, syntax.Perl)
		prog, _ := syntax.Compile(re.Simplify())
		for pc := range prog.Inst {
			in := &prog.Inst[pc]
			if in.Op != syntax.InstRune && in.Op != syntax.InstRune1 {
				continue
			}
			set := asciiTaken(in)
			for c := rune(0); c < 128; c++ {
				if got := set[c>>6]&(1<<(c&63)) != 0; got != in.MatchRune(c) {
					t.Fatalf("%s: pc %d byte %q: asciiTaken %v, MatchRune %v", a.expr, pc, c, got, !got)
				}
			}
		}
	}
}

// TestGuardExact checks that a guarded pattern answers as its regexp on
// the lines of the fixtures and on lines made to match.
func TestGuardExact(t *testing.T) {
	lines := []string{"", "x", "Also Read", "ALSO READ:", "Related Stories", "more News from X", "Share", "share on facebook",
		"12 comments", "Leave a Reply", "By John Smith", "Published: March 3, 2021", "© 2024 Foo", "Copyright 2020",
		"Advertisement", "Back to top", "Home", "Sign up", "Dear readers", "1.2k views", "(this story has not been edited",
		"  related", "related\u00a0stories", "ſhare", "\u212aeep reading", "The president said on Monday",
		"“Related”", "‘Also read", "— Related", "\xffRelated", "Ｒelated", "à lire aussi", "À LIRE AUSSI", "©2020", "Ñame"}
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*"))
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines = append(lines, l, strings.TrimSpace(l))
			if len(l) > 3 {
				lines = append(lines, l[1:], l[2:])
			}
		}
	}
	lines = append(lines, "Reuters 2024 © x", "A 1999 © ", "A\t1999 © ", " 1999 © ", "AB 199 © ", "AB 19999 © ", "© 2020")
	year := regexp.MustCompile(`^\S+ \d{4} © `)
	for _, l := range lines {
		if got, want := yearCopyright(l), year.MatchString(l); got != want {
			t.Errorf("yearCopyright(%q) = %v, want %v", l, got, want)
		}
	}
	keySets := map[string]*keySet{"newsletter": newsletterKeys, "donation": donationKeys, "share": shareKeys, "byline": bylineKeys,
		"caption": captionKeys, "comment": commentKeys, "letter": letterKeys, "contributed": contributedKeys}
	keyLists := map[string][]string{"newsletter": {"newsletter", "sign up", "subscri", "inbox", "get ", "mail", "signing", "privacy", "thank"},
		"donation": {"dear", "message", "support", "donat", "become", "make a", "not ready", "remind", "independent", "payment", "paiment", "defending", "standing"},
		"share":    {"share", "tweet", "mail"}, "byline": {"by", "author", "contribut", "por", "par", "von"},
		"caption": {"photo", "image", "picture", "getty", "ap ", "/ ", "/pool", "/reuters", "/afp", "/ap", "/epa", "/tass", "shutterstock", "credit", "istock"},
		"comment": {"comment", "repl", "discussion", "conversation", "join", "mail", "required", "name", "website", "said", "says", "wrote", "report", "flag", "like", "point", "vote", "log"},
		"letter":  {"letter"}, "contributed": {"contributed"}}
	for name, ks := range keySets {
		for _, l := range append(lines, "PHOTO", "Keep", "/\x0f", "PayMent") {
			want := false
			for _, k := range keyLists[name] {
				for i := 0; i+len(k) <= len(l); i++ {
					want = want || strings.EqualFold(l[i:i+len(k)], k)
				}
			}
			if got := hasAny(l, ks); got != want {
				t.Errorf("hasAny(%q, %s) = %v, want %v", l, name, got, want)
			}
		}
	}
	for _, a := range anchoredPatterns() {
		for _, l := range lines {
			if got, want := a.MatchString(l), a.re.MatchString(l); got != want {
				t.Errorf("%.40s… on %q: guarded %v, regexp %v", a.expr, l, got, want)
			}
		}
	}
}
