package officials

import (
	"strings"

	"github.com/crossread/crossread/internal/text"
)

// The tables below are the whole of the package's knowledge about offices.
// They are kept as space-separated word lists so a reviewer can read them at
// a glance and the wasm carries a few KB of strings rather than generated
// code. Keys are lower-case, diacritics folded, trailing period dropped
// ("gen." and "gen" are the same key; "u.s." is "u.s").

// Word classes. A word may be in several classes ("general" is a rank and a
// word of "General Staff"; "chief" is both a head and a modifier).
const (
	cCommon   uint32 = 1 << iota // function word / sentence adverb: never part of a name
	cHead                        // office noun: president, minister, senator, spokesman ...
	cStrong                      // head that marks an official even without a government qualifier
	cRank                        // military or police rank
	cMod                         // modifier inside a title: deputy, vice, prime, press, acting ...
	cOrg                         // government institution word: Pentagon, Defense, Ministry, Army ...
	cConn                        // joins title parts: of, the, for
	cHonor                       // Mr., Ms., Mrs., Dr.: coreference only
	cDay                         // weekday: never inside a name
	cMonth                       // month: may be in a name ("Theresa May", "Jan Kowal") but not "Jan. 5"
	cParticle                    // lower-case name particle: de, van, bin ...
	cSuffix                      // Jr., Sr., III: part of the name, not the surname
	cService                     // armed service words that may precede a rank: Air Force General
	cCorp                        // company words: "General Motors" is not a general
	cNotName                     // capitalized but never a person's name (media, places, headline verbs)
	cGov                         // makes "head of ..." a government office
)

