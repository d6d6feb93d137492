package boilerplate

import (
	"regexp"
	"strings"
)

// Every threshold and pattern the classifier uses lives here, compiled once at
// package load, the way Readability.js keeps its REGEXPS and constants at the
// top of the file: tuning happens in one place and no call compiles anything.

// Lengths, in words.
const (
	// longWords is the length from which a block reads as running prose
	// rather than a label, a menu entry or a headline.
	longWords = 8
	// cjkRunesPerWord is how many Han/Kana/Hangul characters count as a word.
	cjkRunesPerWord = 2
	// shortWords is the length up to which a line reads as a menu entry,
	// a label or a button.
	shortWords = 4
	// titleMinWords and titleMaxWords bound a headline.
	titleMinWords = 6
	titleMaxWords = 30
	// titleWindow is how many blocks before the body we look for the headline.
	titleWindow = 10
	// creditWindow is how many blocks after the body a credit line may follow.
	creditWindow = 3
	// repeatPrefix is the number of runes two blocks must share at the start
	// to count as one repeating the other.
	repeatPrefix = 48
	// truncMinRunes is the shortest teaser we test for being a cut-off copy.
	truncMinRunes = 40
)

// Length limits, in bytes of text, past which a text signal does not look:
// buttons, headings and prompts are short, and a limit keeps a long
// paragraph that merely mentions a newsletter from being cut (and keeps the
// patterns cheap).
const (
	maxShareLen          = 200
	shortTextLen         = 40 // a share button this short skips the keyword test
	maxCommentLen        = 200
	maxNewsletterLen     = 250
	maxNewsletterWordLen = 100 // the bare word "newsletter" marks only a short block
	maxDonationLen       = 250
	donationChoiceLen    = 12 // "Once", "Monthly": the plea's buttons skip the keyword test
	maxHeadingLen        = 80
	maxPromoLen          = 250
	maxNoteLen           = 300
	maxCopyrightLen      = 200
	maxCounterLen        = 30
	maxBylineLen         = 200
	maxBylineWords       = 20
	maxDatelineLen       = 60
	maxStampLen          = 110 // a time stamp with its "Updated" time and place
	stampOtherWords      = 3   // words a time stamp may hold besides its date and times: a place, an agency
	minStampDigits       = 4   // digits in the shortest whole stamp date: "May 1, 2022", "1/2/22"
	maxCaptionLen        = 400
)

// Repeats and teasers.
const (
	repeatMinRunes = 12 // shorter blocks ("Home", "Share") may repeat freely
	cutWordRunes   = 8  // a teaser may stop this many letters into a word
	teaserSpan     = 4  // a teaser may repeat up to this many following paragraphs
)

// Lists in text reports.
const (
	menuMinLines  = 3 // consecutive short lines that make a menu
	datedMaxWords = 8 // a line this short that carries a date is a card's date line
	datedBefore   = 3 // lines before and after a date line that belong to its card
	datedAfter    = 1
)

// Link density.
const (
	// linkListDensity is the share of linked words above which a short block
	// is navigation rather than prose.
	linkListDensity = 0.5
	// proseMaxDensity is the highest link density a paragraph may have and
	// still count towards the article's mass.
	proseMaxDensity = 0.35
	// linkListWordsPerLink: a link list has at most this many words per link.
	linkListWordsPerLink = 12
	// linkOnlyDensity and linkOnlyWords: a short block that is (almost)
	// all one link is a link, whatever the count.
	linkOnlyDensity = 0.9
	linkOnlyWords   = 14
)

// Pages.
const (
	// labelReach: a caption, byline or date class labels a block when it is
	// on the block's element or at most this many levels above.
	labelReach = 2
	// headlineWindow: the headline <h1> is at most this many blocks before
	// the body's first paragraph.
	headlineWindow = 30
	// decayGrandparent and decayPerLevel shape decay (html.go), as in
	// Readability: a paragraph's grandparent gets half its score, an
	// ancestor k ≥ 3 levels up 1/(3·(k−1)).
	decayGrandparent = 0.5
	decayPerLevel    = 3
)

