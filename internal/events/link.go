package events

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Linking reports of calls. Reports are first blocked by their two parties
// (an index from each name's folded words to the reports naming it, so a
// report is only ever compared with reports naming the same two people);
// within a block, reports that give the call's day are grouped by that day,
// and a report whose day is not known (an undated page: only "on Tuesday" or
// "July 4", or nothing) joins the one group its weekday, month and day, "first
// since" and initiator allow and its words resemble most, or stays apart.

// Similarities below which an undated report is not placed by its words alone.
const (
	placeCos    = 0.12 // an undated report joins a day's reports whose words it shares at least this much
	placeMargin = 0.04 // and more than any other day's
	weakCos     = 0.30 // one clue only (a weekday: one day in seven): the words must agree much
	blindCos    = 0.30 // a report with no day, weekday, date of its own or stated fact: only much alike words place it
	pairCos     = 0.20 // two undated reports with nothing contradicting join when their words share this much
	lateCos     = 0.15 // two days' reports a day apart, one of them "late" or "overnight", join at this
)

// maxReportLag: days after a call a report of it (with no day of its own) may appear.
const maxReportLag = 10

// CallGroups groups the call reports among fps: group[i] is the same number
// for reports of one call, -1 for a report that is not of a call between two
// named people (linked by other means). cos(i, j) is the similarity of two
// reports' words; it is asked only within a block.
func CallGroups(fps []Fingerprint, cos func(i, j int) float64) []int {
	n := len(fps)
	group := make([]int, n)
	for i := range group {
		group[i] = -1
	}
	for _, block := range Blocks(fps) {
		if len(block) < 2 {
			// the only report of its two people: nothing to tell apart, and
			// no call linker verdict (other reports link to it by other means)
			continue
		}
		for k, g := range groupBlock(block, fps, cos) {
			group[block[k]] = g
		}
	}
	return group
}

// IsCall: a fingerprint the call linker decides for.
func IsCall(fp Fingerprint) bool { return fp.Kind == "call" && len(fp.Parties) >= 2 }

