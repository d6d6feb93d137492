package dates

import "github.com/crossread/crossread/internal/text"

// All word lists live here so that the scanner and the rules stay free of string literals that
// would otherwise drift apart. Keys are lower case.

// months maps full names and common abbreviations to 1..12 (internal/text owns the words). "may",
// "march", "june", "august" and "april" double as verbs or names; rules check capitalisation and
// context before trusting them.
var months = newVocab(func() map[string]int {
	m := map[string]int{}
	for i, w := range text.Months {
		m[w] = i + 1
	}
	for w, n := range text.MonthAbbrevs {
		m[w] = n
	}
	return m
}())

// ambiguousMonths are month words that are also ordinary English words or first names; they must
// be capitalised, and the abbreviations must carry their period ("Mar." not "mar").
var ambiguousMonths = newVocab(map[string]bool{
	"may": true, "march": true, "april": true, "june": true, "august": true,
	"mar": true, "jan": true, "jun": true, "jul": true, "aug": true, "sep": true, "dec": true,
	"oct": true, "nov": true, "feb": true, "apr": true, "sept": true,
})

// weekdays maps names and abbreviations to ISO weekday numbers (Monday=1 .. Sunday=7);
// weekdayPlural: "Mondays" is a SET.
var weekdays, weekdayPlural = func() (*vocab[int], *vocab[int]) {
	m, pl := map[string]int{}, map[string]int{}
	for i, w := range text.Weekdays {
		m[w], pl[w+"s"] = i+1, i+1
	}
	for w, n := range text.WeekdayAbbrevs {
		m[w] = n
	}
	return newVocab(m), newVocab(pl)
}()

// numberWords covers cardinals as they appear in news prose; tens combine with units via hyphen
// or space ("twenty-four", "twenty four") in the scanner.
var numberWords = newVocab(map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
})

// tens are the number words that can take a unit after them ("twenty-four").
var tens = newVocab(map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true})

// ordinals for quarters, halves, days and centuries.
var ordinals = newVocab(map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
	"last": -1, "final": -1,
})

// unit describes a calendar unit: its ISO-8601 duration letter and whether it is a time-of-day unit
// (those go after the "T" in durations: PT1H).
type unit struct {
	letter string // Y M W D H M S Q (quarter) DE (decade, written as years) CE (century)
	time   bool
	years  int // for decades/centuries: how many years one unit is
}

// units maps singular and plural unit nouns.
var units = newVocab(map[string]unit{
	"year": {"Y", false, 0}, "years": {"Y", false, 0}, "yr": {"Y", false, 0}, "yrs": {"Y", false, 0},
	"month": {"M", false, 0}, "months": {"M", false, 0},
	"week": {"W", false, 0}, "weeks": {"W", false, 0},
	"day": {"D", false, 0}, "days": {"D", false, 0},
	"hour": {"H", true, 0}, "hours": {"H", true, 0},
	"minute": {"M", true, 0}, "minutes": {"M", true, 0},
	"second": {"S", true, 0}, "seconds": {"S", true, 0},
	"quarter": {"Q", false, 0}, "quarters": {"Q", false, 0},
	"decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100},
	"weekend": {"WE", false, 0}, "weekends": {"WE", false, 0},
})

// vagueQuantity words give an unspecified count: "several years" -> PXY.
var vagueQuantity = newVocab(map[string]bool{"several": true, "few": true, "many": true, "some": true,
	"couple": true, "numerous": true, "countless": true})

// approxWords are prefixes that make a value approximate. The seeds label "nearly" and "almost" as
// APPROX too, so one class covers them all.
var approxWords = newVocab(map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"nearly": true, "almost": true, "some": true, "circa": true, "approx": true})

// boundWords are prefixes kept inside the extent (TimeML does) without a mod in this API:
// "more than a year", "at least 72 hours", "up to 180 days".
var boundWords = newVocab(map[string]bool{"over": true, "under": true})

// positionMods: "early March" -> START, "mid-April" -> MID, "late February" -> END.
var positionMods = newVocab(map[string]string{"early": "START", "earlier": "START", "mid": "MID", "middle": "MID",
	"late": "END", "later": "END", "end": "END", "beginning": "START", "start": "START"})

// dayParts map to TIMEX3 part-of-day codes.
var dayParts = newVocab(map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI", "noon": "12:00", "midday": "12:00", "midnight": "24:00"})

// seasons map to TIMEX3 season codes; the month is the season's first month (northern hemisphere).
var seasons = newVocab(map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"})

var seasonStart = newVocab(map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12})

// refWords are deictic words with TimeML reference values. Tag (highlighting) leaves them out:
// marking every "now" in an article is noise; TagDoc (TimeML) needs them.
var refWords = newVocab(map[string]string{"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
	"recently": "PAST_REF", "lately": "PAST_REF", "current": "PRESENT_REF"})

// setAdverbs: "daily" etc. are SETs with a one-unit period.
var setAdverbs = newVocab(map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M",
	"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W"})

