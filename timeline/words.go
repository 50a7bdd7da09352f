package timeline

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// This file holds the words every human-facing output shares (Markdown,
// TimelineJS, iCalendar, lint messages, change logs), so that a kind, a
// status or a date reads the same everywhere.

var kindWords = map[Kind]Text{
	BilateralMeeting:    {Hi: "द्विपक्षीय बैठक", En: "bilateral meeting"},
	Summit:              {Hi: "शिखर सम्मेलन", En: "summit"},
	MultilateralMeeting: {Hi: "बहुपक्षीय बैठक", En: "multilateral meeting"},
	Visit:               {Hi: "यात्रा", En: "visit"},
	SidelineMeeting:     {Hi: "इतर बैठक", En: "meeting on the sidelines"},
	PhoneCall:           {Hi: "फ़ोन वार्ता", En: "phone call"},
	Statement:           {Hi: "बयान", En: "statement"},
	AgreementSigning:    {Hi: "समझौते पर हस्ताक्षर", En: "agreement signing"},
	PressConference:     {Hi: "प्रेस कॉन्फ्रेंस", En: "press conference"},
}

// Label returns k in words in lang: "द्विपक्षीय बैठक", "bilateral meeting".
// A newsroom's own "x-" kind reads as its name: "x-press-briefing" is
// "press briefing".
func (k Kind) Label(lang Lang) string {
	if t, ok := kindWords[k]; ok {
		return t.In(lang)
	}
	return strings.NewReplacer("-", " ", "_", " ").Replace(strings.TrimPrefix(string(k), "x-"))
}

// label looks a value up in one of the word tables; a value the table does
// not know reads as itself.
func label[K ~string](words map[K]Text, k K, lang Lang) string {
	if t, ok := words[k]; ok {
		return t.In(lang)
	}
	return string(k)
}

var statusWords = map[Status]Text{
	Proposed:    {Hi: "प्रस्तावित", En: "proposed"},
	Announced:   {Hi: "घोषित", En: "announced"},
	Confirmed:   {Hi: "पुष्ट", En: "confirmed"},
	Held:        {Hi: "संपन्न", En: "held"},
	Postponed:   {Hi: "स्थगित", En: "postponed"},
	Rescheduled: {Hi: "पुनर्निर्धारित", En: "rescheduled"},
	Cancelled:   {Hi: "रद्द", En: "cancelled"},
}

// Label returns s in words in lang: "प्रस्तावित", "proposed". An unknown
// status reads as itself.
func (s Status) Label(lang Lang) string { return label(statusWords, s, lang) }

var roleWords = map[Role]Text{
	Host:     {Hi: "मेज़बान", En: "host"},
	Guest:    {Hi: "अतिथि", En: "guest"},
	Chair:    {Hi: "अध्यक्ष", En: "chair"},
	Attendee: {Hi: "प्रतिभागी", En: "attendee"},
}

// Label returns r in words in lang: "मेज़बान", "host". An unknown role reads
// as itself.
func (r Role) Label(lang Lang) string { return label(roleWords, r, lang) }

// CountryName returns the name, in lang, of the country with the ISO 3166-1
// alpha-2 code ("IN" is "भारत" or "India"). The names are CLDR's, from
// golang.org/x/text; a code CLDR does not know is returned as it is.
func CountryName(code string, lang Lang) string {
	region, err := language.ParseRegion(code)
	if err != nil || !region.IsCountry() {
		return code
	}
	names := englishRegions
	if lang != English {
		names = hindiRegions
	}
	if name := names.Name(region); name != "" {
		return name
	}
	return code
}

var (
	hindiRegions   = display.Regions(language.Hindi)
	englishRegions = display.Regions(language.English)
)

// Label returns p as a reader writes a place, from the venue to the
// country: "सीनेट पैलेस, क्रेमलिन, मॉस्को, रूस", "Moscow, Russia", "भारत".
// It is "" for a place that names nothing.
func (p Place) Label(lang Lang) string {
	var parts []string
	for _, s := range []string{p.Venue.In(lang), p.City.In(lang)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if p.Country != "" {
		parts = append(parts, CountryName(p.Country, lang))
	}
	return strings.Join(parts, ", ")
}
