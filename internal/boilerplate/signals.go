package boilerplate

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossread/crossread/internal/doc"
)

// Signals. Each looks at one block (or, for the repeat and list signals, at
// the blocks around it) and answers with a short reason when it fires, ""
// otherwise. The reasons of the signals that fire on a block become its
// Verdict.Reason.

// Reasons shared by several signals and by the region logic.
const (
	reasonShare      = "share buttons"
	reasonComment    = "comment prompt"
	reasonNewsletter = "newsletter sign-up"
	reasonDonation   = "donation appeal"
	reasonRelated    = "related headlines"
	reasonPromo      = "promo link"
	reasonNote       = "page note"
	reasonCopyright  = "copyright"
	reasonCounter    = "counter"
	reasonMenu       = "navigation menu"
	reasonDated      = "related headlines with dates"
	reasonBefore     = "before the article"
	reasonAfter      = "after the article"
	reasonOutside    = "outside the article"
)

// ShareButtons fires on share bars and single share buttons.
func ShareButtons(text string) string {
	if len(text) < maxShareLen && (len(text) < shortTextLen || hasAny(text, shareKeys)) && shareRe.MatchString(text) {
		return reasonShare
	}
	return ""
}

// CommentPrompt fires on comment-section prompts and form labels.
func CommentPrompt(text string) string {
	if len(text) < maxCommentLen && hasAny(text, commentKeys) && (commentRe.MatchString(text) || saidLine(text)) {
		return reasonComment
	}
	return ""
}

// CommentThread reports a line that only a comment thread has: a reply
// form's prompt or a commenter's "Name on <date> said:". (A "12 Comments"
// link also sits at the top of many reports, so it does not count.)
func CommentThread(text string) bool {
	return len(text) < maxCommentLen && (commentThreadRe.MatchString(text) || saidLine(text))
}

// saidLine reports a commenter's "Name on <date> said:" line.
func saidLine(text string) bool {
	return strings.HasSuffix(text, ":") && saidRe.MatchString(text)
}

// NewsletterSignup fires on newsletter boxes. Long blocks only match when
// they are about the newsletter from the start, so a report that mentions a
// newsletter in passing is not cut.
func NewsletterSignup(text string) string {
	if len(text) < maxNewsletterLen && hasAny(text, newsletterKeys) && newsletterRe.MatchString(text) {
		return reasonNewsletter
	}
	if len(text) < maxNewsletterWordLen && hasAny(text, letterKeys) && newsletterWordRe.MatchString(text) {
		return reasonNewsletter
	}
	return ""
}

// DonationAppeal fires on the lines of a donation or membership plea.
func DonationAppeal(text string) string {
	if len(text) < maxDonationLen && (len(text) < donationChoiceLen || hasAny(text, donationKeys)) && donationRe.MatchString(text) {
		return reasonDonation
	}
	return ""
}

// RelatedHeading fires on a heading that opens a list of other stories
// ("ALSO READ", "You May Also Like", "Recent News").
func RelatedHeading(text string) string {
	if len(text) < maxHeadingLen && relatedHeadRe.MatchString(text) {
		return reasonRelated
	}
	return ""
}

// PromoLine fires on a one-line pointer away from the report
// ("RELATED: ...", "WATCH: ...", "Advertisement").
func PromoLine(text string) string {
	if len(text) < maxPromoLen && promoLineRe.MatchString(text) {
		return reasonPromo
	}
	return ""
}

// PageNote fires on notes about the page rather than the report: syndication
// disclaimers, cookie and legal notices, site chrome ("Back to top").
func PageNote(text string) string {
	if len(text) < maxNoteLen && noteRe.MatchString(text) {
		return reasonNote
	}
	return ""
}

// Copyright fires on copyright lines.
func Copyright(text string) string {
	if len(text) < maxCopyrightLen && (copyrightRe.MatchString(text) || yearCopyright(text)) {
		return reasonCopyright
	}
	return ""
}

