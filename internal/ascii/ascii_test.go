package ascii

import (
	"strings"
	"testing"
)

func TestLower(t *testing.T) {
	for _, s := range []string{"", "abc", "Defense Secretary", "ÀB é Ünï", "MIXED case 123", "\xff\xfeA"} {
		got := Lower(s)
		if len(got) != len(s) {
			t.Fatalf("%q: length %d → %d", s, len(s), len(got))
		}
		for i := 0; i < len(s); i++ {
			want := s[i]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if got[i] != want {
				t.Fatalf("%q → %q at %d", s, got, i)
			}
		}
		if Is(s) && got != strings.ToLower(s) {
			t.Fatalf("%q: %q, strings.ToLower %q", s, got, strings.ToLower(s))
		}
	}
	if s := "no capitals"; Lower(s) != s {
		t.Fatal("copy of a lower-case string")
	}
}

func TestIs(t *testing.T) {
	if !Is("Lloyd Austin, 2022") || Is("Škoda") || !Is("") {
		t.Fatal("Is")
	}
}

func TestContainsLower(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		want   bool
	}{
		{"Last UPDATED 5 May", "updated", true},
		{"Published: May 5", "published", true},
		{"publishe", "published", false},
		{"", "", true},
		{"abc", "", true},
		{"Ümlaut Posted", "posted", true},
		{"POST ED", "posted", false},
	} {
		if got := ContainsLower(c.s, c.sub); got != c.want {
			t.Errorf("ContainsLower(%q, %q) = %v", c.s, c.sub, got)
		}
	}
}
