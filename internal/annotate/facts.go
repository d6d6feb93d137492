package annotate

import (
	"sort"

	"github.com/crossread/crossread/internal/events"
)

// Fact is one thing the linked reports say about their shared event, with who
// says it: "only one report says it lasted about an hour".
type Fact struct {
	Fact    string   `json:"fact"`    // "day", "duration", "initiator", "first since"
	Value   string   `json:"value"`   // TIMEX3 value, country code or name
	Reports []string `json:"reports"` // who states it; "" is this page
	Agree   bool     `json:"agree"`   // no report states another value for the same fact
}

// factsOf compares the page's fingerprint with those of its linked reports.
func factsOf(self events.Fingerprint, linked map[string]events.Fingerprint) []Fact {
	type key struct{ fact, value string }
	who := map[key][]string{}
	values := map[string]map[string]bool{}
	add := func(report, fact, value string) {
		if value == "" {
			return
		}
		k := key{fact, value}
		who[k] = append(who[k], report)
		if values[fact] == nil {
			values[fact] = map[string]bool{}
		}
		values[fact][value] = true
	}
	ids := make([]string, 0, len(linked)+1)
	ids = append(ids, "")
	for id := range linked {
		ids = append(ids, id)
	}
	sort.Strings(ids[1:])
	for _, id := range ids {
		fp := self
		if id != "" {
			fp = linked[id]
		}
		add(id, "day", fp.Day)
		add(id, "duration", fp.Duration)
		add(id, "initiator", fp.Initiator)
		for _, s := range fp.Since {
			add(id, "first since", s)
		}
	}
	out := []Fact{}
	for k, rs := range who {
		// "first since" values may all be true at once (a date and the invasion a
		// week later); other facts have one true value.
		agree := len(values[k.fact]) == 1 || k.fact == "first since"
		out = append(out, Fact{Fact: k.fact, Value: k.value, Reports: rs, Agree: agree})
	}
	order := map[string]int{"day": 0, "initiator": 1, "duration": 2, "first since": 3}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Fact != out[j].Fact {
			return order[out[i].Fact] < order[out[j].Fact]
		}
		return out[i].Value < out[j].Value
	})
	return out
}
