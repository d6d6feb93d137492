package officials

import (
	"strings"
	"time"
)

// News names the heads of state and government most often without their
// office: "Putin", "Erdogan told his Russian counterpart", "the Kremlin said
// Putin …". The rules cannot know that office, so it is data: the record of
// who held which office from when to when, consulted only for a name the text
// gives no office, and only on the report's date (a former president is not
// the president in a later report).
//
// Source: compiled by hand from the public record of heads of state and
// government (the lists of state leaders by year kept by Wikipedia and by
// the governments themselves), 2012 to 2025; an open end means in office at
// the time of writing. It is not a list of a few countries: it covers every
// G20 member and the states most in the international news, and it is only a
// last resort, so a person not in it is found by the rules like anyone else.
//
// One line per term: country code | office | name as written in English
// (alternative spellings after ";") | first day | day after the last ("" if
// still in office).
const leaderRecord = `US|President|Donald Trump|2017-01-20|2021-01-20
US|President|Joe Biden|2021-01-20|2025-01-20
US|President|Donald Trump|2025-01-20|
RU|President|Vladimir Putin|2012-05-07|
RU|Prime Minister|Dmitry Medvedev|2012-05-08|2020-01-16
RU|Prime Minister|Mikhail Mishustin|2020-01-16|
CN|President|Xi Jinping|2013-03-14|
CN|Premier|Li Keqiang|2013-03-15|2023-03-11
CN|Premier|Li Qiang|2023-03-11|
UA|President|Petro Poroshenko|2014-06-07|2019-05-20
UA|President|Volodymyr Zelensky;Volodymyr Zelenskyy;Volodymyr Zelenskiy|2019-05-20|
UA|Prime Minister|Denys Shmyhal|2020-03-04|2025-07-17
UA|Prime Minister|Yulia Svyrydenko|2025-07-17|
TR|President|Recep Tayyip Erdogan|2014-08-28|
IN|Prime Minister|Narendra Modi|2014-05-26|
IN|President|Ram Nath Kovind|2017-07-25|2022-07-25
IN|President|Droupadi Murmu|2022-07-25|
IL|Prime Minister|Benjamin Netanyahu|2009-03-31|2021-06-13
IL|Prime Minister|Naftali Bennett|2021-06-13|2022-07-01
IL|Prime Minister|Yair Lapid|2022-07-01|2022-12-29
IL|Prime Minister|Benjamin Netanyahu|2022-12-29|
IL|President|Reuven Rivlin|2014-07-24|2021-07-07
IL|President|Isaac Herzog|2021-07-07|
GB|Prime Minister|Theresa May|2016-07-13|2019-07-24
GB|Prime Minister|Boris Johnson|2019-07-24|2022-09-06
GB|Prime Minister|Liz Truss|2022-09-06|2022-10-25
GB|Prime Minister|Rishi Sunak|2022-10-25|2024-07-05
GB|Prime Minister|Keir Starmer|2024-07-05|
FR|President|Emmanuel Macron|2017-05-14|
FR|Prime Minister|Edouard Philippe|2017-05-15|2020-07-03
FR|Prime Minister|Jean Castex|2020-07-03|2022-05-16
FR|Prime Minister|Elisabeth Borne|2022-05-16|2024-01-09
FR|Prime Minister|Gabriel Attal|2024-01-09|2024-09-05
FR|Prime Minister|Michel Barnier|2024-09-05|2024-12-13
FR|Prime Minister|Francois Bayrou|2024-12-13|2025-09-09
FR|Prime Minister|Sebastien Lecornu|2025-09-09|
DE|Chancellor|Angela Merkel|2005-11-22|2021-12-08
DE|Chancellor|Olaf Scholz|2021-12-08|2025-05-06
DE|Chancellor|Friedrich Merz|2025-05-06|
DE|President|Frank-Walter Steinmeier|2017-03-19|
IT|Prime Minister|Giuseppe Conte|2018-06-01|2021-02-13
IT|Prime Minister|Mario Draghi|2021-02-13|2022-10-22
IT|Prime Minister|Giorgia Meloni|2022-10-22|
IT|President|Sergio Mattarella|2015-02-03|
ES|Prime Minister|Pedro Sanchez|2018-06-02|
JP|Prime Minister|Shinzo Abe|2012-12-26|2020-09-16
JP|Prime Minister|Yoshihide Suga|2020-09-16|2021-10-04
JP|Prime Minister|Fumio Kishida|2021-10-04|2024-10-01
JP|Prime Minister|Shigeru Ishiba|2024-10-01|2025-10-21
JP|Prime Minister|Sanae Takaichi|2025-10-21|
KR|President|Moon Jae-in|2017-05-10|2022-05-10
KR|President|Yoon Suk Yeol;Yoon Suk-yeol|2022-05-10|2025-04-04
KR|President|Lee Jae-myung|2025-06-04|
KP|leader|Kim Jong Un|2011-12-17|
CA|Prime Minister|Justin Trudeau|2015-11-04|2025-03-14
CA|Prime Minister|Mark Carney|2025-03-14|
AU|Prime Minister|Scott Morrison|2018-08-24|2022-05-23
AU|Prime Minister|Anthony Albanese|2022-05-23|
BR|President|Jair Bolsonaro|2019-01-01|2023-01-01
BR|President|Luiz Inacio Lula da Silva|2023-01-01|
MX|President|Andres Manuel Lopez Obrador|2018-12-01|2024-10-01
MX|President|Claudia Sheinbaum|2024-10-01|
AR|President|Alberto Fernandez|2019-12-10|2023-12-10
AR|President|Javier Milei|2023-12-10|
ZA|President|Cyril Ramaphosa|2018-02-15|
NG|President|Muhammadu Buhari|2015-05-29|2023-05-29
NG|President|Bola Tinubu|2023-05-29|
KE|President|William Ruto|2022-09-13|
ET|Prime Minister|Abiy Ahmed|2018-04-02|
EG|President|Abdel Fattah el-Sisi;Abdel Fattah al-Sisi|2014-06-08|
SA|Crown Prince|Mohammed bin Salman|2017-06-21|
AE|President|Mohamed bin Zayed|2022-05-14|
QA|Emir|Tamim bin Hamad Al Thani|2013-06-25|
IR|Supreme Leader|Ali Khamenei|1989-06-04|
IR|President|Hassan Rouhani|2013-08-03|2021-08-03
IR|President|Ebrahim Raisi|2021-08-03|2024-05-20
IR|President|Masoud Pezeshkian|2024-07-28|
IQ|Prime Minister|Mustafa al-Kadhimi|2020-05-07|2022-10-27
IQ|Prime Minister|Mohammed Shia al-Sudani|2022-10-27|
SY|President|Bashar al-Assad|2000-07-17|2024-12-08
SY|President|Ahmed al-Sharaa|2025-01-29|
LB|Prime Minister|Najib Mikati|2021-09-10|2025-02-08
LB|Prime Minister|Nawaf Salam|2025-02-08|
LB|President|Joseph Aoun|2025-01-09|
PS|President|Mahmoud Abbas|2005-01-15|
PK|Prime Minister|Imran Khan|2018-08-18|2022-04-10
PK|Prime Minister|Shehbaz Sharif|2022-04-11|2023-08-14
PK|Prime Minister|Shehbaz Sharif|2024-03-04|
ID|President|Joko Widodo|2014-10-20|2024-10-20
ID|President|Prabowo Subianto|2024-10-20|
PH|President|Rodrigo Duterte|2016-06-30|2022-06-30
PH|President|Ferdinand Marcos Jr.|2022-06-30|
MY|Prime Minister|Anwar Ibrahim|2022-11-24|
SG|Prime Minister|Lee Hsien Loong|2004-08-12|2024-05-15
SG|Prime Minister|Lawrence Wong|2024-05-15|
TW|President|Tsai Ing-wen|2016-05-20|2024-05-20
TW|President|Lai Ching-te|2024-05-20|
BD|Prime Minister|Sheikh Hasina|2009-01-06|2024-08-05
PL|President|Andrzej Duda|2015-08-06|2025-08-06
PL|President|Karol Nawrocki|2025-08-06|
PL|Prime Minister|Mateusz Morawiecki|2017-12-11|2023-12-13
PL|Prime Minister|Donald Tusk|2023-12-13|
HU|Prime Minister|Viktor Orban|2010-05-29|
SK|Prime Minister|Robert Fico|2023-10-25|
GR|Prime Minister|Kyriakos Mitsotakis|2019-07-08|
RS|President|Aleksandar Vucic|2017-05-31|
NL|Prime Minister|Mark Rutte|2010-10-14|2024-07-02
NL|Prime Minister|Dick Schoof|2024-07-02|
SE|Prime Minister|Ulf Kristersson|2022-10-18|
FI|President|Sauli Niinisto|2012-03-01|2024-03-01
FI|President|Alexander Stubb|2024-03-01|
MD|President|Maia Sandu|2020-12-24|
BY|President|Alexander Lukashenko;Alyaksandr Lukashenka|1994-07-20|
KZ|President|Kassym-Jomart Tokayev|2019-03-20|
AZ|President|Ilham Aliyev|2003-10-31|
AM|Prime Minister|Nikol Pashinyan|2018-05-08|
VE|President|Nicolas Maduro|2013-04-19|
CO|President|Gustavo Petro|2022-08-07|
CL|President|Gabriel Boric|2022-03-11|`

