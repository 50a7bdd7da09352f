package almanac

import (
	"errors"
	"fmt"
	"slices"
)

// Festival names a day whose civil date moves from year to year. The zero
// Festival is not one. Fixed days (Republic Day, Christmas, Gandhi
// Jayanti) are not here: their dates need no computation.
//
// A festival kept "at sunrise" (on the udaya day of its tithi) also gets
// an Alt when its tithi is current at two sunrises (the second day) or
// when either end of the tithi lies within ten minutes of a sunrise,
// closer than panchangs agree with each other.
type Festival uint8

// The festivals, grouped by how their day is found. Each constant's
// comment gives the rule: the month (amanta, Chaitra…Phalguna) and tithi
// (1–15 shukla, 16–30 krishna, 30 amavasya) and the part of the day the
// tithi must prevail in; the purnimanta name, as Hindi papers print it, is
// given where it differs. See rules.go and day.go for the terms.
const (
	_ Festival = iota

	// Lunisolar, Hindu, Jain, Buddhist and Sikh days.

	// Diwali (Deepavali, Lakshmi Puja): Ashvin amavasya (purnimanta
	// Kartika amavasya) prevailing during pradosh; if it covers the pradosh
	// of two evenings, the longer one, with the other as Alt if it covers
	// a ghati (24 minutes) of it (2024: 31 October, Alt 1 November).
	Diwali
	// Dhanteras (Dhanatrayodashi): Ashvin krishna trayodashi (purnimanta
	// Kartika krishna 13) during pradosh, as Diwali.
	Dhanteras
	// NarakaChaturdashi (Choti Diwali; Deepavali in the South): Ashvin
	// krishna chaturdashi current at sunrise.
	NarakaChaturdashi
	// GovardhanPuja (Annakut): Kartika shukla pratipada; the first day
	// whose midday (madhyahna) it reaches, which is the day after Diwali
	// even when pratipada begins late in the morning (2020, 2026); Alt is
	// the udaya day when it differs.
	GovardhanPuja
	// BhaiDooj (Yama Dwitiya): Kartika shukla dwitiya at sunrise; Alt is
	// the day whose afternoon (aparahna) it covers longest, if different.
	BhaiDooj
	// Chhath (Surya Shashthi, the evening arghya): Kartika shukla shashthi
	// at sunrise.
	Chhath
	// DevUthaniEkadashi (Prabodhini): Kartika shukla ekadashi at sunrise
	// (the smarta rule; vaishnavas may keep the next day).
	DevUthaniEkadashi
	// GuruNanakJayanti (Gurpurab): Kartika purnima at sunrise.
	GuruNanakJayanti
	// NavratriStart (Sharad Navratri, Ghatasthapana): Ashvin shukla
	// pratipada at sunrise.
	NavratriStart
	// DurgaAshtami (Maha Ashtami): Ashvin shukla ashtami at sunrise.
	DurgaAshtami
	// MahaNavami: Ashvin shukla navami at sunrise.
	MahaNavami
	// Dussehra (Vijayadashami): Ashvin shukla dashami. The day on which
	// dashami is current at sunrise and lasts three muhurtas (144 minutes)
	// after it, if the Shravana nakshatra touches that day's afternoon
	// (aparahna); otherwise the day whose aparahna dashami covers longest.
	// Alt is the other day whose aparahna dashami covers for a ghati (24
	// minutes) or more.
	Dussehra
	// SharadPurnima (Kojagari): Ashvin purnima during pradosh, the evening
	// the full moon rises in it.
	SharadPurnima
	// ValmikiJayanti: Ashvin purnima at sunrise.
	ValmikiJayanti
	// KarvaChauth (Karaka Chaturthi): Ashvin krishna chaturthi (purnimanta
	// Kartika krishna 4) current at moonrise, when the fast is broken.
	KarvaChauth
	// HolikaDahan: Phalguna purnima during pradosh after Bhadra (vishti
	// karana, the first half of purnima) has ended; if Bhadra covers the
	// pradosh and ends before midnight, that evening; if it lasts past
	// midnight, the next evening when purnima lasts 3½ prahars into that
	// day, else the first evening in Bhadra's tail (Bhadra punchha). Alt is
	// the other evening in those last two cases.
	HolikaDahan
	// Holi (Dhulandi, Dhulivandan, Rangwali Holi): the day after
	// HolikaDahan, as the DoPT list dates it.
	Holi
	// MahaShivaratri: Magha krishna chaturdashi (purnimanta Phalguna
	// krishna 14) during nishita, the middle of the night; if it covers the
	// nishita of two nights, the second, with the first as Alt.
	MahaShivaratri
	// VasantPanchami (Sri Panchami, Saraswati Puja): Magha shukla panchami
	// at sunrise.
	VasantPanchami
	// GuruRavidasJayanti: Magha purnima at sunrise.
	GuruRavidasJayanti
	// DayanandJayanti (Swami Dayananda Saraswati): Magha krishna dashami
	// (purnimanta Phalguna krishna 10) at sunrise.
	DayanandJayanti
	// GuruGobindSinghJayanti: Pausha shukla saptami at sunrise. It can
	// fall twice in one Gregorian year (2017: 5 January and 25 December)
	// or not at all. The DoPT list kept the Nanakshahi calendar's fixed 5
	// January in 2015.
	GuruGobindSinghJayanti
	// ChaitraNavratri (Chaitra Sukladi, Gudi Padwa, Ugadi, Cheti Chand,
	// Hindu New Year, the first day of the Vikram and Shaka years):
	// Chaitra shukla pratipada at sunrise.
	ChaitraNavratri
	// RamNavami: Chaitra shukla navami during madhyahna (midday); if it
	// covers two middays, the longer, with the other as Alt if it covers a
	// ghati of it.
	RamNavami
	// MahavirJayanti: Chaitra shukla trayodashi at sunrise.
	MahavirJayanti
	// HanumanJayanti (North India): Chaitra purnima at sunrise.
	HanumanJayanti
	// AkshayaTritiya: Vaishakha shukla tritiya during the forenoon
	// (purvahna), longest coverage.
	AkshayaTritiya
	// BuddhaPurnima (Vesak): Vaishakha purnima at sunrise.
	BuddhaPurnima
	// RathYatra: Ashadha shukla dwitiya at sunrise.
	RathYatra
	// GuruPurnima (Vyasa Purnima): Ashadha purnima at sunrise, if it lasts
	// three muhurtas (144 minutes) after sunrise; otherwise the day before,
	// on whose afternoon it is current, with the sunrise day as Alt.
	GuruPurnima
	// HariyaliTeej: Shravana shukla tritiya at sunrise.
	HariyaliTeej
	// NagPanchami: Shravana shukla panchami at sunrise.
	NagPanchami
	// RakshaBandhan: Shravana purnima, by the rule of GuruPurnima.
	RakshaBandhan
	// Janmashtami: Shravana krishna ashtami (purnimanta Bhadrapada krishna
	// 8) current at sunrise, the vaishnava day the DoPT list keeps as the
	// gazetted holiday; Alt is the smarta day, on whose night (nishita)
	// ashtami is current, when it differs.
	Janmashtami
	// HartalikaTeej: Bhadrapada shukla tritiya at sunrise.
	HartalikaTeej
	// GaneshChaturthi (Vinayaka Chaturthi): Bhadrapada shukla chaturthi
	// during madhyahna, as RamNavami.
	GaneshChaturthi
	// AnantChaturdashi (Ganesh Visarjan): Bhadrapada shukla chaturdashi at
	// sunrise.
	AnantChaturdashi

	// Solar days, fixed to the Sun's entry into a sidereal sign (sankranti).

	// MakarSankranti: the Sun enters Makara (270° sidereal). The Hindu day
	// (sunrise to sunrise) in which it enters, as the DoPT list dates it;
	// when it enters between sunset and the next sunrise, Alt is the next
	// day, on which most panchangs keep the punya kaal (2024: 14 January,
	// Alt 15 January).
	MakarSankranti
	// Pongal (Thai Pongal, 1 Thai): the civil day of the entry into Makara
	// if it falls before sunset, else the next day (the Tamil rule).
	Pongal
	// Lohri: the day before MakarSankranti.
	Lohri
	// Vaisakhi (Baisakhi, Vishu, Mesha Sankranti): the Hindu day in which
	// the Sun enters Mesha (0° sidereal).
	Vaisakhi

	// Christian days, by the Gregorian computus.

	// GoodFriday: two days before Easter.
	GoodFriday
	// Easter Sunday.
	Easter

	// Islamic days, from the first evening the new crescent is visible at
	// New Delhi (islamic.go). Always Approximate: India's months begin on
	// an announced sighting, which can come a day later (or, rarely,
	// earlier) than the computation.

	// EidUlFitr: 1 Shawwal.
	EidUlFitr
	// EidUlAdha (Bakrid, Id-ul-Zuha): 10 Dhu al-Hijjah.
	EidUlAdha
	// Muharram (Ashura): 10 Muharram, the DoPT holiday.
	Muharram
	// MiladUnNabi (Id-e-Milad, Barawafat): 12 Rabi al-Awwal.
	MiladUnNabi

	festivalEnd
)