// yearCopyright matches `^\S+ \d{4} © ` ("Reuters 2024 © "): the first
// whitespace (\s is [\t\n\f\r ]) is a space after at least one byte,
// then four ASCII digits, a space, the sign and a space.
func yearCopyright(text string) bool {
	i := strings.IndexAny(text, "\t\n\f\r ")
	if i <= 0 || text[i] != ' ' || len(text) < i+5 {
		return false
	}
	for _, c := range []byte(text[i+1 : i+5]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return strings.HasPrefix(text[i+5:], " © ")
}

// Counter fires on bare counts shown beside share and view buttons.
func Counter(text string) string {
	if len(text) < maxCounterLen && counterRe.MatchString(text) {
		return reasonCounter
	}
	return ""
}

// LinkList fires on a block made mostly of links with few words per link:
// menus, tag lists, headline lists.
func LinkList(b *doc.Block) string {
	if !isLinkList(b) {
		return ""
	}
	per := float64(b.Words) / float64(b.Links)
	return fmt.Sprintf("link list: %d links, %.0f words each", b.Links, per)
}

// isLinkList is LinkList != "" without formatting the reason.
func isLinkList(b *doc.Block) bool {
	if b.Links == 0 || b.Words == 0 {
		return false
	}
	d := float64(b.LinkWords) / float64(b.Words)
	per := float64(b.Words) / float64(b.Links)
	switch {
	case b.Links >= 2 && d >= linkListDensity && per <= linkListWordsPerLink:
	case d >= linkOnlyDensity && b.Words <= linkOnlyWords:
	default:
		return false
	}
	return true
}

// Landmark fires on blocks inside a nav/aside/footer/header/form landmark or
// the equivalent ARIA role.
func Landmark(role string) string {
	return landmarkReasons[role]
}

// Hint fires on the class and id values of one element (space separated)
// when they mark page furniture, and returns the reason. A value counts when
// it is one of fullHintTokens, or when one of its words (split at dashes,
// underscores, digits) is a negative hint word and no word of the same value
// is a positive one, unless the negative word is a strong one
// ("related-articles"). A value made only of positive words
// ("article-body") clears the element, as Readability's okMaybeItsACandidate.
func Hint(own string) string {
	reason, cleared := "", false
	for len(own) > 0 {
		tok := own
		if i := strings.IndexAny(own, " \n\t\r\f"); i >= 0 {
			tok, own = own[:i], own[i+1:]
		} else {
			own = ""
		}
		if tok == "" || layoutModifier(tok) {
			continue
		}
		if r, ok := fullHintTokens[tok]; ok {
			return r
		}
		neg, strong, pos, embed := "", false, false, false
		start := 0
		for i := 0; i <= len(tok); i++ {
			if i < len(tok) && !isHintSep(tok[i]) {
				continue
			}
			if i > start {
				hw := hintWords[tok[start:i]]
				if hw.embed {
					embed = true
				} else if hw.neg != "" {
					if neg == "" || hw.strong {
						neg = hw.neg
					}
					strong = strong || hw.strong
				} else if hw.pos {
					pos = true
				}
			}
			start = i + 1
		}
		switch {
		case embed:
			// an embedded post ("social-embed", "twitter-tweet") is quoted
			// by the report, not a share button
		case neg != "" && (strong || !pos):
			reason = neg
		case pos && neg == "":
			cleared = true
		}
	}
	if cleared && labelHintReasons[reason] == "" {
		return ""
	}
	return reason
}

// hintWord is what the hint tables say of one word of a class value.
type hintWord struct {
	neg                string // negHintWords
	strong, pos, embed bool   // strongHintWords, posHintWords, embedHintWords
}

// hintWords joins the hint word tables: one map look-up per word, not three.
var hintWords = func() map[string]hintWord {
	m := map[string]hintWord{}
	for w, r := range negHintWords {
		if r == "" {
			panic("boilerplate: empty reason for hint word " + w)
		}
		h := m[w]
		h.neg = r
		m[w] = h
	}
	for w, ok := range strongHintWords {
		h := m[w]
		h.strong = ok
		m[w] = h
	}
	for w, ok := range posHintWords {
		h := m[w]
		h.pos = ok
		m[w] = h
	}
	for w, ok := range embedHintWords {
		h := m[w]
		h.embed = ok
		m[w] = h
	}
	return m
}()

// layoutModifier reports a class that describes the page's layout rather
// than the element ("has-sidebar", "with-comments", "no-ads").
func layoutModifier(tok string) bool {
	if layoutDashed && strings.IndexByte(tok, '-') < 0 {
		return false // no prefix can match
	}
	for i, p := range layoutPrefixes {
		// "--"+p contains "-"+p, so one Contains covers both
		if strings.HasPrefix(tok, p) || strings.Contains(tok, layoutInfixes[i]) {
			return true
		}
	}
	return false
}

// layoutInfixes are the layoutPrefixes after a dash ("x-has-"), built once.
var layoutInfixes = func() []string {
	out := make([]string, len(layoutPrefixes))
	for i, p := range layoutPrefixes {
		out[i] = "-" + p
	}
	return out
}()

// layoutDashed: every layout prefix holds a dash.
var layoutDashed = func() bool {
	for _, p := range layoutPrefixes {
		if !strings.Contains(p, "-") {
			return false
		}
	}
	return true
}()

func isHintSep(c byte) bool {
	return c == '-' || c == '_' || c == ':' || c == '.' || c == '/' || (c >= '0' && c <= '9')
}

// Byline reports whether text is the report's own author or credit line.
func Byline(text string, words int) bool {
	return words <= maxBylineWords && len(text) < maxBylineLen && hasAny(text, bylineKeys) &&
		(bylineRe.MatchString(text) || hasAny(text, contributedKeys) && contributedRe.MatchString(text))
}

// Dateline reports whether text is only a date, perhaps with a time, or a
// page's time stamp: a whole date with clock times, zones, "Updated" and at
// most a place or an agency around it ("December 16, 2022 04:13 pm | Updated
// 08:29 pm IST - New Delhi", "14:34 GMT 19.05.2025 (Updated: 15:19 GMT
// 19.05.2025)", "Xinhua) 09:20, June 05, 2025").
func Dateline(text string) bool {
	// Every date both patterns know holds digits, a whole stamp date at least
	// four: counting them first spares the unanchored stamp pattern, which
	// tries every start position, on the many short blocks with none.
	d := digits(text, minStampDigits)
	if d == 0 {
		return false
	}
	if len(text) < maxDatelineLen && datelineRe.MatchString(text) {
		return true
	}
	if d < minStampDigits || len(text) >= maxStampLen || strings.Contains(text, "(@") || strings.HasPrefix(text, "—") || !stampDateRe.MatchString(text) {
		// "— Ann Roe (@annroe) November 18, 2019" signs an embedded post, part of the article
		return false
	}
	rest := stampPartsRe.ReplaceAllString(stampDateRe.ReplaceAllString(text, " "), " ")
	return len(strings.Fields(rest)) <= stampOtherWords
}

// digits counts the ASCII digits of text, stopping at max.
func digits(text string, max int) int {
	n := 0
	for i := 0; i < len(text) && n < max; i++ {
		if c := text[i]; '0' <= c && c <= '9' {
			n++
		}
	}
	return n
}

// Caption reports whether text carries a photo credit.
func Caption(text string) bool {
	return len(text) < maxCaptionLen && hasAny(text, captionKeys) && captionRe.MatchString(text)
}

// Truncated reports text cut off with an ellipsis, the way teasers end.
func Truncated(text string) bool {
	t := strings.TrimRight(text, truncTrail)
	return strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…")
}

// key is the comparison form of a block for the repeat signal: lower case,
// letters and digits only, at most n runes.
func key(text string, n int) string {
	return string(appendKey(nil, text, n))
}

// appendKey appends key(text, n) to b.
func appendKey(b []byte, text string, n int) []byte {
	c := 0
	for _, r := range text {
		if c >= n {
			break
		}
		if r < utf8.RuneSelf {
			// ASCII: the same test and case mapping without the tables
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				b = append(b, byte(r))
				c++
			case 'A' <= r && r <= 'Z':
				b = append(b, byte(r)+'a'-'A')
				c++
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
			c++
		}
	}
	return b
}

// Repeats finds blocks that repeat another block: the same text (ignoring
// case and punctuation) seen earlier, or a shorter block that is the start of
// a longer one (a teaser, often cut off mid-word). For each block it returns
// the index of the block it repeats, or -1. When two blocks are equal the
// later one is the repeat; when one is a prefix of the other the shorter one
// is. Linear: one map keyed by the blocks' first runes.
func Repeats(blocks []doc.Block) []int {
	out := make([]int, len(blocks))
	keys := make([]string, len(blocks))
	// All keys are cut from one string: one allocation, not one per block.
	size := 0
	for i := range blocks {
		size += len(blocks[i].Text)
	}
	buf := make([]byte, 0, size)
	ends := make([]int, len(blocks))
	for i := range blocks {
		out[i] = -1
		buf = appendKey(buf, blocks[i].Text, 1<<20)
		ends[i] = len(buf)
	}
	all := string(buf)
	start := 0
	for i, e := range ends {
		keys[i], start = all[start:e], e
	}
	// A teaser that runs over the next paragraphs: its text is the start of
	// the following blocks joined (the lead repeated before the body).
	for i := range blocks {
		if utf8.RuneCountInString(keys[i]) < truncMinRunes {
			continue
		}
		k := trimLastWord(keys[i])
		var joined strings.Builder
		for j := i + 1; j < len(blocks) && j <= i+teaserSpan && joined.Len() < len(k); j++ {
			joined.WriteString(keys[j])
		}
		if joined.Len() >= len(k) && strings.HasPrefix(joined.String(), k) {
			out[i] = i + 1
		}
	}
	first := make(map[string]int, len(blocks))
	for i := range blocks {
		k := keys[i]
		if out[i] >= 0 || utf8.RuneCountInString(k) < repeatMinRunes {
			continue
		}
		p := prefix(k, repeatPrefix)
		j, ok := first[p]
		if !ok {
			first[p] = i
			continue
		}
		kj := keys[j]
		switch {
		case k == kj:
			out[i] = j
		case strings.HasPrefix(kj, trimLastWord(k)) || strings.HasPrefix(k, trimLastWord(kj)):
			// One is the start of the other: the teaser is the one that
			// does not end a sentence, else the shorter one.
			ei, ej := endsSentence(blocks[i].Text), endsSentence(blocks[j].Text)
			if ei != ej && !ei || ei == ej && len(k) <= len(kj) {
				out[i] = j
			} else if out[j] < 0 {
				out[j] = i
				first[p] = i
			}
		}
	}
	return out
}

// trimLastWord drops the last few runes of a key, since a teaser may be cut
// in the middle of a word.
func trimLastWord(k string) string {
	n := utf8.RuneCountInString(k)
	if n < 3*cutWordRunes {
		return k
	}
	return prefix(k, n-cutWordRunes)
}

func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// endsSentence reports text that ends like a finished sentence.
func endsSentence(text string) bool {
	if Truncated(text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, closeTrail))
	return strings.ContainsRune(sentenceEnds, r)
}