// timezones may follow a clock time and are kept in the extent ("4 a.m. EDT").
var timezones = newVocab(map[string]bool{"edt": true, "est": true, "cdt": true, "cst": true, "mdt": true, "mst": true,
	"pdt": true, "pst": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "et": true})

// futureCues put a nearby weekday/month after the publication date.
var futureCues = newVocab(map[string]bool{"will": true, "ll": true, "shall": true, "upcoming": true,
	"ahead": true, "scheduled": true, "schedule": true, "due": true, "planned": true, "plans": true,
	"plan": true, "expected": true, "expects": true, "expect": true, "tomorrow": true, "coming": true,
	"going": true, "soon": true, "would": true, "could": true, "might": true, "intends": true, "hopes": true, "aims": true, "set": true, "slated": true})

// pastCues put a nearby weekday/month on or before the publication date. Regular "-ed" forms are
// recognised in code.
var pastCues = newVocab(map[string]bool{"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"last": true, "since": true, "yesterday": true, "spoke": true, "told": true, "met": true, "came": true,
	"went": true, "took": true, "gave": true, "made": true, "began": true, "held": true, "led": true,
	"saw": true, "got": true, "left": true, "sent": true, "found": true, "became": true, "fell": true,
	"rose": true, "won": true, "lost": true, "struck": true, "wrote": true, "thought": true, "brought": true,
	"bought": true, "sought": true, "fought": true, "caught": true, "ran": true, "flew": true, "earlier": true,
	"knew": true, "felt": true, "paid": true, "sold": true, "stood": true,
	"announced": true, "former": true, "previous": true, "launched": true, "invaded": true, "started": true})

// edExceptions end in "ed" without being past tense.
var edExceptions = newVocab(map[string]bool{"need": true, "speed": true, "seed": true, "feed": true, "bed": true,
	"red": true, "hundred": true, "united": true, "proceed": true, "succeed": true, "exceed": true,
	"indeed": true, "breed": true, "greed": true, "weed": true, "shed": true, "based": true,
	"scheduled": true, "expected": true, "planned": true, "limited": true, "related": true, "supposed": true,
	"advanced": true, "detailed": true, "concerned": true, "interested": true, "armed": true, "used": true})

// holidays with a fixed month and day.
var fixedHolidays = newVocab(map[string][2]int{"christmas": {12, 25}, "halloween": {10, 31}})

// yearBlockers: a four-digit number followed by one of these is a quantity, not a year.
var yearBlockers = newVocab(map[string]bool{"percent": true, "people": true, "troops": true, "soldiers": true,
	"shares": true, "points": true, "miles": true, "km": true, "kilometers": true, "feet": true, "tons": true,
	"dollars": true, "units": true, "cars": true, "jobs": true, "workers": true, "employees": true,
	"members": true, "residents": true, "men": true, "women": true, "times": true, "votes": true,
	"acres": true, "pounds": true, "meters": true, "homes": true, "families": true, "barrels": true})

// participles are irregular past forms that also serve as passive participles.
var participles = newVocab(map[string]bool{"told": true, "made": true, "held": true, "led": true, "sent": true,
	"found": true, "paid": true, "sold": true, "brought": true, "bought": true, "sought": true,
	"fought": true, "caught": true, "left": true, "won": true, "lost": true, "struck": true,
	"thought": true, "felt": true, "announced": true, "launched": true, "invaded": true, "started": true,
	"given": true, "taken": true})

// futureNouns are future cues that, after the expression, are usually nouns.
var futureNouns = newVocab(map[string]bool{"plans": true, "plan": true, "schedule": true, "set": true, "due": true,
	"coming": true, "ahead": true, "expected": true, "hopes": true, "aims": true})

// relWords: "last week", "the following day" ... and the direction they move from the publication date.
var relWords = newVocab(map[string]int{"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1,
	"current": 0, "following": 1, "upcoming": 1, "prior": -1, "same": 0})

// durLead words may open a duration after "the": "the past three years", "the first nine months".
var durLead = newVocab(map[string]bool{"first": true, "past": true, "last": true, "next": true, "latest": true,
	"previous": true, "coming": true, "following": true, "final": true, "initial": true, "recent": true,
	"additional": true, "remaining": true, "same": true})

// publishWords introduce a publication date.
var publishWords = newVocab(map[string]bool{"published": true, "updated": true, "posted": true, "dated": true,
	"modified": true})

// dayWords are the deictic days and their offset from the publication date.
var dayWords = newVocab(map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0})

// narrativeYear: "that year", "the following year" ... relative to the last year written out.
var narrativeYear = newVocab(map[string]int{"year": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "prior": -1})

// nameFollowers turn a preceding day word into part of a name: "Sunday Times", "Good Friday
// Agreement".
var nameFollowers = newVocab(map[string]bool{"times": true, "telegraph": true, "express": true, "mirror": true,
	"post": true, "herald": true, "agreement": true, "accord": true, "accords": true, "club": true})