var festivalNames = [...]string{
	"", "Diwali", "Dhanteras", "Naraka Chaturdashi", "Govardhan Puja", "Bhai Dooj", "Chhath",
	"Dev Uthani Ekadashi", "Guru Nanak Jayanti", "Navratri", "Durga Ashtami", "Maha Navami",
	"Dussehra", "Sharad Purnima", "Valmiki Jayanti", "Karva Chauth", "Holika Dahan", "Holi",
	"Maha Shivaratri", "Vasant Panchami", "Guru Ravidas Jayanti", "Dayanand Jayanti",
	"Guru Gobind Singh Jayanti", "Chaitra Navratri", "Ram Navami", "Mahavir Jayanti",
	"Hanuman Jayanti", "Akshaya Tritiya", "Buddha Purnima", "Rath Yatra", "Guru Purnima",
	"Hariyali Teej", "Nag Panchami", "Raksha Bandhan", "Janmashtami", "Hartalika Teej",
	"Ganesh Chaturthi", "Anant Chaturdashi", "Makar Sankranti", "Pongal", "Lohri", "Vaisakhi",
	"Good Friday", "Easter", "Eid ul-Fitr", "Eid ul-Adha", "Muharram", "Milad-un-Nabi",
}

// String returns the festival's English name ("Raksha Bandhan"), or
// "%!Festival(n)" for a value that is not a Festival.
func (f Festival) String() string {
	if f > 0 && f < festivalEnd {
		return festivalNames[f]
	}
	return fmt.Sprintf("%%!Festival(%d)", uint8(f))
}

