package events

import (
	"strings"
	"sync"
	"unicode"
)

// Cue words of read.go: the English of how reports say there was a call, a
// meeting, a contact; what names a person's title; which capitalised words are
// not names. None of them names a country, a person or an event.

// callCues say there was a call (lower case, at word boundaries).
var callCues = []string{
	"phone", "phoned", "phones", "telephone", "telephoned", "telephonic", "by telephone", "call", "calls", "called",
	"dialled", "dialed", "dials", "video call", "video link", "videolink", "video conference", "videoconference",
	"video-conference", "video-link", "teleconference", "video teleconference", "virtual meeting", "virtual summit", "virtual talks", "by video", "hotline",
	"conversation", "conversations", "readout", "read-out", "spoke", "speaks", "spoken", "talked", "speaking",
}

// meetingCues say the people met in person.
var meetingCues = []string{
	"met", "meet", "meets", "meeting", "meetings", "summit", "in-person", "in person", "sidelines", "face-to-face",
	"visit", "visited", "visits", "visiting", "hosted", "hosts", "welcomed", "arrived in", "trip to", "held talks in",
}

// partyCues name a contact without saying which kind: the headline "X, Y
// discuss Z", "X told Y".
var partyCues = []string{"discuss", "discussed", "discusses", "discussing", "talks", "told", "tells", "urged", "urges",
	"assured", "assures", "promised", "promises", "congratulated", "congratulates", "exchanged", "agreed", "agree",
	"warned", "warns", "pledged", "pledges", "asked", "asks", "invited", "informed", "briefed", "conveyed"}

// recapCues mark a sentence about an earlier contact.
var recapCues = []string{"the last time", "last time they", "previous time", "file photo", "photo credit", "pictured", "in this photo", "photo:", "(photo", "handout photo", "last call", "last spoke", "previous call", "previous conversation", "earlier call",
	"last conversation", "last phone", "yesterday's call", "yesterday’s call", "follow-up to", "follow up to",
	"followed up on", "since their", "had spoken", "had held", "had met", "last met", "previous meeting",
	"last meeting", "earlier conversation", "prior call", "previous phone", "last week's call", "last week’s call",
	"the day before", "a day earlier", "days earlier", "after his call with", "after her call with",
	"after a call with", "after their call", "following his call with", "following a call with"}

// attachBreakers: between a call's cue and a date, one of these means the
// date belongs to something else ("a call following talks in Istanbul on May
// 16", "discussed the attacks on June 1").
var attachBreakers = []string{"following", "after", "before", "since", "ahead", "attack", "attacks", "strike",
	"strikes", "negotiations", "round", "summit", "election", "elections", "inauguration", "invasion", "visit",
	"when", "deal", "agreement", "operation", "offensive", "war", "meeting", "talks", "announced", "plans",
	"planned", "expected", "scheduled", "will", "would"}

// titleWords stand before a name: "President", "Prime Minister", "Secretary".
var titleWords = map[string]bool{
	"president": true, "presidents": true, "minister": true, "ministers": true, "prime": true, "secretary": true,
	"defense": true, "defence": true, "foreign": true, "state": true, "general": true, "gen": true, "chancellor": true,
	"premier": true, "chief": true, "leader": true, "adviser": true, "advisor": true, "counterpart": true,
	"vice": true, "deputy": true, "admiral": true, "adm": true, "king": true, "queen": true, "crown": true, "prince": true,
	"sheikh": true, "emir": true, "sultan": true, "ambassador": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "director": true, "chairman": true, "chairwoman": true, "senator": true, "sen": true,
	"rep": true, "representative": true, "governor": true, "mayor": true, "pope": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "lt": true, "col": true, "maj": true, "sgt": true, "capt": true, "national": true,
	"security": true, "affairs": true, "member": true, "central": true, "committee": true, "commission": true,
	"political": true, "bureau": true, "dictator": true, "pm": true, "envoy": true, "commander": true,
	"marshal": true, "colonel": true, "major": true, "captain": true, "lieutenant": true, "brigadier": true,
	"head": true, "officer": true, "aide": true, "official": true, "councillor": true, "councilor": true,
	"justice": true, "attorney": true, "speaker": true, "mp": true,
}

