// Package dates finds temporal expressions in news text and resolves them to TIMEX3 values.
//
// # A tour
//
// Input is either an article split into blocks (Tag: one paragraph or line per block, some
// marked as boilerplate and skipped) or one running text (TagDoc, used by `crossread timex` on
// TimeBank). Both end in the same loop:
//
//  1. scan.go cuts the text into tokens — words, digit runs, single punctuation runes — keeping
//     rune offsets, whether whitespace precedes each token, and a sentence index. It is a
//     hand-written scanner: no regular expressions, one pass, so tagging stays linear (all 256
//     TimeBank+AQUAINT documents tag in well under 0.1 s).
//  2. tag.go walks the tokens. At each position matchAt first consumes modifier words (prefix:
//     "about", "nearly", "more than", "early", "mid-", "late", "the end of", "earlier this ...")
//     and then asks every rule in rules.go for a match, keeping the longest. A match moves the
//     walk past its tokens, so expressions never overlap.
//  3. rules.go holds one function per family of expressions (listed below).
//  4. resolve.go does the calendar work against the publication date (dct): ISO weeks,
//     quarters, seasons, Easter, picking the year of "Feb. 18" or "November", and the
//     underspecified forms (XXXX-WXX-5, XXXX-02-18) used when dct is unknown.
//  5. tables.go keeps the word lists (months, weekdays, number words, units, modifiers, tense
//     cues) in one place.
//
// # Rule families
//
//   - numeric: 10/21/2022, 2022-10-21, clock times (10:35 a.m. EDT Thursday), years, decades.
//   - monthExpr, dayMonth: "Feb. 18", "October 21, 2022", "21 October", "March 1996", a bare
//     "May" (checked against the modal, the verb "march" and names such as Theresa May).
//   - weekdayExpr, deictic: "Friday", "Friday morning", today, yesterday, tonight.
//   - relative: "last week", "this year", "next Friday", "last fall", "this year's third quarter".
//   - quarterExpr: "the third quarter", "fiscal 1989", "the latest quarter", "year-earlier".
//   - quantity: durations ("79 days", "about an hour", "the past three years", "2–3 hours",
//     "hour-long") and offsets ("three months ago", "a year earlier").
//   - setExpr ("every Friday", "daily", "twice a year"), refExpr (now, recently, the future),
//     holiday (Christmas, Thanksgiving, Black Friday, Easter, Election Day) and periodPhrase
//     ("that year", "the end of the month", "the weekend", "nineteen ninety-six").
//
// # Resolution choices
//
// Relative expressions need a direction. tense() takes the nearest verb cue in the same
// sentence — past forms (said, spoke, -ed words that are not passives or adjectives), future
// ones (will, 'll, scheduled, ahead of, would, "is to") — backwards up to 15 words and forwards
// up to 6, stopping at a closing quote; "by", "through", "effective" and a lower-case "until"
// right before the expression mark a deadline (future). A weekday then resolves to the one on
// or before the publication date (the news default; the same day allowed) unless the cue is
// future. Month names and month-days without a year weigh both candidate years by distance, the
// direction against the cue costing four times as much (no cue: the future costs double), so
// "since May" in October is this May and "in November" ahead of a summit is next month.
//
// Some values need the story, not just the date line: the last completed quarter mentioned
// makes "a year earlier" and "the latest quarter" quarters in earnings reports; the last year
// written out anchors "that year" and "the following year"; the last day named in this or the
// previous sentence dates a bare "10:35 a.m.".
//
// # Two modes
//
// Tag highlights for readers (HighlightOptions, the zero Options): concrete dates, times,
// durations and sets. TagDoc follows TimeBank's TimeML conventions (TimeMLOptions): it also
// marks deictic words (now → PRESENT_REF, recently → PAST_REF, the future → FUTURE_REF),
// unquantified plurals ("for years" → PXY) and writes "Friday night" as the plain day.
// TagWith takes any Options.
//
// DCTFromText finds a publication date printed in the report itself (a date alone on a line,
// "Published May 13, 2022", or a wire dateline with the year elsewhere), so relative
// expressions can be resolved when the page carries no metadata.
//
// # Input safety
//
// Any string is accepted: offsets are rune offsets into the given text and every look-ahead is
// bounds-checked (FuzzTagDoc and TestTruncationsDoNotPanic exercise this).
package dates
