// Package boilerplate decides, for every block of a page, whether it belongs
// to the report the reader came for or to the page around it: menus, share
// bars, related headlines, newsletter boxes, comment prompts, donation
// appeals, footers. It also names the report's own headline, byline, date
// line and captions, which are not boilerplate but not body text either.
//
//	vs := boilerplate.Classify(d) // one Verdict per d.Blocks[i]
//	if vs[i].Boilerplate { ... vs[i].Reason ... }
//	if vs[i].Body() { ... }      // body text: what a main-text extractor prints
//
// # A tour
//
// tables.go holds every threshold, pattern and class/id word, compiled once
// at package load (the way Readability.js keeps its REGEXPS at the top), so
// tuning happens in one place and no call compiles anything.
//
// signals.go holds the signals, one exported function each, each tested on
// its own (signals_test.go): ShareButtons, CommentPrompt, NewsletterSignup,
// DonationAppeal, RelatedHeading, PromoLine, PageNote, Copyright, Counter,
// LinkList, Landmark, Hint, Repeats (a block that repeats another, or a
// teaser cut off mid-word), and the label tests Byline, Dateline, Caption,
// Truncated. A signal that fires returns its reason; the reasons of all the
// signals that fired on a block become its Verdict.Reason ("repeats
// paragraph 3, cut off"). Some text signals are also end markers: a comment
// prompt, a newsletter or donation plea, a "You May Also Like" heading.
//
// Signals alone cannot tell a report's paragraph from a teaser of another
// story or from a comment: all are long prose. Position does. So each input
// first finds the report's region, then judges the blocks in it by their
// signals and those outside by where they are.
//
// Plain text (text.go, region.go), one block per line. The lines split into
// parts at the end markers; in each part the densest run of long lines is
// found (Kadane's maximum subarray over words minus a threshold, flagged
// lines costing a lot, a line said twice costing nothing), and the first
// part whose run is at least half as dense as the best is the report — a
// report comes before its comment thread and its teasers (runs after the
// first line only a comment thread has, "Name on <date> said:", count for
// less). Short lines that carry a date (a teaser card's) split parts too. A "Read more" box
// inside the report (heading, a few headlines, then the report resumes) is
// joined over. Lines before the run are the site's header and menus, except
// the headline (the nearest headline-sized line) and a byline or date line
// between it and the body; lines after it are the page's tail, except a
// credit line ("AFP contributed reporting.") right after the body.
//
// HTML (html.go). The blocks' paths fold into a tree of elements. Each
// element scores its prose words (long paragraphs with few links), decayed
// with distance as in Readability (paragraphs under one parent outweigh as
// many words spread over teaser cards), minus half its junk words (link
// lists, flagged blocks); the best element is the article container.
// Class/id hints are read per element, on the values the element adds to
// its parent's, so body class="has-sidebar" taints nothing; prose under a
// hinted element (comments, sidebar, related) does not count for the
// elements above it; and a layout hint on a wrapper of the article found
// without hints ("page-ad-margins") is ignored. Siblings of the container
// with a dense run of their own and little junk join it (a body split by an
// ad slot). Inside, blocks are kept unless a signal fires (link density, a
// landmark or hint below the container, a text signal); the body ends at an
// end marker after which the report does not resume. Outside, everything is
// boilerplate except the headline (the last <h1> before the body) and the
// byline, date and captions between it and the body.
//
// Scripts without spaces count one word per two Han/Kana/Hangul characters
// (countWords), so the thresholds mean the same in every language.
//
// Cost: linear in the number of blocks times the page depth. The text
// patterns run only where their answer matters (every line of a text report;
// in a page, the prose candidates and the container's blocks), behind a
// length limit and, for the unanchored ones, a keyword prefilter.
//
// Labels: "article" (body text, section headings included), "heading" (the
// report's headline), "byline", "dateline", "caption", and "boilerplate".
// Only "article" blocks are body text: main-text benchmarks leave out the
// headline, bylines and captions.
package boilerplate