// nonNameWords are capitalised words that are not part of a name.
var nonNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "by": true, "for": true, "with": true,
	"during": true, "after": true, "before": true, "both": true, "earlier": true, "later": true, "when": true,
	"while": true, "if": true, "but": true, "and": true, "also": true, "meanwhile": true, "however": true,
	"according": true, "as": true, "this": true, "that": true, "his": true, "her": true, "their": true, "its": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "our": true, "of": true, "to": true,
	"from": true, "updated": true, "published": true, "read": true, "more": true, "photo": true, "file": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "there": true, "these": true, "those": true, "what": true, "who": true, "how": true,
	"why": true, "where": true, "speaking": true, "talking": true, "asked": true, "said": true, "not": true,
	"no": true, "yes": true, "all": true, "some": true, "one": true, "two": true, "new": true, "today": true,
	"yesterday": true, "tomorrow": true, "live": true, "watch": true, "breaking": true, "exclusive": true,
	"video": true, "audio": true, "news": true, "world": true, "opinion": true, "analysis": true,
}

// nonPersonLast: a run ending in one of these is a place, body or title, not a person.
var nonPersonLast = map[string]bool{
	"house": true, "council": true, "ministry": true, "office": true, "sea": true, "forces": true, "force": true,
	"party": true, "agency": true, "news": true, "post": true, "times": true, "union": true, "nations": true,
	"states": true, "kingdom": true, "republic": true, "committee": true, "commission": true, "department": true,
	"army": true, "navy": true, "guard": true, "day": true, "summit": true, "conference": true, "initiative": true,
	"deal": true, "fleet": true, "strip": true, "bank": true, "street": true, "airport": true, "university": true,
	"center": true, "centre": true, "institute": true, "foundation": true, "group": true, "corporation": true,
	"company": true, "social": true, "media": true, "network": true, "television": true, "channel": true,
	"press": true, "journal": true, "gazette": true, "tribune": true, "herald": true, "globe": true, "service": true,
	"services": true, "government": true, "administration": true, "organization": true, "organisation": true,
	"assembly": true, "parliament": true, "congress": true, "senate": true, "court": true, "palace": true,
	"square": true, "hall": true, "region": true, "province": true, "city": true, "island": true, "islands": true,
	"ocean": true, "gulf": true, "river": true, "east": true, "west": true, "north": true, "south": true,
	"corridor": true, "agreement": true, "treaty": true, "accord": true, "war": true, "affairs": true,
	"security": true, "defense": true, "defence": true, "minister": true, "president": true, "staff": true,
	"command": true, "pentagon": true, "kremlin": true, "department's": true, "org": true, "com": true,
	"online": true, "today": true, "daily": true, "weekly": true, "review": true, "report": true, "radio": true,
	"tv": true, "express": true, "standard": true, "telegraph": true, "guardian": true, "observer": true,
	"mail": true, "wire": true, "one": true, "plaza": true, "avenue": true, "road": true, "hotel": true,
	"stadium": true, "museum": true, "church": true, "mosque": true, "temple": true, "cathedral": true,
	"school": true, "college": true, "academy": true, "hospital": true, "market": true, "exchange": true,
	"fund": true, "program": true, "programme": true, "project": true, "plan": true, "act": true, "law": true,
	"bill": true, "code": true, "dome": true, "shield": true, "system": true, "systems": true, "missile": true,
	"missiles": true, "airlines": true, "air": true, "navy's": true, "peninsula": true, "valley": true,
	"mountains": true, "lake": true, "bay": true, "coast": true, "border": true, "bridge": true, "port": true,
	"station": true, "base": true, "plant": true, "zone": true, "district": true, "county": true, "territory": true,
	"territories": true, "emirates": true, "arabia": true, "africa": true, "america": true, "asia": true,
	"europe": true, "pacific": true, "atlantic": true, "mediterranean": true, "crisis": true, "talks": true,
}

// Known reports whether a word is in one of the cue tables above (any word of
// a many-word cue). The batch benchmark renames the other rare words of the
// shared pages to make new stories, and keeps these so that a renamed report
// is read the same way.
func Known(word string) bool { return cueWords()[strings.ToLower(word)] }

var cueWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	add := func(cues ...string) {
		for _, c := range cues {
			for _, w := range strings.FieldsFunc(c, func(r rune) bool { return !unicode.IsLetter(r) }) {
				m[w] = true
			}
		}
	}
	for _, l := range [][]string{kindOrder, sourceVerbs, initiativeCues, callCues, meetingCues, partyCues, recapCues, attachBreakers} {
		add(l...)
	}
	for _, l := range kindCues {
		add(l...)
	}
	for k := range anchorEvents {
		add(k)
	}
	for _, t := range []map[string]bool{titleWords, nonNameWords, nonPersonLast} {
		for k := range t {
			add(k)
		}
	}
	return m
})