// Region scoring (see region.go).
const (
	// bodyThreshold is subtracted from every block's words when looking for
	// the densest run: blocks longer than this add to the run, shorter ones
	// cost it.
	bodyThreshold = 8
	// flaggedCost is what a block with a boilerplate signal costs the run.
	flaggedCost = 25
	// endMarkerShare: an end marker (comments, related, newsletter ...) cuts
	// the body only when at least this share of the body's words precede it;
	// an early marker is a single inline promo.
	endMarkerShare = 0.5
	// earliestShare: in a text report, the first part (between end markers)
	// whose densest run reaches this share of the best part's is the report.
	earliestShare = 0.5
	// threadWeight scales the runs after the start of a comment thread when
	// the parts of a text report compete.
	threadWeight = 0.4
	// boxMaxLines: a related box inside a text report is its heading and at
	// most this many lines before the report resumes.
	boxMaxLines = 8
	// boxResumeShare: and the report resumes with a run at least this share
	// of the one before the box.
	boxResumeShare = 0.3
	// endResumeShare: on a page, an end marker followed by at least this
	// share of the prose before it is an inline box, not the end.
	endResumeShare = 0.3
	// siblingShare: a sibling subtree of the container joins the article when
	// its densest run of paragraphs scores at least this share of the
	// container's (decayed) score.
	siblingShare = 0.15
	// siblingJunk is the most junk a sibling may carry per word of prose.
	siblingJunk = 0.15
	// junkWeight is what a word of link list or flagged text costs a
	// candidate container, against one word of prose.
	junkWeight = 0.5
	// minHintedShare, minHintedWords: when the container found with class/id
	// hints holds less than this share of the page's prose and fewer words
	// than this, the hints are wrong about the page and are ignored.
	minHintedShare = 0.3
	minHintedWords = 50
)

