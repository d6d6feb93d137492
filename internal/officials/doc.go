// Package officials finds the public officials a news report names, the
// office each holds, and every place the report mentions them.
//
//	Find(blocks, skip) []Official
//
// A block is one paragraph or line; skip marks boilerplate blocks, which are
// not read at all (a sidebar's "President Biden" is not the report's).
//
// # A tour
//
// tokenize.go cuts a block into words with rune offsets. It keeps "U.S." and
// "Gen." whole (so an abbreviation does not end a sentence), splits the
// possessive "'s" off ("Russia" + "'s"), and folds diacritics for lookups
// while the offsets stay those of the original text.
//
// tables.go is the package's whole knowledge, a few KB of reviewed word
// lists: office nouns (minister, president, spokesman ...), ranks with their
// AP abbreviations, title modifiers (deputy, vice, press ...), government
// words (Pentagon, Ministry, Army, NASA ...), countries with their adjectives
// and possessive forms, US states, name particles, and the capitalized words
// that start sentences or headlines and are never names.
//
// officials.go (Find) reads a report in three passes; evidence.go holds
// the readers for evidence other than a title in front of the name.
//
//  1. Introductions. A name is a run of 1–4 capitalized words that are not
//     in the tables (particles such as "van der" may sit inside). A name is
//     an official's when there is evidence of an office next to it:
//     a title in front ("Russian Defense Minister Sergei Shoigu",
//     "Lt. Gen. Scott Berrier", "Pentagon chief Lloyd Austin", "China's
//     ambassador to Britain Liu Xiaming"), shared by names coordinated
//     after a plural title ("Sens. Ann Roe and Bo Lee");
//     an appositive after it ("Oleksii Reznikov, Ukraine's defense
//     minister", ", the deputy press secretary", ", who leads all U.S.
//     forces ...", ", D-Ill.", ", Columbus Police Department spokesman",
//     ", the Health and Human Services secretary", ", Nixon's White House
//     chief of staff", ", the Essex County prosecutor"); "of" a government body
//     ("Dr. Ann Roe of the Ohio Department of Health says"); a predicate
//     ("has been named acting DHS secretary"); a descriptive phrase or title
//     before it, set off by a comma ("The head of the Defense Intelligence
//     Agency, Lt. Gen. Scott Berrier", "former House of Representatives
//     Speaker , Ade Bello"); a counterpart ("his Russian counterpart Sergei
//     Shoigu"); an official's own staff ("Putin's spokesman Dmitry
//     Peskov"); names coordinated after a plural office, each with its
//     country ("foreign ministers Ann Roe of Chile and Bo Lee of Peru");
//     a portfolio joined by "and" before the name ("Minister of Roads and
//     Public Works Ali Oduya", "Health and Human Services Secretary Lee
//     Park"). A title already found lets a weak office after the name
//     stand without a government object ("Cmdr. Tim Ray, a spokesperson
//     for Operation Blue Shield"). People without
//     such evidence — reporters, photographers, residents — are never
//     reported, so bylines and credits need no special pattern (a credit
//     such as "Name / POOL / TASS" is still vetoed outright).
//  2. Later mentions. Once the officials are known, the full name again,
//     the surname alone, "Mr./Ms./Dr." + surname and title + surname
//     ("Secretary Austin", "Defense Secretary Austin") are linked, also in
//     headlines that come before the full name, and so is the family name
//     of a Chinese or Korean name used alone ("Xi"). A "namesake" span with
//     a different first name ("Hunter Biden") is not linked; initials
//     ("B. U. Nzeribe") and the transliterations of a Slavic "-ий" ending
//     (Zelensky, Zelenskyy, Zelenskiy) are the same name.
//  3. Bare roles. A role used as a name ("Russian Defense Minister, U.S.
//     Counterpart Discuss Ukraine") is a mention when exactly one official
//     of the report was introduced with that role — also without its
//     country ("the defense secretary") or in its informal form ("Pentagon
//     chief"). So is an unnamed counterpart ("Austin spoke with his Russian
//     counterpart") when one official of that country holds the referent's
//     office.
//
// After pass 1, infer.go reads offices stated away from the name: a
// definite description opening a sentence ("The former Massachusetts
// governor added") when the one person named in the ~60 tokens before it
// has no office and no official of the report could be meant, and a staff
// title owned by a pronoun ("Her spokesman, Bill Roe") when the name just
// before is an official's.
//
// Between passes 1 and 2, one-word introductions merge into full names
// ("President Biden" into "Joe Biden"), and after pass 2 counterparts are
// resolved against the official mentioned last before them. A one-word
// strong role ("Governor") held by one official takes its place from a
// description elsewhere ("the governor of South Dakota" when South Dakota
// is the place the report names most, "his ambassador to the European
// Union").
//
// role.go turns evidence into the role shown. Titles keep their words, a
// leading country becomes its adjective ("Russia's Defense Minister" →
// "Russian Defense Minister"), US-only forms gain "U.S." ("Secretary of
// State" → "U.S. Secretary of State"), "Sen./Rep./Gov." and rank
// abbreviations are spelled out ("Lt. Col." → "Lieutenant Colonel"),
// "new"/"incumbent" and styles ("Rt. Hon.") are dropped. A rank and an
// office found for the same person are joined ("Lieutenant General, head
// of the Defense Intelligence Agency"); among several offices the one that names a country wins. A
// counterpart's role is the referent's office in the counterpart's country,
// written in that country's style (a US defense minister is the "Secretary
// of Defense").
//
// # Decisions
//
//   - Who counts. Officials are people acting in a public office or
//     military or police rank, including legislators, judges, public
//     prosecutors ("U.S. Attorney", "district attorney" — not a "defense
//     attorney"), diplomats, spokespeople of government bodies and
//     monarchs. Former office holders are reported when the report gives
//     the office ("former German President", "retired Gen.",
//     "ex-minister"), as the DEV labels count them: the role keeps "former",
//     but no bare role or counterpart is theirs, and a current office given
//     too wins.
//     Religious leaders (archbishop, pope, imam, rabbi), company officers,
//     party and NGO officers, and sports captains are not officials: their
//     titles are simply not in the tables, or the office needs a government
//     word ("General Manager of ... at GE" and "chief security officer with
//     Arbor Networks" are not). Lower-case policy words ("intelligence
//     director") and a lower-case "house" or "state" do not make an office
//     governmental on their own.
//   - Weak titles. "President", "director", "spokesman", "chairman" are
//     official only with a government qualifier ("Pentagon spokesman",
//     "Turkish President") or as a capitalized title with no company in
//     front ("President Biden", but not "Microsoft President Brad Smith",
//     nor a bare "President X" in a paragraph about a company).
//     Strong titles (minister, senator, governor, mayor, ambassador, ranks)
//     need nothing else, and a place in front belongs to them ("San
//     Francisco Mayor").
//   - "Head of X" is an office only when X is a government body or a
//     country; "the American Farm Bureau" is not one because of "American".
//   - Names may end in an office word that is also a surname ("Gov. Jim
//     Justice", "Sen. Angus King") and may be a one-word US state
//     ("Rep. Virginia Foxx"); a capitalized run followed by "Committee",
//     "Ministry", "Institute" ... is an organization, not a person.
//   - Headlines in title case ("Lloyd Austin Speaks With Russia Defense
//     Minister") blur names into verbs, so they only link names the body
//     introduced, or introduce a two-word name that ends at punctuation.
//
// Cost: every pass is linear in the text (map look-ups per token, title
// phrases bounded to a few tokens); the tables are built once at init.
//
// The seeds test (seeds_test.go) runs the five hand-labelled seed reports
// through the same checks as the outside scorer (score-crossread), ported to
// Go; officials_test.go holds made-up sentences for each class of evidence.
package officials