// leader is one term of office.
type leader struct {
	code, office string
	first        string // folded key of the first name
	from, to     string // YYYY-MM-DD, to exclusive, "" open
}

// leadersBySurname: nameKey of the last word of each spelling → terms.
var leadersBySurname = func() map[string][]leader {
	m := map[string][]leader{}
	for _, line := range strings.Split(leaderRecord, "\n") {
		f := strings.Split(line, "|")
		if len(f) != 5 {
			continue
		}
		for _, name := range strings.Split(f[2], ";") {
			w := strings.Fields(name)
			for len(w) > 1 && (w[len(w)-1] == "Jr." || w[len(w)-1] == "III") {
				w = w[:len(w)-1]
			}
			k := nameKey(keyOf(w[len(w)-1]))
			m[k] = append(m[k], leader{code: f[0], office: f[1], first: keyOf(w[0]), from: f[3], to: f[4]})
		}
	}
	return m
}()

// inOffice is the term of the person named keys (folded name words) on day,
// if the record has one; a surname alone must be one person's in the record.
func inOffice(keys []string, day string) (leader, bool) {
	if day == "" || len(keys) == 0 {
		return leader{}, false
	}
	terms := leadersBySurname[nameKey(keys[len(keys)-1])]
	var hit leader
	found := false
	for _, t := range terms {
		if len(keys) == 1 && t.first != terms[0].first {
			return leader{}, false // "Lee", "Kim": the surname of several people
		}
		if len(keys) > 1 && !firstCompatible(keys[0], t.first) {
			continue
		}
		if t.from <= day && (t.to == "" || day < t.to) {
			hit, found = t, true
		}
	}
	return hit, found
}