// hasAny reports whether text contains one of keys, ignoring ASCII case. It
// is the cheap test in front of the unanchored patterns: a block that holds
// none of a pattern's keywords cannot match it.
func hasAny(text string, ks *keySet) bool {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, k := range ks.byFirst[c] { // most bytes start no key
			if len(text)-i >= len(k) && foldPrefix(text[i:], k) {
				return true
			}
		}
	}
	return false
}

// foldPrefix reports whether t starts with the lower-case ASCII k, ignoring
// ASCII case: strings.EqualFold(t[:len(k)], k), since a rune past ASCII in
// t would leave t[:len(k)] fewer runes than k.
func foldPrefix(t, k string) bool {
	for j := 0; j < len(k); j++ {
		c := t[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[j] {
			return false
		}
	}
	return true
}

// letterKeys are the hasAny test in front of newsletterWordRe ("letter":
// no s or k, which (?i) also matches as ſ and K).
var letterKeys = newKeySet("letter")

// keySet is a hasAny keyword list, indexed by first byte.
type keySet struct {
	byFirst [256][]string
}

func newKeySet(keys ...string) *keySet {
	ks := &keySet{}
	for _, k := range keys {
		for _, c := range []byte(k) {
			if c >= 0x80 || 'A' <= c && c <= 'Z' {
				panic("boilerplate: key " + k + " is not lower-case ASCII")
			}
		}
		ks.byFirst[k[0]] = append(ks.byFirst[k[0]], k)
	}
	return ks
}
