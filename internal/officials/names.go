package officials

import "strings"

// One person, many spellings. Names reach English pages through several
// transliteration systems and by hand: Sergei Shoigu / Sergey Shoygu, Andrei /
// Andrey, Nikolai / Nikolay, Zelensky / Zelenskyy / Zelenskiy, Dmitry /
// Dmitri; and with slips a copy editor missed (Shoiku, Gerasimo). nameKey folds
// the systems' differences by rule, so names nobody listed fold too; a slip is
// an edit away from a name the report introduced; and a short form of a first
// name ("Mike" for "Michael") is what no rule can know, so it is a small table.

// nameKey is the spelling-independent form of one folded name word (a tok
// key: lower case, no diacritics): "kh" and "h" are one sound, so are "x" and
// "ks", "y" and "i" after the first letter (Shoygu, Sergey, Yury, the
// "-iy"/"-yy" of Zelenskiy and Zelenskyy), and a doubled letter is one letter.
func nameKey(k string) string {
	if k == "" {
		return k
	}
	b := make([]byte, 0, len(k)+2)
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == 'y' && i > 0:
			c = 'i' // not a first letter: "Yi", "Yoon" stay what they are
		case c == 'k' && i+1 < len(k) && k[i+1] == 'h':
			continue // "kh" → "h"
		case c == 'x':
			b = append(b, 'k')
			c = 's'
		case c == 'j' && i == len(k)-1 && i > 0 && (k[i-1] == 'i' || k[i-1] == 'y'):
			c = 'i' // Zelenskij
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue // a doubled letter
		}
		b = append(b, c)
	}
	return string(b)
}

// FoldWord is nameKey of one written word: lower case, no diacritics, then
// the spelling folds ("Zelenskyy" → "zelenski", "Shoygu" → "shoigu").
func FoldWord(w string) string { return nameKey(keyOf(w)) }

// NameKey is the key under which every spelling of a person's name meets: the
// surname's nameKey ("Sergey Shoygu", "Sergei Shoigu" and "Shoigu" all give
// "shoigu"). For the linker, which compares parties across reports.
func NameKey(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && vocab[keyOf(f[len(f)-1])]&cSuffix != 0 {
		f = f[:len(f)-1] // "Lloyd J. Austin III"
	}
	if len(f) == 0 {
		return ""
	}
	return nameKey(keyOf(f[len(f)-1]))
}

// firstCompatible: can two first names (folded keys) be one person's? The
// same spelling-free key, an initial, one the start of the other ("Pat" and
// "Patrick", "Alex" and "Alexander"), or a short form no rule can know.
func firstCompatible(a, b string) bool {
	ka, kb := nameKey(a), nameKey(b)
	if ka == kb {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	if len(ka) >= 3 && len(kb) >= 3 && (strings.HasPrefix(ka, kb) || strings.HasPrefix(kb, ka)) {
		return true
	}
	return shortForms[a] == b || shortForms[b] == a
}

// shortForms maps English short forms of first names to the full name (the
// forms that are not simply the start of it). Source: the common English
// hypocoristics, as any style guide lists them.
var shortForms = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(`michael:mike,mick william:bill,billy,will,willy robert:bob,bobby,rob,robbie
		richard:dick,rick,rich james:jim,jimmy john:jack,johnny joseph:joe,joey charles:chuck,charlie
		edward:ted,ed,eddie,ned theodore:ted,teddy anthony:tony margaret:peggy,maggie,meg elizabeth:liz,beth,betsy,betty
		katherine:kate,kathy,katie catherine:kate,cathy,katie christopher:chris thomas:tom,tommy
		daniel:dan,danny david:dave nicholas:nick jeffrey:jeff stephen:steve steven:steve lawrence:larry
		gerald:jerry jerome:jerry henry:hank harold:hal,harry benjamin:ben,bibi alexander:sasha,alex
		aleksandr:sasha,alex alexandra:sasha susan:sue deborah:deb,debbie patricia:pat,patty,trish
		rebecca:becky samuel:sam matthew:matt andrew:andy,drew kenneth:ken,kenny ronald:ron,ronnie
		donald:don,donnie douglas:doug gregory:greg timothy:tim peter:pete frederick:fred,freddie
		jonathan:jon raymond:ray eugene:gene philip:phil zachary:zach,zack victoria:vicky
		valentina:valya vladimir:volodya dmitri:dima`, " ") {
		line = strings.TrimSpace(line)
		full, forms, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		for _, f := range strings.Split(forms, ",") {
			m[f] = full
		}
	}
	return m
}()

// slip reports two surname keys one edit apart (a letter dropped, added,
// changed or two swapped): a misspelling of the same name on a real page
// ("Shoiku", "Gerasimo", "Millie" for "Milley"). Short names are left
// alone: "Kim" and "Kin" are different people.
func slip(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 6 && len(b) < 6 || a[0] != b[0] {
		return false
	}
	la, lb := len(a), len(b)
	if la-lb > 1 || lb-la > 1 {
		return false
	}
	i := 0
	for i < la && i < lb && a[i] == b[i] {
		i++
	}
	switch {
	case la == lb:
		if a[i+1:] == b[i+1:] {
			return true // one letter changed
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // two swapped
	case la > lb:
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}

// CountryOf is the country a lower-case word or two names: an adjective or
// name from the country table ("turkish", "south korea", "u.s") or a seat of
// government standing for its state ("the Kremlin", "Beijing said").
func CountryOf(w string) (code string, ok bool) {
	if c, ok := countries[w]; ok {
		return c.Code, true
	}
	code, ok = seats[w]
	return code, ok
}

// seats are capitals and government buildings that news uses for the state
// itself. Source: the capitals of the states in the country table most in the
// international news, and the buildings named for their governments.
var seats = func() map[string]string {
	m := map[string]string{}
	for _, f := range strings.Fields(`washington:US pentagon:US white_house:US kremlin:RU moscow:RU kyiv:UA kiev:UA
		beijing:CN ankara:TR new_delhi:IN jerusalem:IL tehran:IR london:GB downing_street:GB whitehall:GB paris:FR
		elysee:FR berlin:DE tokyo:JP seoul:KR pyongyang:KP ottawa:CA canberra:AU brasilia:BR riyadh:SA cairo:EG
		islamabad:PK taipei:TW warsaw:PL rome:IT madrid:ES minsk:BY damascus:SY baghdad:IQ doha:QA abu_dhabi:AE`) {
		k, v, _ := strings.Cut(f, ":")
		m[strings.ReplaceAll(k, "_", " ")] = v
	}
	return m
}()