// Blocks partitions the call reports by their two parties.
func Blocks(fps []Fingerprint) [][]int {
	index := map[string][]int{}
	parent := make([]int, len(fps))
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, fp := range fps {
		parent[i] = i
		if !IsCall(fp) {
			continue
		}
		seen := map[int]bool{}
		for _, t := range PartyTokens(fp.Parties) {
			for _, j := range index[t] {
				if !seen[j] {
					seen[j] = true
					if SameParties(fp.Parties, fps[j].Parties) {
						parent[find(i)] = find(j)
					}
				}
			}
			index[t] = append(index[t], i)
		}
	}
	byRoot := map[int][]int{}
	var roots []int
	for i, fp := range fps {
		if !IsCall(fp) {
			continue
		}
		r := find(i)
		if byRoot[r] == nil {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	return out
}

// groupBlock returns, for each member of block (indices into fps), a group
// number (the smallest member's index of its group).
func groupBlock(block []int, fps []Fingerprint, cos func(i, j int) float64) []int {
	n := len(block)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	fp := func(k int) Fingerprint { return fps[block[k]] }
	members := func(root int) []int {
		var out []int
		for k := 0; k < n; k++ {
			if find(k) == root {
				out = append(out, k)
			}
		}
		return out
	}
	avgCos := func(k int, ms []int) float64 {
		if len(ms) == 0 {
			return 0
		}
		var s float64
		for _, m := range ms {
			s += cos(block[k], block[m])
		}
		return s / float64(len(ms))
	}
	// 1. The reports that give a day: one group per day.
	byDay := map[string]int{}
	for k := 0; k < n; k++ {
		if d := fp(k).Day; d != "" {
			if r, ok := byDay[d]; ok {
				union(r, k)
			} else {
				byDay[d] = k
			}
		}
	}
	// 2. A day and the next, when one says the call was late or overnight and
	// their words agree: one call, reported from two time zones or the next morning.
	days := make([]string, 0, len(byDay))
	for d := range byDay {
		days = append(days, d)
	}
	sort.Strings(days)
	for x := 0; x+1 < len(days); x++ {
		if DaysBetween(days[x], days[x+1]) != 1 {
			continue
		}
		a, b := members(find(byDay[days[x]])), members(find(byDay[days[x+1]]))
		late := false
		for _, k := range append(append([]int{}, a...), b...) {
			late = late || fp(k).Late
		}
		if !late || !groupsAgree(a, b, fp) || printsDate(a, fp) && printsDate(b, fp) {
			// both sides print their date ("October 7", "October 8"): two calls
			continue
		}
		var s float64
		for _, k := range a {
			s += avgCos(k, b)
		}
		if s/float64(len(a)) >= lateCos {
			union(byDay[days[x]], byDay[days[x+1]])
		}
	}
	// 3. Reports without a day, the most informative first: the one day group
	// they fit, by weekday, month and day and stated facts, and by words.
	var undated []int
	for k := 0; k < n; k++ {
		if fp(k).Day == "" {
			undated = append(undated, k)
		}
	}
	info := func(f Fingerprint) int {
		i := 0
		if f.MonthDay != "" {
			i += 2
		}
		if f.Weekday != "" {
			i++
		}
		if f.Reported != "" {
			i++
		}
		if len(f.Since) > 0 {
			i += 2 // "the first since May": one call of the pair fits it
		} else if f.Initiator != "" {
			i++ // who asked for it: rules some calls out
		}
		return i
	}
	sort.SliceStable(undated, func(a, b int) bool { return info(fp(undated[a])) > info(fp(undated[b])) })
	var left []int
	for _, k := range undated {
		roots := map[int]bool{}
		for _, d := range days {
			roots[find(byDay[d])] = true
		}
		type c struct {
			root int
			cos  float64
		}
		var cands []c
		for r := range roots {
			ms := members(r)
			if !fitsGroup(fp(k), ms, fp) {
				continue
			}
			cands = append(cands, c{r, avgCos(k, ms)})
		}
		sort.Slice(cands, func(a, b int) bool {
			return cands[a].cos > cands[b].cos || cands[a].cos == cands[b].cos && cands[a].root < cands[b].root
		})
		switch {
		case len(cands) == 1 && (info(fp(k)) >= 2 || info(fp(k)) == 1 && cands[0].cos >= weakCos):
			union(cands[0].root, k)
		case len(cands) >= 1 && cands[0].cos >= placeCos && (info(fp(k)) > 0 || cands[0].cos >= blindCos) &&
			(len(cands) == 1 || cands[0].cos-cands[1].cos >= placeMargin):
			union(cands[0].root, k)
		default:
			left = append(left, k)
		}
	}
	// 4. The rest among themselves: nothing contradicting and like words. By
	// average link, not single: the same two people's other calls share much of
	// their words, and a chain of pairs each a little alike would join them all.
	groupLeft(left, func(k, m int) (float64, bool) {
		if !compatible(fp(k), fp(m)) {
			return 0, false
		}
		if sameMonthDay(fp(k), fp(m)) {
			return 1, true
		}
		return cos(block[k], block[m]), true
	}, union)
	out := make([]int, n)
	for k := range out {
		out[k] = block[find(k)]
	}
	return out
}

// groupLeft joins, by average link, the reports of left (indices into the
// block) whose mean similarity reaches pairCos, never two groups holding a
// pair that cannot be one call (sim's false).
func groupLeft(left []int, sim func(k, m int) (float64, bool), union func(a, b int)) {
	n := len(left)
	groups := make([][]int, n) // indices into left
	for x := range groups {
		groups[x] = []int{x}
	}
	type pair struct {
		v  float64
		ok bool
	}
	ps := make([][]pair, n)
	for x := range ps {
		ps[x] = make([]pair, n)
		for y := range ps[x] {
			if x != y {
				v, ok := sim(left[x], left[y])
				ps[x][y] = pair{v, ok}
			}
		}
	}
	for {
		bx, by, best := -1, -1, pairCos
		for x := 0; x < n; x++ {
			for y := x + 1; y < n; y++ {
				if groups[x] == nil || groups[y] == nil {
					continue
				}
				s, ok := 0.0, true
				for _, a := range groups[x] {
					for _, b := range groups[y] {
						ok = ok && ps[a][b].ok
						s += ps[a][b].v
					}
				}
				if avg := s / float64(len(groups[x])*len(groups[y])); ok && avg >= best {
					bx, by, best = x, y, avg
				}
			}
		}
		if bx < 0 {
			break
		}
		union(left[groups[bx][0]], left[groups[by][0]])
		groups[bx] = append(groups[bx], groups[by]...)
		groups[by] = nil
	}
}

// printsDate: a member of the group prints the call's date with its month.
func printsDate(g []int, fp func(int) Fingerprint) bool {
	for _, k := range g {
		if fp(k).DayFrom == "date" {
			return true
		}
	}
	return false
}

func sameMonthDay(a, b Fingerprint) bool {
	return a.MonthDay != "" && a.MonthDay == b.MonthDay && (a.Weekday == "" || b.Weekday == "" || a.Weekday == b.Weekday)
}

// fitsGroup: nothing k says contradicts any member of a day's group.
func fitsGroup(f Fingerprint, ms []int, fp func(int) Fingerprint) bool {
	for _, m := range ms {
		if d := fp(m).Day; f.Reported != "" && d != "" {
			// a report of the call appears on its day or within days of it
			if x := DaysBetween(d, f.Reported); x < -1 || x > maxReportLag {
				return false
			}
		}
		if !compatible(f, fp(m)) {
			return false
		}
	}
	return true
}

func groupsAgree(a, b []int, fp func(int) Fingerprint) bool {
	for _, x := range a {
		for _, y := range b {
			if !factsAgree(fp(x), fp(y)) {
				return false
			}
		}
	}
	return true
}

// compatible: two reports' days and stated facts allow one call.
func compatible(a, b Fingerprint) bool {
	if a.Day != "" && b.Day != "" && a.Day != b.Day {
		return false
	}
	if md(a) != "" && md(b) != "" && md(a) != md(b) {
		return false
	}
	if wd(a) != "" && wd(b) != "" && wd(a) != wd(b) {
		return false
	}
	return factsAgree(a, b)
}

func factsAgree(a, b Fingerprint) bool {
	if !sinceCompatible(a.Since, b.Since) {
		return false
	}
	if a.Initiator != "" && b.Initiator != "" && a.Initiator != b.Initiator {
		return false
	}
	return true
}

// md is the month and day of a fingerprint's call, wd its weekday.
func md(f Fingerprint) string {
	if f.Day != "" {
		return f.Day[5:]
	}
	return f.MonthDay
}

func wd(f Fingerprint) string {
	if f.Day != "" {
		if t, err := time.Parse("2006-01-02", f.Day); err == nil {
			return strings.ToLower(t.Weekday().String())
		}
	}
	return f.Weekday
}

// DaysBetween is b minus a in days (0 when either is not a day).
func DaysBetween(a, b string) int {
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea != nil || eb != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// WhySame says why two reports were linked as one call: "same parties, same
// day, same readout".
func WhySame(a, b Fingerprint, cos float64) string {
	parts := []string{"same parties"}
	switch {
	case a.Day != "" && a.Day == b.Day:
		parts = append(parts, "same day")
	case a.Day != "" && b.Day != "":
		parts = append(parts, "a day apart, reported late or overnight")
	case md(a) != "" && md(a) == md(b):
		parts = append(parts, "same date")
	case wd(a) != "" && wd(a) == wd(b):
		parts = append(parts, "same weekday")
	}
	if cos >= 0.3 {
		parts = append(parts, "same readout")
	} else if cos >= placeCos {
		parts = append(parts, "same subjects")
	}
	if len(a.Since) > 0 && len(b.Since) > 0 {
		parts = append(parts, "same \"first since\"")
	}
	if a.Initiator != "" && a.Initiator == b.Initiator {
		parts = append(parts, "same initiator")
	}
	if a.Duration != "" && a.Duration == b.Duration {
		parts = append(parts, "same length")
	}
	return strings.Join(parts, ", ")
}

// WhyOther says how another report of the same parties differs: "another call
// between the same officials, 4 days earlier".
func WhyOther(page, other Fingerprint) string {
	k := other.Kind
	if k == "" {
		k = "contact"
	}
	if page.Kind != other.Kind && other.Kind == "meeting" {
		return "a meeting in person between the same officials, not a call"
	}
	if page.Day == "" && page.Weekday == "" && page.MonthDay == "" {
		// the page names no day: the other report may be of its call or another
		base := "a " + k + " between the same officials"
		if other.Day != "" {
			base += ", on " + other.Day
		}
		return base + "; this report does not say which day its call was"
	}
	base := "another " + k + " between the same officials"
	if page.Day != "" && other.Day != "" {
		if d := DaysBetween(page.Day, other.Day); d != 0 {
			return base + ", " + dayWords(d)
		}
	}
	if other.Day != "" {
		return fmt.Sprintf("%s, on %s", base, other.Day)
	}
	return base
}

// CallSimilarity is the call linker's verdict for a pair, for the clustering
// of a whole set: 1 for one call, -1 for two calls (or a call and another
// contact of the same people); ok is false when it has no say.
func CallSimilarity(a, b Fingerprint, ga, gb int) (v float64, ok bool) {
	switch {
	case ga >= 0 && gb >= 0:
		if ga == gb {
			return 1, true
		}
		return -1, true
	case ga >= 0 && b.Kind != "" && sharesPerson(a.Parties, b.Parties),
		gb >= 0 && a.Kind != "" && sharesPerson(a.Parties, b.Parties):
		return -1, true
	}
	return 0, false
}

// Unsure: a call reading that names someone with no office or title (a
// witness "spoke to police", a judge and a defendant "by video link"): the
// fingerprint does not tell it from another report, only its words may.
func Unsure(f Fingerprint) bool {
	if !IsCall(f) {
		return false
	}
	for _, p := range f.Parties {
		if p.Role == "" || p.Role == "official" {
			return true
		}
	}
	return false
}

func sharesPerson(a, b []Party) bool {
	for _, x := range a {
		for _, y := range b {
			if SamePerson(x.Name, y.Name) {
				return true
			}
		}
	}
	return false
}