// Office nouns. cStrong heads ("minister", "senator", ranks) are official
// wherever they stand; the others ("president", "director", "spokesman")
// need either a government qualifier ("Pentagon spokesman", "Turkish
// President") or an AP-style capitalized title with no company name in front
// of it ("President Biden" yes, "Microsoft President Brad Smith" no).
const (
	strongHeads = `minister premier senator sen congressman congresswoman congressmember governor gov mayor
		ambassador sheriff lawmaker legislator mp mep secretary-general
		under-secretary undersecretary councilman councilwoman councillor councilor alderman assemblyman
		assemblywoman assemblymember rep president-elect vice-president sens reps govs
		coroner selectman selectwoman alderwoman freeholder trooper patrolman patrolwoman mayor-elect
		governor-elect senator-elect undersheriff taoiseach tanaiste`
	weakHeads = `president secretary chancellor spokesman spokeswoman spokesperson spokesmen director administrator
		chief head chairman chairwoman chair chairperson commissioner adviser advisor envoy diplomat emissary
		consul prosecutor judge justice magistrate speaker leader commander counterpart king queen monarch
		emperor emir prince official negotiator treasurer comptroller representative superintendent
		inspector detective marshal ombudsman attache director-general captain attorney officer aide
		expert specialist deputy whip agent warden examiner defender executive auditor assessor bailiff
		atty counsel`
	// Ranks with their AP abbreviations. Everything here is cStrong too.
	ranks = `general gen lieutenant lt colonel col major maj brigadier brig admiral adm commodore capt
		cmdr cdr sergeant sgt corporal cpl pvt lieutenant-general lieutenant-colonel major-general
		brigadier-general lt-gen maj-gen brig-gen lt-col field-marshal ensign constable const gens`
	mods = `deputy vice prime acting interim assistant associate senior top principal press first lead majority
		minority ranking former then outgoing incoming chief general special permanent high supreme allied
		commanding joint military civil public attorney solicitor surgeon inspector adjutant district circuit
		appeals superior police fire parliamentary rear field staff master second third foreign national crown
		executive regional provincial local municipal federal state county city rt hon honourable honorable retired
		incumbent new international highway border prison dist policy external`
	orgs = `pentagon kremlin defense defence state foreign interior justice treasury homeland security
		intelligence army navy naval air force forces armed marine marines corps military police ministry
		department government senate house congress parliament cabinet court supreme fbi cia nsa dia dhs
		doj nato un u.n eu fed duma knesset bundestag embassy consulate staff joint chiefs command agency
		guard coast space border customs immigration health education finance economy trade
		commerce energy agriculture labor labour transport transportation environment emergency
		emergencies veterans affairs home budget reserve central administration élysée elysee
		downing whitehall commonwealth republic federation kingdom presidential presidency nuclear atomic
		diplomatic situations infrastructure climate mobilization operations national
		council assembly legislature legislative parliamentary authority representatives commons lords commission european
		nasa epa fda cdc nih faa fcc ftc irs tsa atf dea usda hhs hud dod nsc omb gao cbo noaa fema
		interpol europol imf wto iaea mi5 mi6 gchq fsb gru svr sbu united nations schools district detectives
		office bureau`
	// govWords make the object of "head of ..." a government body; a
	// country adjective alone does not ("the American Farm Bureau").
	govWords = `ministry department agency government senate house congress parliament pentagon kremlin army navy
		air force forces troops military police court fbi cia nsa nato un u.n eu council commission
		administration cabinet intelligence defense defence treasury embassy command guard corps marines
		duma knesset bundestag assembly legislature federal republic kingdom staff chiefs nasa epa fda cdc
		nih faa fcc ftc irs fema interpol imf wto iaea fsb nations district authority`
	// Service words may stand before a rank ("Air Force General", "Navy Adm.")
	// and still leave the phrase rank-only.
	services = `air force army navy naval marine marines corps coast guard space national
		wing squadron flight petty warrant`
	conns     = `of the for to`
	honors    = `mr mrs ms dr miss prof doctor`
	particles = `de da di del della der den van von la le du dos das bin ibn al el ter zu af ben abu arap bint ould`
	suffixes  = `jr sr ii iii iv`
	corps     = `motors electric dynamics mills foods inc corp co ltd llc plc group holdings company bank
		airlines partners capital`
	// Common words that open sentences or headlines and would otherwise pass
	// for the first token of a name.
	commons = `the a an this that these those he she it they we i you his her its their our my your in on
		at for from with by of to and but or nor as if when while after before since during according
		however meanwhile then earlier later also still yet so although though because both all some many
		most several other another each every no not there here what who whom whose which where why how
		about among amid despite last next new more one two three four five unlike like under over against
		without within through between into onto upon until via per than even just only instead indeed
		thus therefore yesterday today tomorrow tonight now once again sources officials read watch related
		click share subscribe photo photos video file image images advertisement opinion analysis update
		updated breaking exclusive live editor editors note says said told asked added tweeted wrote
		do does did is are was were be been has have had would could should might must
		speaks speak talks talk meets meet calls call urges urge warns warn holds hold discuss discusses
		discussions discussion first time start war back up down out off
		week month year years months weeks days day morning afternoon evening night
		north south east west western eastern northern southern european asian african latin middle
		world global international dear thank thanks yes please sign support`
	// Capitalized words that are never a person: outlets, agencies, credits.
	notNames = `news times post press associated reuters afp ap tass ria interfax xinhua bbc cnn cbs nbc abc
		fox msnbc npr pbs bloomberg politico axios getty pool reporting contributed staff wire service
		telegram twitter facebook instagram youtube tiktok correspondent reporter writer manager officer league
		club team university college school institute foundation association party committee network programs
		program project solutions partner partners institutes center centre headquarters society
		research board boards examiner coach coalition fund trust alliance services lawyer
		subcommittee caucus office offices residence palace shuttle station partnership initiative forum
		shot killed dies dead wounded injured arrested charged sentenced convicted people`
)

// country is a nation as titles name it: a code for matching "his Russian
// counterpart" and the adjective used to write roles.
type country struct {
	Code, Adj string
}