// Festivals returns every Festival, in the order of the constants.
func Festivals() []Festival {
	out := make([]Festival, 0, festivalEnd-1)
	for f := Festival(1); f < festivalEnd; f++ {
		out = append(out, f)
	}
	return out
}

// Observance is one keeping of a festival: the civil day in India.
// Programs should pass Observances as values.
type Observance struct {
	Festival Festival
	// Date is the day the festival is kept, as the Government of India's
	// (DoPT) holiday list for Delhi dates it.
	Date Date
	// Alt, when not zero, is another day that calendars following another
	// rule keep (see the Festival's rule), or the neighbouring day when
	// the deciding instant falls within a few minutes of the boundary and
	// panchangs differ. The observance is then Ambiguous.
	Alt Date
	// Approximate marks a day that depends on sighting the Moon (the
	// Islamic festivals): it may be a day later, rarely a day earlier.
	Approximate bool
}

// Ambiguous reports whether authorities disagree on the day: o.Alt is set.
func (o Observance) Ambiguous() bool { return !o.Alt.IsZero() }

// The years the computation is checked for. The formulas hold for some
// decades beyond, but ΔT and the checks do not.
const (
	MinYear = 1950
	MaxYear = 2100
)

// ErrYearRange is returned for a year outside [MinYear, MaxYear].
var ErrYearRange = errors.New("almanac: year outside 1950–2100")

// ErrFestival is returned for a value that is not a Festival.
var ErrFestival = errors.New("almanac: not a festival")

func checkYear(y int) error {
	if y < MinYear || y > MaxYear {
		return fmt.Errorf("%w: %d", ErrYearRange, y)
	}
	return nil
}

// Observances returns the days on which f is kept in Gregorian year year,
// in date order: usually one, none or two for a lunar festival near the
// turn of the year (GuruGobindSinghJayanti), two for an Islamic festival
// in the years the Hijri year laps the Gregorian one (Eid ul-Fitr in
// 2000 and 2033). Dates are IST civil days.
//
// The computation takes tens of microseconds and reads no clock or
// global state; it is safe for concurrent use. Callers that ask often
// should cache per year (see [Year]).
func Observances(f Festival, year int) ([]Observance, error) {
	if err := checkYear(year); err != nil {
		return nil, err
	}
	if f == 0 || f >= festivalEnd {
		return nil, fmt.Errorf("%w: %v", ErrFestival, f)
	}
	var out []Observance
	switch {
	case f < MakarSankranti:
		out = lunarObservances(f, year)
	case f < GoodFriday:
		out = []Observance{solarObservance(f, year)}
	case f < EidUlFitr:
		e := easter(year)
		if f == GoodFriday {
			e = e.AddDays(-2)
		}
		out = []Observance{{Festival: f, Date: e}}
	default:
		out = islamicObservances(f, year)
	}
	slices.SortFunc(out, func(a, b Observance) int { return a.Date.Compare(b.Date) })
	return out, nil
}