// Patterns over block text. All are matched case-insensitively against the
// whole collapsed text of one block.
var (
	// shareRe: share bars and their buttons.
	shareRe = anchoredOr(`^(share|tweet|e-?mail|print|pin( it)?|whatsapp|facebook|twitter|linkedin|reddit|telegram|flipboard|pocket|copy link|copy url|save|comment|comments|x)( (this|on|via|to)( \w+){0,3})?[:!.]?$|^share (this|the) (article|story|post|page)|^(share|tweet|email){2,}`,
		`share (on|to|via) (facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest)`)
	// commentRe: comment section prompts and form labels.
	commentRe = anchoredOr(`^(leave a (reply|comment)|click to comment|post a comment|add a comment|add your comment|write a comment|view( all)? comments|show comments|load comments|see comments|join the (discussion|conversation)|be the first to comment|comments? (are|is) closed|\d+ comments?|comments?( \(\d+\))?|cancel reply|post comment|submit comment|log ?in to comment|(top|all|latest|newest|oldest|best|most)( rated| recent| liked| popular)? comments|(show|view|read|load|see) (all |more )?(\d+ )?(comments|replies))\b|^(reply|report( abuse)?|flag|like|\d+ (likes?|replies|points|votes))$|^(name|email|website)\s*\*?$`,
		`your email address will not be published|required fields are marked`)
	// commentThreadRe: lines that only a comment thread has.
	commentThreadRe = anchoredOr(`^(leave a (reply|comment)|reply|cancel reply|leave a reply cancel reply|\d+ (votes?|points?)|(top rated|newest|oldest|best) comments)$`,
		`your email address will not be published`)
	// newsletterRe: newsletter boxes and sign-up forms.
	newsletterRe = anchoredOr(`^sign up\b|^subscribe\b|^get (our|the) .{0,40}(emails?|alerts|updates)|^(enter )?(your )?e-?mail( address)?\s*\*?:?$|^enter your e-?mail|^(thank you|thanks) for (signing up|subscribing)`,
		`subscribers agree|in your inbox|to your inbox|by (signing up|subscribing),? you agree|privacy policy$`,
		"agree", "inbox", "privacy")
	// newsletterWordRe: the word itself, which only marks a short block (a
	// report may mention a newsletter in passing).
	newsletterWordRe = regexp.MustCompile(`(?i)\bnewsletters?\b`)
	// donationRe: donation and membership appeals.
	donationRe = anchoredOr(`^dear (readers?|friends)\b|^a message from\b|^support (the |our )?\p{Lu}|^donate\b|^(make a|your) donation\b|^not ready to (support|donate|give)|^remind me later|^(once|one-time|monthly|annual|annually|yearly|continue|other)$`,
		`\bsupport (us|our (work|journalism|newsroom|reporting))\b|\bdonate (now|today|here|to us)\b|become a (member|supporter|patron|subscriber)|make a (contribution|donation)|independent journalism|payment methods|paiment methods|you('re| are) defending|standing with us`,
		"upport", "donat", "become", "contribution", "independent", "payment", "paiment", "defending", "tanding")
	// relatedHeadRe: headings that open a list of other stories.
	relatedHeadRe = mustAnchored(`(?i)^(also read|read also|read more|read next|more to read|you may (also )?like|you might (also )?like|you may also be interested in|related( (articles?|stories|story|posts?|news|content|coverage|reading|topics))?|recent (news|posts|stories|articles)|more (stories|news|articles|headlines|videos)( from [\w ]+)?|more (from|on|in|about) [\w .'’&-]{1,40}|more( \p{Lu}[\p{L}.'’&-]*){1,3}|recommended( for you| stories| reading)?|trending( news| now| stories)?|trendingnews|most (read|popular|viewed|shared|commented)|popular( (posts|stories|now))?|latest( (news|stories|posts|articles|headlines))?|new updates|next (post|article|story)|previous (post|article|story)|up next|don'?t miss|editor'?s picks|top stories|further reading|see also|stay connected|browse by category|categories|tags|topics|what to read next|in (other|case you missed)|around the web|from (around|across) the web|sponsored( content| stories)?|promoted( stories)?|more like this|keep reading|elsewhere` +
		// the same headings in the other languages of the DEV pages
		`|voc[êe] (tamb[ée]m )?pode gostar|leia (tamb[ée]m|mais)|veja (tamb[ée]m|mais)|(not[íi]cias|posts|artigos|mat[ée]rias) relacionad[ao]s|relacionad[ao]s|mais lidas` +
		`|(tambi[ée]n )?te puede interesar|lee (tambi[ée]n|m[áa]s)|noticias relacionadas|art[íi]culos relacionados|m[áa]s le[íi]d[ao]s` +
		`|(à )?lire aussi|sur le m[êe]me sujet|vous aimerez aussi|articles? similaires|les plus lus` +
		`|das k[öo]nnte sie auch interessieren|mehr zum thema|weitere artikel|[äa]hnliche artikel|meistgelesen` +
		`|leggi anche|potrebbe interessarti|articoli correlati|i pi[ùu] letti)[\s:.!…]*$`)
	// promoLineRe: a one-line promo that points away from the report.
	promoLineRe = anchoredOr(`^(related|read more|also read|read also|see also|watch|listen|more|recommended|sponsored|advertisement|advertisment|ad|click here|read the full (story|article))\s*[:|>»-]\s*\S|^(advertisement|advertisment|sponsored|ad|scroll to continue( with content)?|continue reading( below)?|story continues below( advertisement)?|article continues below|skip (to|this) (content|ad|main content))$|^click here\b`, "")
	// noteRe: editorial and syndication notes about the page, not the report.
	noteRe = mustAnchored(`(?i)^\(?(this (story|article|report|content) (has not been|was not|is) (edited|auto-generated|generated|published|produced|owned|syndicated|provided)|this (story|article) (was )?originally (appeared|published)|this article is owned by|(the )?views expressed|disclaimer\b|all rights reserved|terms of (use|service)|privacy policy|cookie (policy|settings|preferences)|we use cookies|this (site|website) uses cookies|by (using|continuing)( to use)? this (site|website)|have a (news )?tip\b|got a (news )?tip\b|report an error|corrections?\s*(policy|:)|follow (us|\p{Lu}[\w.]* on)|connect with us|hi, what are you looking for|search( for)?[:.]?$|no results?$|view all results?$|go to mobile version|skip to (main )?content|toggle navigation|open menu|close menu|menu$|home$|log ?in$|sign ?in$|register$|go to top|back to top)`)
	// copyrightRe: copyright lines.
	copyrightRe = anchoredOr(`^(©|\(c\)|copyright\b)`, `all rights reserved`, "all right")
	// (and yearCopyright: "Name 2024 © ")
	// bylineRe: the report's own author or credit line.
	bylineRe = anchoredOr(`^(by|written by|words by|reporting by|story by|report by|text by|posted by|author)[:\s]+\p{L}`,
		`\b(contributed|contributing) (to )?(this )?(report|reporting|article|story)\b|(editing|edited|reporting|writing) by \p{Lu}|\b(published|posted|publicado|publicada|publié|veröffentlicht) (by|por|par|von)\b`)
	// datelineRe: a line that is only a date (and perhaps a time).
	datelineRe = mustAnchored(`(?i)^(published|updated|posted|last updated|date)?[:\s]*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s*(\d{4})?)|(\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s*(\d{4})?)|(\d{4}-\d{2}-\d{2})|(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))([\s,|at-]*\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?(\s*[a-z]{2,4})?)?[\s|]*$`)
	// stampDateRe: a whole date in a page's time stamp, in words or digits.
	stampDateRe = regexp.MustCompile(`(?i)\b((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b`)
	// stampPartsRe: what a time stamp holds besides its date.
	stampPartsRe = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}\b|\b([ap]\.?m\.?)(\s|$)|\b(published|updated|update|posted|last|modified|date|on|at|by|am|pm|utc|gmt|ist|[ecmp][sd]t|et|bst|cest?|msk)\b|[|():,+\-–—/•]|\b\d{2}\b`)
	// dateInRe: a date anywhere in a short line (headline lists carry them).
	dateInRe = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b|\b\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d+ (minutes?|hours?|days?|weeks?|months?) ago\b`)
	// captionRe: photo credits that mark a caption.
	captionRe = regexp.MustCompile(`(?i)(\((photo|image|picture|file photo|photograph)\b|\b(photo|image|picture|photograph)( credit)?:|\bgetty images\b|\bap photo\b|/ ?(pool|reuters|afp|ap|epa|tass|getty)\b|\bshutterstock\b|\bphoto(graph)? by\b|\bcredit:|\bistock\b|\bimage source\b)`)
	// counterRe: a bare count ("0", "7", "11.3k") as shown next to share and
	// view buttons.
	counterRe = anchoredOr(`^[\d.,]+\s*[km]?(\s+(views?|shares?|comments?|likes?|reads?|subscribers?|followers?|fans|votes?|points?|replies))?$|^(views?|shares?|likes?)$`, "")
	// The alternatives below were split off the patterns above (commentRe,
	// commentThreadRe, bylineRe): each starts with \S+ or \p{Lu}, so the
	// guard in front of an anchored pattern cannot reject anything while
	// they are in it. Each now runs behind its own cheap test.
	//
	// saidRe: a commenter's "Name on <date> said:" (only when the text ends
	// in a colon).
	saidRe = regexp.MustCompile(`(?i)^\S+( \S+){0,4} on .{6,40} (said|says|wrote):$`)
	// contributedRe: "Name contributed to this report" (only when the text
	// holds "contributed"; no s or k in it, see anchoredOr).
	contributedRe = regexp.MustCompile(`(?i)^\p{Lu}[\w.&' ]{0,40} contributed\b`)
)