// countryTable: CODE|Adjective|other forms (comma separated, lower-case,
// may be multi-word). The adjective itself is always a form. Ambiguous forms
// that are common first names or US states (Jordan, Chad, Georgia) are left
// out on purpose.
const countryTable = `US|U.S.|u.s,us,usa,united states,america,american,united states of america
RU|Russian|russia,russian federation
UA|Ukrainian|ukraine
GB|British|u.k,uk,britain,great britain,united kingdom,england,english,scotland,scottish,wales,welsh
FR|French|france
DE|German|germany
IT|Italian|italy
ES|Spanish|spain
PL|Polish|poland
TR|Turkish|turkey,turkiye,türkiye
CN|Chinese|china,people's republic of china
JP|Japanese|japan
KR|South Korean|south korea,korea
KP|North Korean|north korea
IN|Indian|india
PK|Pakistani|pakistan
IR|Iranian|iran
IQ|Iraqi|iraq
IL|Israeli|israel
PS|Palestinian|palestine
SY|Syrian|syria
SA|Saudi|saudi arabia
AE|Emirati|united arab emirates,uae
EG|Egyptian|egypt
QA|Qatari|qatar
JO|Jordanian|
LB|Lebanese|lebanon
AF|Afghan|afghanistan
CA|Canadian|canada
MX|Mexican|mexico
BR|Brazilian|brazil
AR|Argentine|argentina,argentinian
AU|Australian|australia
NZ|New Zealand|new zealand
ZA|South African|south africa
NG|Nigerian|nigeria
KE|Kenyan|kenya
ET|Ethiopian|ethiopia
BY|Belarusian|belarus
GE|Georgian|
MD|Moldovan|moldova
LT|Lithuanian|lithuania
LV|Latvian|latvia
EE|Estonian|estonia
FI|Finnish|finland
SE|Swedish|sweden
NO|Norwegian|norway
DK|Danish|denmark
NL|Dutch|netherlands,holland
BE|Belgian|belgium
AT|Austrian|austria
CH|Swiss|switzerland
CZ|Czech|czech republic,czechia
SK|Slovak|slovakia
HU|Hungarian|hungary
RO|Romanian|romania
BG|Bulgarian|bulgaria
RS|Serbian|serbia
HR|Croatian|croatia
GR|Greek|greece
PT|Portuguese|portugal
IE|Irish|ireland
KZ|Kazakh|kazakhstan
AZ|Azerbaijani|azerbaijan
AM|Armenian|armenia
VN|Vietnamese|vietnam
TH|Thai|thailand
ID|Indonesian|indonesia
PH|Philippine|philippines,filipino
MY|Malaysian|malaysia
SG|Singaporean|singapore
TW|Taiwanese|taiwan
VE|Venezuelan|venezuela
CO|Colombian|colombia
CL|Chilean|chile
PE|Peruvian|peru
CU|Cuban|cuba
HK|Hong Kong|hong kong
EU|European Union|eu,european union
SU|Soviet|soviet union,ussr
YU|Yugoslav|yugoslavia
BA|Bosnian|bosnia,bosnia-herzegovina
SI|Slovenian|slovenia
MK|Macedonian|macedonia,north macedonia
AL|Albanian|albania
ME|Montenegrin|montenegro
XK|Kosovar|kosovo
CY|Cypriot|cyprus
MT|Maltese|malta
IS|Icelandic|iceland
LU|Luxembourg|luxembourgish
UZ|Uzbek|uzbekistan
TM|Turkmen|turkmenistan
TJ|Tajik|tajikistan
KG|Kyrgyz|kyrgyzstan
MN|Mongolian|mongolia
BD|Bangladeshi|bangladesh
LK|Sri Lankan|sri lanka
NP|Nepali|nepal,nepalese
BT|Bhutanese|bhutan
MM|Myanmar|burma,burmese
KH|Cambodian|cambodia
LA|Laotian|laos
BN|Bruneian|brunei
TL|East Timorese|east timor,timor-leste
KW|Kuwaiti|kuwait
BH|Bahraini|bahrain
OM|Omani|oman
YE|Yemeni|yemen
LY|Libyan|libya
TN|Tunisian|tunisia
DZ|Algerian|algeria
MA|Moroccan|morocco
SD|Sudanese|sudan
SS|South Sudanese|south sudan
ER|Eritrean|eritrea
DJ|Djiboutian|djibouti
SO|Somali|somalia,somalian
UG|Ugandan|uganda
TZ|Tanzanian|tanzania
RW|Rwandan|rwanda
BI|Burundian|burundi
CD|Congolese|congo,democratic republic of congo,drc
AO|Angolan|angola
ZM|Zambian|zambia
ZW|Zimbabwean|zimbabwe
MW|Malawian|malawi
MZ|Mozambican|mozambique
MG|Malagasy|madagascar
NA|Namibian|namibia
BW|Botswanan|botswana
LS|Lesotho|
SZ|Swazi|swaziland,eswatini
GH|Ghanaian|ghana
CI|Ivorian|ivory coast
SN|Senegalese|senegal
ML|Malian|mali
BF|Burkinabe|burkina faso
NE|Nigerien|niger
TD|Chadian|
CM|Cameroonian|cameroon
CF|Central African|central african republic
GA|Gabonese|gabon
GQ|Equatorial Guinean|equatorial guinea
GN|Guinean|guinea
GW|Bissau-Guinean|guinea-bissau
SL|Sierra Leonean|sierra leone
LR|Liberian|liberia
GM|Gambian|gambia
MR|Mauritanian|mauritania
BJ|Beninese|benin
TG|Togolese|togo
CV|Cape Verdean|cape verde
MU|Mauritian|mauritius
SC|Seychellois|seychelles
KM|Comoran|comoros
GT|Guatemalan|guatemala
HN|Honduran|honduras
SV|Salvadoran|el salvador
NI|Nicaraguan|nicaragua
CR|Costa Rican|costa rica
PA|Panamanian|panama
DO|Dominican|dominican republic
HT|Haitian|haiti
JM|Jamaican|jamaica
TT|Trinidadian|trinidad
BS|Bahamian|bahamas
BB|Barbadian|barbados
EC|Ecuadorian|ecuador
BO|Bolivian|bolivia
PY|Paraguayan|paraguay
UY|Uruguayan|uruguay
GY|Guyanese|guyana
SR|Surinamese|suriname
PG|Papua New Guinean|papua new guinea
FJ|Fijian|fiji`