// Year returns the observances of every Festival in Gregorian year year,
// sorted by date and then by Festival. It is what a caller caches to
// answer many questions about one year.
func Year(year int) ([]Observance, error) {
	if err := checkYear(year); err != nil {
		return nil, err
	}
	var out []Observance
	for f := Festival(1); f < festivalEnd; f++ {
		o, err := Observances(f, year)
		if err != nil {
			return nil, err
		}
		out = append(out, o...)
	}
	slices.SortStableFunc(out, func(a, b Observance) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return int(a.Festival) - int(b.Festival)
	})
	return out, nil
}

// lunarRule picks the civil day of a festival from its tithi s in
// lunation k.
type lunarRule func(k int, s span) (d, alt Date)

type lunarDef struct {
	masa  Masa
	tithi int // 1…30, amanta
	rule  lunarRule
}

var lunarDefs = [...]lunarDef{
	Diwali:                 {Ashvin, 30, byPradosh},
	Dhanteras:              {Ashvin, 28, byPradosh},
	NarakaChaturdashi:      {Ashvin, 29, byUdaya},
	GovardhanPuja:          {Kartika, 1, byFirstMidday},
	BhaiDooj:               {Kartika, 2, byUdayaOrAfternoon},
	Chhath:                 {Kartika, 6, byUdaya},
	DevUthaniEkadashi:      {Kartika, 11, byUdaya},
	GuruNanakJayanti:       {Kartika, 15, byUdaya},
	NavratriStart:          {Ashvin, 1, byUdaya},
	DurgaAshtami:           {Ashvin, 8, byUdaya},
	MahaNavami:             {Ashvin, 9, byUdaya},
	Dussehra:               {Ashvin, 10, byVijayadashami},
	SharadPurnima:          {Ashvin, 15, byPradosh},
	ValmikiJayanti:         {Ashvin, 15, byUdaya},
	KarvaChauth:            {Ashvin, 19, byMoonrise},
	HolikaDahan:            {Phalguna, 15, byHolikaDahan},
	Holi:                   {Phalguna, 15, byHoli},
	MahaShivaratri:         {Magha, 29, byNishitaLast},
	VasantPanchami:         {Magha, 5, byUdaya},
	GuruRavidasJayanti:     {Magha, 15, byUdaya},
	DayanandJayanti:        {Magha, 25, byUdaya},
	GuruGobindSinghJayanti: {Pausha, 7, byUdaya},
	ChaitraNavratri:        {Chaitra, 1, byUdaya},
	RamNavami:              {Chaitra, 9, byMidday},
	MahavirJayanti:         {Chaitra, 13, byUdaya},
	HanumanJayanti:         {Chaitra, 15, byUdaya},
	AkshayaTritiya:         {Vaishakha, 3, byForenoon},
	BuddhaPurnima:          {Vaishakha, 15, byUdaya},
	RathYatra:              {Ashadha, 2, byUdaya},
	GuruPurnima:            {Ashadha, 15, byThreeMuhurtas},
	HariyaliTeej:           {Shravana, 3, byUdaya},
	NagPanchami:            {Shravana, 5, byUdaya},
	RakshaBandhan:          {Shravana, 15, byThreeMuhurtas},
	Janmashtami:            {Shravana, 23, byJanmashtami},
	HartalikaTeej:          {Bhadrapada, 3, byUdaya},
	GaneshChaturthi:        {Bhadrapada, 4, byMidday},
	AnantChaturdashi:       {Bhadrapada, 14, byUdaya},
}

// lunarObservances computes a lunar festival in the lunisolar years that
// can reach Gregorian year y: Chaitra to Pausha of the year beginning in
// the spring of y, and Margashirsha to Phalguna of the one before.
func lunarObservances(f Festival, y int) []Observance {
	def := lunarDefs[f]
	var out []Observance
	for cycle := y - 1; cycle <= y; cycle++ {
		if cycle < y && def.masa < Margashirsha || cycle == y && def.masa > Pausha {
			continue
		}
		k, _ := cycleMonth(def.masa, false, cycle)
		d, alt := def.rule(k, tithiSpan(k, def.tithi))
		if d.Year == y {
			out = append(out, Observance{Festival: f, Date: d, Alt: alt})
		}
	}
	return out
}