// Characters at the end of a block.
const (
	truncTrail   = " »›>])"   // may follow the ellipsis of a cut-off teaser
	closeTrail   = " ”\"'’)»" // may follow the end of a sentence
	sentenceEnds = ".!?:"
)

// Keywords in front of the unanchored patterns (see hasAny): every match of
// the pattern contains one of them. Keep them in step with the pattern.
var (
	contributedKeys = newKeySet("contributed")
	newsletterKeys  = newKeySet("newsletter", "sign up", "subscri", "inbox", "get ", "mail", "signing", "privacy", "thank")
	donationKeys    = newKeySet("dear", "message", "support", "donat", "become", "make a", "not ready", "remind", "independent",
		"payment", "paiment", "defending", "standing")
	shareKeys   = newKeySet("share", "tweet", "mail") // blocks under 40 bytes skip the test
	bylineKeys  = newKeySet("by", "author", "contribut", "por", "par", "von")
	captionKeys = newKeySet("photo", "image", "picture", "getty", "ap ", "/ ", "/pool", "/reuters", "/afp", "/ap", "/epa", "/tass",
		"shutterstock", "credit", "istock")
	commentKeys = newKeySet("comment", "repl", "discussion", "conversation", "join", "mail", "required", "name", "website",
		"said", "says", "wrote", "report", "flag", "like", "point", "vote", "log")
)

