package events

// kindCues name each kind of contact; matched at word boundaries in lower case.
// "called" is left out on purpose: "called for a ceasefire" is not a call.
var kindCues = map[string][]string{
	"call": {"phone call", "phone", "telephone", "by phone", "call", "calls", "spoke with", "spoke to",
		"speaks with", "speaks to", "spoke by", "spoke", "speaks", "spoken", "talked", "talks", "conversation", "video call", "videoconference", "hotline call"},
	"meeting": {"met", "meet", "meets", "meeting", "summit", "talks in", "held talks"},
	"visit":   {"visited", "visit", "visits", "arrived in", "trip to"},
}

// kindOrder breaks ties when one sentence has cues of several kinds.
var kindOrder = []string{"call", "meeting", "visit"}

// maxContactSentences bounds how far into the report the contact is looked for:
// the lead says who met whom and when; the rest is background.
const maxContactSentences = 6

// leadSentences is how many sentences of at least minLeadWords words are read
// for the kind of event: the headline and lead say what happened.
const (
	leadSentences = 8
	minLeadWords  = 5
)

// sourceVerbs follow the name of someone quoted about the event.
var sourceVerbs = []string{"said", "says", "told", "tells", "added", "noted", "wrote", "tweeted", "confirmed", "according"}

// initiativeCues mark a sentence saying who asked for the contact.
var initiativeCues = []string{"initiated", "initiative", "requested the call", "asked for the call", "placed the call", "reached out"}

// anchorEvents are well-known events a "first since …" claim may name instead
// of a date, with the month they fall in.
var anchorEvents = map[string]string{
	"the invasion":             "2022-02",
	"russia's invasion":        "2022-02",
	"russia’s invasion":        "2022-02",
	"the war":                  "2022-02",
	"the start of the war":     "2022-02",
	"moscow's invasion":        "2022-02",
	"the war in ukraine began": "2022-02",
}