// fromRecord introduces the names the text gives no office that the record
// places in one on the report's day: "Putin", "Erdogan", "Zelenskyy".
func (f *finder) fromRecord() {
	if f.day == "" {
		return
	}
	// a surname some person of the report already has is theirs: merged or
	// linked later, with the office the text gives them
	had := map[string]bool{}
	for _, p := range f.people {
		had[nameKey(surname(p))] = true
	}
	for round := 0; round < 2; round++ {
		for bi, b := range f.bs {
			if b == nil || b.title != (round == 1) {
				continue
			}
			for si, sp := range b.spans {
				if b.intro[si] || sp.b-sp.a > 5 || credit(b.ts, sp) {
					continue
				}
				if sp.b < len(b.ts) && b.ts[sp.b].word && b.ts[sp.b].cap {
					continue // "Trump Tower": part of a longer capitalized name
				}
				keys, words := nameWords(b.ts, sp)
				if len(keys) == 1 && (len(keys[0]) < 4 || b.title) {
					continue // a short or headline word alone is too weak
				}
				if len(keys) == 1 && sp.a > 0 && (b.ts[sp.a-1].key == "the" || b.ts[sp.a-1].key == "a" || b.ts[sp.a-1].key == "an") {
					continue // "the Biden administration": the name as an adjective
				}
				if had[nameKey(keys[len(keys)-1])] {
					continue
				}
				t, ok := inOffice(keys, f.day)
				if !ok {
					continue
				}
				if i, known := f.byName[strings.Join(keys, " ")]; known && len(f.people[i].roles) > 0 {
					continue
				}
				r := roleInfo{text: adjOf(t.code) + " " + t.office, country: t.code, named: true, kind: kRecord}
				r.key = strings.ToLower(fold(r.text))
				pi := f.get(keys, words)
				f.people[pi].roles = append(f.people[pi].roles, r)
				b.intro[si] = true
				f.ments = append(f.ments, cand{p: pi, blk: bi, s: sp.a, e: sp.b})
				f.known[keys[len(keys)-1]] = true
				had[nameKey(keys[len(keys)-1])] = true
			}
		}
	}
}

// dayKey is day as the record writes it, "" for the zero time.
func dayKey(day time.Time) string {
	if day.IsZero() {
		return ""
	}
	return day.Format("2006-01-02")
}