// Class and id hints. A hint matches when one of these occurs as a word of
// a class/id value, split at dashes, underscores, dots, colons, slashes and
// digits (so "ad" in "ad-slot" but not in "header" or "shadow").
var (
	// negHintWords are the words that mark a container the reader can skip,
	// with the reason shown for it.
	negHintWords = map[string]string{
		"nav": "navigation menu", "navbar": "navigation menu", "navigation": "navigation menu", "menu": "navigation menu",
		"breadcrumb": "navigation menu", "breadcrumbs": "navigation menu", "masthead": "navigation menu", "topbar": "navigation menu",
		"skip": "navigation menu", "pagination": "navigation menu", "pager": "navigation menu",
		"footer": "footer", "foot": "footer", "rodape": "footer", "copyright": "footer", "colophon": "footer",
		"share": "share buttons", "sharing": "share buttons", "social": "share buttons", "sharebar": "share buttons",
		"socialbar": "share buttons", "addthis": "share buttons", "sharethis": "share buttons", "shares": "share buttons",
		"related": "related headlines", "recommended": "related headlines", "recommendations": "related headlines",
		"recirc": "related headlines", "recirculation": "related headlines", "more": "related headlines",
		"popular": "related headlines", "trending": "related headlines", "mostread": "related headlines",
		"outbrain": "related headlines", "taboola": "related headlines", "teaser": "related headlines", "teasers": "related headlines",
		"newsletter": "newsletter sign-up", "subscribe": "newsletter sign-up", "subscription": "newsletter sign-up",
		"signup": "newsletter sign-up", "optin": "newsletter sign-up",
		"promo": "promotion", "promotion": "promotion", "sponsor": "promotion", "sponsored": "promotion",
		"ad": "advertisement", "ads": "advertisement", "advert": "advertisement", "advertisement": "advertisement",
		"adslot": "advertisement", "dfp": "advertisement", "banner": "advertisement",
		"comment": "comments", "comments": "comments", "disqus": "comments", "respond": "comments", "reply": "comments",
		"sidebar": "sidebar", "aside": "sidebar", "rail": "sidebar", "widget": "sidebar", "sidebar1": "sidebar",
		"cookie": "cookie notice", "cookies": "cookie notice", "consent": "cookie notice", "gdpr": "cookie notice",
		"modal": "pop-up", "popup": "pop-up", "overlay": "pop-up",
		"tags": "tag list", "tag": "tag list", "keywords": "tag list", "topics": "tag list",
		"donate": "donation appeal", "donation": "donation appeal",
		"bio": "author box", "author": "author box", "byline": "byline",
		"caption": "caption", "credit": "caption", "figcaption": "caption",
		"print": "print-only", "toolbar": "toolbar", "tools": "toolbar", "utility": "toolbar",
		"header": "page header", "dateline": "dateline", "timestamp": "dateline", "date": "dateline",
		"meta": "metadata", "headline": "headline", "title": "headline",
	}
	// fullHintTokens match whole class/id values (and the markers doc adds
	// for the hidden and aria-hidden attributes).
	fullHintTokens = map[string]string{
		"hidden": "hidden", "aria-hidden": "hidden", "sr-only": "hidden", "visually-hidden": "hidden",
		"screen-reader-text": "hidden", "screenreader": "hidden", "visuallyhidden": "hidden", "d-none": "hidden",
	}
	// strongHintWords are negative words that a positive word in the same
	// class value does not cancel ("related-articles", "article-comments").
	strongHintWords = map[string]bool{
		"related": true, "comment": true, "comments": true, "share": true, "sharing": true, "social": true,
		"newsletter": true, "recommended": true, "outbrain": true, "taboola": true, "footer": true,
		"sidebar": true, "promo": true, "nav": true, "navigation": true, "breadcrumb": true, "breadcrumbs": true,
		"disqus": true, "subscribe": true, "signup": true, "popular": true, "trending": true, "mostread": true,
		"caption": true, "byline": true, "author": true, "figcaption": true, "recirc": true, "tags": true,
		"ad": true, "ads": true, "advert": true, "advertisement": true, "cookie": true, "consent": true,
	}
	// embedHintWords mark an embedded post or media the report quotes; the
	// class value they are in says nothing against the block.
	embedHintWords = map[string]bool{"embed": true, "embedded": true, "oembed": true, "tweet": true, "instagram": true}
	// layoutPrefixes start class values that describe the layout around an
	// element, not the element itself.
	layoutPrefixes = []string{"has-", "non-", "not-", "with-", "no-", "show-", "hide-", "is-", "enable-", "disable-", "without-"}
	// posHintWords mark the article's own container.
	posHintWords = map[string]bool{
		"article": true, "content": true, "story": true, "body": true, "post": true, "entry": true,
		"text": true, "main": true, "blog": true, "prose": true, "paragraph": true, "richtext": true,
	}
	// layoutReasons are the hint reasons that may sit on a wrapper of the
	// whole article (see classifyHTML); the others never do.
	layoutReasons = map[string]bool{
		"navigation menu": true, "advertisement": true, "sidebar": true, "page header": true, "pop-up": true,
		"promotion": true, "toolbar": true, "print-only": true, "tag list": true, "metadata": true,
	}
	// labelHintReasons are the hint reasons that give a block a label rather
	// than (or besides) the boilerplate flag.
	labelHintReasons = map[string]string{
		"caption": "caption", "byline": "byline", "author box": "byline", "dateline": "dateline", "headline": "heading",
	}
)