// usStates qualify titles ("Texas Gov. Greg Abbott") and imply the US. They
// are not excluded from names ("Rep. Virginia Foxx").
const usStates = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina
north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas
utah vermont virginia washington west_virginia wisconsin wyoming d.c`

// upperGovs are government bodies only when written in capitals: "DA
// spokesman" (the district attorney's office), not "da Silva".
const upperGovs = `da`

// localGovs, capitalized, make the office in a title a local government's:
// "County Commissioner", "City Attorney spokeswoman", "Highway Patrol Officer".
const localGovs = `county city borough township parish municipal patrol`

// impliedUS are title words that place an office in the United States, so a
// role written without a country still gets one; they name the country
// themselves ("Pentagon press secretary"), so no "U.S." prefix is added (see
// role.go). US-only title forms ("Secretary of State") are in analyse.
const (
	impliedUSWords = `pentagon white-house fbi cia nsa dhs doj`
	impliedRUWords = `kremlin duma`
)

// roleSynonyms maps informal offices to the formal one they stand for.
var roleSynonyms = map[string]string{
	"pentagon chief":         "U.S. Secretary of Defense",
	"pentagon head":          "U.S. Secretary of Defense",
	"pentagon boss":          "U.S. Secretary of Defense",
	"pentagon leader":        "U.S. Secretary of Defense",
	"top u.s diplomat":       "U.S. Secretary of State",
	"u.s top diplomat":       "U.S. Secretary of State",
	"america's top diplomat": "U.S. Secretary of State",
}

// expand spells out the civil abbreviations AP style uses only before
// names (written with a period).
var expand = map[string]string{
	"sen": "Senator", "rep": "Representative", "gov": "Governor",
	"sens": "Senator", "reps": "Representative", "govs": "Governor",
	"dist": "District", "atty": "Attorney",
}

// rankExpand spells out rank abbreviations, with or without a period
// ("Lt. Col.", British "Lt Col"): a role reads "Lieutenant Colonel".
var rankExpand = map[string]string{
	"gen": "General", "lt": "Lieutenant", "col": "Colonel", "maj": "Major", "brig": "Brigadier",
	"adm": "Admiral", "capt": "Captain", "cmdr": "Commander", "cdr": "Commander", "sgt": "Sergeant",
	"cpl": "Corporal", "pvt": "Private", "lt-gen": "Lieutenant General", "maj-gen": "Major General",
	"brig-gen": "Brigadier General", "lt-col": "Lieutenant Colonel", "gens": "General",
}

// styleWords are forms of address that may stand in a title ("Rt. Hon.")
// but are not part of the office.
var styleWords = map[string]bool{"rt": true, "hon": true, "honourable": true, "honorable": true}

var (
	vocab           = map[string]uint32{}
	countries       = map[string]country{} // form → country
	byCode          = map[string]country{} // code → country
	states          = map[string]bool{}    // "new york", "texas"
	impliedUS       = map[string]bool{}
	impliedRU       = map[string]bool{}
	localGov        = map[string]bool{}
	upperGov        = map[string]bool{}
	maxCountryWords = 1
)

func addWords(list string, class uint32) {
	for _, w := range strings.Fields(list) {
		vocab[w] |= class
	}
}

func init() {
	addWords(strongHeads, cHead|cStrong)
	addWords(weakHeads, cHead)
	addWords(ranks, cHead|cStrong|cRank)
	addWords(mods, cMod)
	addWords(orgs, cOrg)
	addWords(services, cService)
	addWords(conns, cConn)
	addWords(honors, cHonor)
	addWords(strings.Join(text.Weekdays[:], " "), cDay)
	addWords(strings.Join(text.Months[:], " "), cMonth)
	for w := range text.MonthAbbrevs {
		addWords(w, cMonth)
	}
	addWords(particles, cParticle)
	addWords(suffixes, cSuffix)
	addWords(corps, cCorp)
	addWords(commons, cCommon)
	addWords(notNames, cNotName)
	addWords(govWords, cGov)
	for _, line := range strings.Split(countryTable, "\n") {
		f := strings.Split(line, "|")
		c := country{Code: f[0], Adj: f[1]}
		byCode[c.Code] = c
		forms := []string{fold(strings.ToLower(strings.TrimSuffix(f[1], ".")))}
		if f[2] != "" {
			forms = append(forms, strings.Split(f[2], ",")...)
		}
		for _, form := range forms {
			countries[form] = c
			// in tokens: a possessive "'s" is a token of its own
			if n := len(strings.Fields(form)) + strings.Count(form, "'s"); n > maxCountryWords {
				maxCountryWords = n
			}
		}
	}
	for _, s := range strings.Fields(usStates) {
		states[strings.ReplaceAll(s, "_", " ")] = true
	}
	for _, w := range strings.Fields(impliedUSWords) {
		impliedUS[w] = true
	}
	for _, w := range strings.Fields(upperGovs) {
		upperGov[w] = true
	}
	for _, w := range strings.Fields(localGovs) {
		localGov[w] = true
	}
	for _, w := range strings.Fields(impliedRUWords) {
		impliedRU[w] = true
	}
}

// counterpartOffice names an office of a given function in a country's own
// style: the US has secretaries, Britain has Defence/Foreign Secretaries,
// most others have ministers.
func counterpartOffice(function string, c country) string {
	var office string
	switch c.Code {
	case "US":
		office = map[string]string{"defense": "Secretary of Defense", "foreign": "Secretary of State",
			"interior": "Secretary of Homeland Security", "finance": "Treasury Secretary",
			"president": "President", "pm": "President"}[function]
	case "GB":
		office = map[string]string{"defense": "Defence Secretary", "foreign": "Foreign Secretary",
			"interior": "Home Secretary", "finance": "Chancellor of the Exchequer",
			"pm": "Prime Minister", "president": "Prime Minister"}[function]
	default:
		office = map[string]string{"defense": "Defense Minister", "foreign": "Foreign Minister",
			"interior": "Interior Minister", "finance": "Finance Minister",
			"president": "President", "pm": "Prime Minister"}[function]
	}
	if office == "" {
		office = "counterpart"
	}
	return c.Adj + " " + office
}

// officeFunction reduces a role to the function a counterpart shares.
func officeFunction(role string) string {
	r := strings.ToLower(role)
	switch {
	case strings.Contains(r, "defen") || strings.Contains(r, "pentagon") || strings.Contains(r, "war minister"):
		return "defense"
	case strings.Contains(r, "foreign") || strings.Contains(r, "secretary of state") || strings.Contains(r, "diplomat"):
		return "foreign"
	case strings.Contains(r, "interior") || strings.Contains(r, "home secretary") || strings.Contains(r, "homeland"):
		return "interior"
	case strings.Contains(r, "finance") || strings.Contains(r, "treasury") || strings.Contains(r, "exchequer"):
		return "finance"
	case strings.Contains(r, "prime minister") || strings.Contains(r, "premier") || strings.Contains(r, "taoiseach"):
		return "pm"
	case strings.Contains(r, "president") && !strings.Contains(r, "vice"):
		return "president"
	}
	return ""
}

// Known reports whether the tables above know a word: an office, rank, title
// or institution word, a country, nationality or state, a weekday or month,
// a capitalised word that is never a name. The batch benchmark makes new
// stories from shared pages by renaming their people and places, and keeps
// these words so that a renamed report is read the same way.
func Known(word string) bool {
	k := keyOf(word)
	if _, ok := vocab[k]; ok {
		return true
	}
	if _, ok := countries[k]; ok {
		return true
	}
	return states[k] || upperGov[k] || localGov[k] || impliedUS[k] || impliedRU[k]
}