// Landmark roles (doc.Block.Role) and what they mean for the reader.
var landmarkReasons = map[string]string{
	"navigation": "navigation menu", "nav": "navigation menu", "menu": "navigation menu", "menubar": "navigation menu",
	"complementary": "sidebar", "aside": "sidebar",
	"contentinfo": "footer", "footer": "footer",
	"banner": "page header", "header": "page header",
	"search": "search form", "form": "form", "dialog": "pop-up", "alertdialog": "pop-up",
}

// captionTags hold captions; headings and credits are labelled from these
// and from hints.
var captionTags = map[string]bool{"figcaption": true, "caption": true}

// splitPattern is one case-insensitive pattern given as its alternatives
// anchored at the start and the others. Go's regexp tries every start
// position unless the whole pattern is anchored, so a pattern whose anchored
// alternatives sit beside unanchored ones cost as much as an unanchored one
// (~10x on a short block). The anchored ones are compiled under one ^(?:…),
// tried once, and the rest apart: MatchString answers as the one pattern did.
type splitPattern struct {
	head *anchoredRe
	rest *regexp.Regexp
	keys *keySet // when set, every match of rest holds one of them
}

// anchoredOr compiles head (alternatives that each start with ^) and rest
// (the other alternatives, or ""). keys, if any, are the hasAny test in
// front of rest: every match of rest must contain one of them. They must
// hold no s or k: (?i) also matches ſ (U+017F) and K (U+212A) for those,
// which hasAny does not.
func anchoredOr(head, rest string, keys ...string) splitPattern {
	p := splitPattern{head: mustAnchored(`(?i)^(?:` + head + `)`)}
	if rest != "" {
		p.rest = regexp.MustCompile(`(?i)` + rest)
	}
	if len(keys) > 0 {
		for _, k := range keys {
			if strings.ContainsAny(k, "sSkK") {
				panic("boilerplate: key " + k + " holds s or k")
			}
		}
		p.keys = newKeySet(keys...)
	}
	return p
}

func (p splitPattern) MatchString(s string) bool {
	return p.head.MatchString(s) || p.rest != nil && (p.keys == nil || hasAny(s, p.keys)) && p.rest.MatchString(s)
}
