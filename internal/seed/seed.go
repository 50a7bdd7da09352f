// Package seed holds the timeline of the project's seed article
// (shared/seed/article-hi.txt: S. Jaishankar meets Vladimir Putin in Moscow
// on 18 November 2025), as an editor would enter it. The examples and the
// tests of several packages share it; it is internal so that nothing outside
// the module depends on its content.
package seed

import (
	_ "embed"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// Article is the seed article itself, a copy of shared/seed/article-hi.txt
// kept here so that tests do not depend on a folder outside the module
// (TestArticleIsTheSharedSeed checks the copy).
//
//go:embed article-hi.txt
var Article string

// Dateline is when the seed article was written: Tuesday 18 November 2025,
// in the evening in India.
var Dateline = time.Date(2025, time.November, 18, 20, 0, 0, 0, mustZone("Asia/Kolkata"))

func mustZone(name string) *time.Location {
	loc, err := date.LoadZone(name)
	if err != nil {
		panic(err) // only if the binary lacks zone data; seed is never used with user input
	}
	return loc
}

// The event IDs of the seed timeline.
const (
	MeetingID     = "2025-11-18-jaishankar-putin-moscow"
	LavrovID      = "2025-11-jaishankar-lavrov-moscow"
	SCOID         = "2025-11-sco-heads-of-government-moscow"
	MongoliaID    = "2025-11-jaishankar-zandanshatar-sco"
	QatarID       = "2025-11-jaishankar-al-thani-sco"
	SummitID      = "2025-12-india-russia-annual-summit"
	PutinVisitID  = "2025-12-putin-visit-india"
	reportedDay   = 18
	reportedMonth = time.November
)

// Timeline returns a fresh copy of the seed article's timeline, sorted.
func Timeline() *timeline.Timeline {
	day := date.Of(2025, time.November, 18)
	reported := date.Of(2025, reportedMonth, reportedDay)

	jaishankar := func(role timeline.Role) timeline.Participant {
		return timeline.Participant{
			Name:    timeline.Text{Hi: "एस. जयशंकर", En: "S. Jaishankar"},
			Title:   timeline.Text{Hi: "विदेश मंत्री", En: "External Affairs Minister"},
			Country: "IN", Role: role,
		}
	}
	moscow := timeline.Text{Hi: "मॉस्को", En: "Moscow"}
	moscowCoords := &timeline.Coordinates{Lat: 55.7520, Lon: 37.6175}

	reports := timeline.Source{
		ID: "reports", Outlet: "Media reports", Reported: reported,
		Attribution: timeline.Text{Hi: "रिपोर्ट्स के अनुसार", En: "according to reports"},
	}
	tass := timeline.Source{
		ID: "tass", Outlet: "TASS", URL: "https://tass.com/", Reported: reported,
		Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"},
	}
	kremlin := timeline.Source{
		ID: "kremlin-video", Outlet: "Kremlin", URL: "http://en.kremlin.ru/", Reported: reported,
		Attribution: timeline.Text{Hi: "क्रेमलिन द्वारा जारी एक वीडियो में", En: "in a video released by the Kremlin"},
	}
	jaishankarPost := timeline.Source{
		ID: "jaishankar-post", Outlet: "S. Jaishankar on social media", Reported: reported,
		Attribution: timeline.Text{Hi: "जयशंकर ने सोशल मीडिया पर लिखा", En: "Jaishankar wrote on social media"},
	}
	article := timeline.Source{
		ID: "article", Outlet: "Newsroom report", Reported: reported,
		Attribution: timeline.Text{Hi: "लेख के अनुसार", En: "according to the article"},
	}
	held := func(src string) []timeline.StatusChange {
		return []timeline.StatusChange{{Status: timeline.Held, On: reported, Source: src}}
	}
	// The article reports both sideline meetings of the SCO meeting in one
	// sentence: same month, place, topics and source.
	sideline := func(id string, title timeline.Text, counterpart timeline.Participant) timeline.Event {
		return timeline.Event{
			ID: id, Kind: timeline.SidelineMeeting, Title: title,
			Description: timeline.Text{
				Hi: "व्यापार, निवेश, सांस्कृतिक आदान-प्रदान और क्षेत्रीय स्थिरता पर चर्चा।",
				En: "Talks on trade, investment, cultural exchange and regional stability.",
			},
			When:         date.InMonth(2025, time.November).WithZone("Europe/Moscow"),
			Place:        timeline.Place{City: moscow, Country: "RU", TimeZone: "Europe/Moscow"},
			Participants: []timeline.Participant{jaishankar(timeline.Guest), counterpart},
			History:      held("article"),
			Sources:      []timeline.Source{article},
			PartOf:       SCOID,
		}
	}

	t := &timeline.Timeline{
		Title: timeline.Text{
			Hi: "जयशंकर की मॉस्को यात्रा और पुतिन का प्रस्तावित भारत दौरा",
			En: "Jaishankar in Moscow and Putin's proposed visit to India",
		},
		Description: timeline.Text{
			Hi: "नवंबर 2025 में विदेश मंत्री एस. जयशंकर की मॉस्को यात्रा, एससीओ शासनाध्यक्षों की बैठक और भारत-रूस वार्षिक शिखर सम्मेलन की तैयारी।",
			En: "External Affairs Minister S. Jaishankar's visit to Moscow in November 2025, the SCO Heads of Government meeting and the run-up to the India–Russia annual summit.",
		},
		Events: []timeline.Event{
			{
				ID:   MeetingID,
				Kind: timeline.BilateralMeeting,
				Title: timeline.Text{
					Hi: "मॉस्को में जयशंकर–पुतिन मुलाकात",
					En: "Jaishankar meets Putin in Moscow",
				},
				Description: timeline.Text{
					Hi: "विदेश मंत्री एस. जयशंकर ने क्रेमलिन स्थित सीनेट पैलेस में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की, प्रधानमंत्री नरेंद्र मोदी का अभिवादन प्रेषित किया और वार्षिक शिखर सम्मेलन की तैयारियों से अवगत कराया। द्विपक्षीय संबंधों, वैश्विक मुद्दों और क्षेत्रीय स्थिति पर चर्चा हुई।",
					En: "External Affairs Minister S. Jaishankar met President Vladimir Putin at the Senate Palace in the Kremlin, conveyed Prime Minister Narendra Modi's greetings and briefed him on preparations for the annual summit. They discussed bilateral ties, global issues and the regional situation.",
				},
				When: date.OnDay(day).WithZone("Europe/Moscow"),
				Place: timeline.Place{
					Venue:   timeline.Text{Hi: "सीनेट पैलेस, क्रेमलिन", En: "Senate Palace, Kremlin"},
					City:    moscow,
					Country: "RU", Coords: moscowCoords, TimeZone: "Europe/Moscow",
				},
				Participants: []timeline.Participant{
					{Name: timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, Title: timeline.Text{Hi: "राष्ट्रपति", En: "President of Russia"}, Country: "RU", Role: timeline.Host},
					jaishankar(timeline.Guest),
					{Name: timeline.Text{Hi: "विनय कुमार", En: "Vinay Kumar"}, Title: timeline.Text{Hi: "रूस में भारत के राजदूत", En: "Ambassador of India to Russia"}, Country: "IN", Role: timeline.Attendee},
					{Name: timeline.Text{Hi: "मयंक सिंह", En: "Mayank Singh"}, Title: timeline.Text{Hi: "संयुक्त सचिव", En: "Joint Secretary"}, Country: "IN", Role: timeline.Attendee},
				},
				History: held("tass"),
				Sources: []timeline.Source{tass, kremlin, jaishankarPost},
				Related: []string{SummitID},
			},
			{
				ID:    LavrovID,
				Kind:  timeline.BilateralMeeting,
				Title: timeline.Text{Hi: "जयशंकर–लावरोव बैठक", En: "Jaishankar holds talks with Lavrov"},
				Description: timeline.Text{
					Hi: "जयशंकर ने पुतिन से मुलाकात से पहले अपने रूसी समकक्ष सर्गेई लावरोव के साथ विस्तृत बैठक की।",
					En: "Before meeting Putin, Jaishankar held detailed talks with his Russian counterpart Sergey Lavrov.",
				},
				When:  date.Before(day).WithZone("Europe/Moscow"),
				Place: timeline.Place{City: moscow, Country: "RU", TimeZone: "Europe/Moscow"},
				Participants: []timeline.Participant{
					{Name: timeline.Text{Hi: "सर्गेई लावरोव", En: "Sergey Lavrov"}, Title: timeline.Text{Hi: "रूस के विदेश मंत्री", En: "Foreign Minister of Russia"}, Country: "RU", Role: timeline.Host},
					jaishankar(timeline.Guest),
				},
				History: held("article"),
				Sources: []timeline.Source{article},
				Related: []string{MeetingID},
			},
			{
				ID:   SCOID,
				Kind: timeline.MultilateralMeeting,
				Title: timeline.Text{
					Hi: "एससीओ शासनाध्यक्ष परिषद की बैठक, मॉस्को",
					En: "SCO Council of Heads of Government meeting, Moscow",
				},
				Description: timeline.Text{
					Hi: "शंघाई सहयोग संगठन के सदस्य देशों के शासनाध्यक्षों की बैठक, जिसकी मेजबानी रूसी प्रधानमंत्री मिखाइल मिशुस्तिन ने की। लेख इसकी तारीख नहीं बताता।",
					En: "Meeting of the heads of government of the Shanghai Cooperation Organisation, hosted by Russian Prime Minister Mikhail Mishustin. The article does not give its date.",
				},
				When:  date.InMonth(2025, time.November).WithZone("Europe/Moscow"),
				Place: timeline.Place{City: moscow, Country: "RU", Coords: moscowCoords, TimeZone: "Europe/Moscow"},
				Participants: []timeline.Participant{
					{Name: timeline.Text{Hi: "मिखाइल मिशुस्तिन", En: "Mikhail Mishustin"}, Title: timeline.Text{Hi: "रूस के प्रधानमंत्री", En: "Prime Minister of Russia"}, Country: "RU", Role: timeline.Chair},
					jaishankar(timeline.Attendee),
					{Name: timeline.Text{Hi: "मोहम्मद रेज़ा अरेफ", En: "Mohammad Reza Aref"}, Title: timeline.Text{Hi: "ईरान के उपराष्ट्रपति", En: "Vice President of Iran"}, Country: "IR", Role: timeline.Attendee},
					{Name: timeline.Text{Hi: "अलेक्जेंडर तुर्चिन", En: "Alexander Turchin"}, Title: timeline.Text{Hi: "बेलारूस के प्रधानमंत्री", En: "Prime Minister of Belarus"}, Country: "BY", Role: timeline.Attendee},
					{Title: timeline.Text{Hi: "कजाकिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Kazakhstan"}, Country: "KZ", Role: timeline.Attendee},
					{Title: timeline.Text{Hi: "किर्गिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Kyrgyzstan"}, Country: "KG", Role: timeline.Attendee},
					{Title: timeline.Text{Hi: "ताजिकिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Tajikistan"}, Country: "TJ", Role: timeline.Attendee},
					{Title: timeline.Text{Hi: "उज्बेकिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Uzbekistan"}, Country: "UZ", Role: timeline.Attendee},
					{Title: timeline.Text{Hi: "पाकिस्तान के वरिष्ठ प्रतिनिधि", En: "Senior representative of Pakistan"}, Country: "PK", Role: timeline.Attendee},
				},
				History: held("article"),
				Sources: []timeline.Source{article},
			},
			sideline(MongoliaID,
				timeline.Text{Hi: "जयशंकर–ज़ंडानशातर मुलाकात (एससीओ बैठक के दौरान)", En: "Jaishankar meets Mongolian PM Zandanshatar on the SCO sidelines"},
				timeline.Participant{Name: timeline.Text{Hi: "गोंबोजाविन ज़ंडानशातर", En: "Gombojavyn Zandanshatar"}, Title: timeline.Text{Hi: "मंगोलिया के प्रधानमंत्री", En: "Prime Minister of Mongolia"}, Country: "MN", Role: timeline.Guest}),
			sideline(QatarID,
				timeline.Text{Hi: "जयशंकर–अल सानी मुलाकात (एससीओ बैठक के दौरान)", En: "Jaishankar meets Qatar's PM Al Thani on the SCO sidelines"},
				timeline.Participant{Name: timeline.Text{Hi: "शेख मोहम्मद बिन अब्दुलरहमान अल सानी", En: "Sheikh Mohammed bin Abdulrahman Al Thani"}, Title: timeline.Text{Hi: "कतर के प्रधानमंत्री एवं विदेश मंत्री", En: "Prime Minister and Foreign Minister of Qatar"}, Country: "QA", Role: timeline.Guest}),
			{
				ID:    SummitID,
				Kind:  timeline.Summit,
				Title: timeline.Text{Hi: "भारत-रूस वार्षिक शिखर सम्मेलन", En: "India–Russia annual summit"},
				Description: timeline.Text{
					Hi: "जयशंकर की मॉस्को यात्रा को इसी शिखर सम्मेलन की तैयारी के सिलसिले में अहम माना जा रहा है।",
					En: "Jaishankar's Moscow visit is seen as important to the preparations for this summit.",
				},
				When:  date.InMonth(2025, time.December).WithZone("Asia/Kolkata"),
				Place: timeline.Place{Country: "IN", TimeZone: "Asia/Kolkata"},
				Participants: []timeline.Participant{
					{Name: timeline.Text{Hi: "नरेंद्र मोदी", En: "Narendra Modi"}, Title: timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of India"}, Country: "IN", Role: timeline.Host},
					{Name: timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, Title: timeline.Text{Hi: "राष्ट्रपति", En: "President of Russia"}, Country: "RU", Role: timeline.Guest},
				},
				History: []timeline.StatusChange{{Status: timeline.Announced, On: reported, Source: "jaishankar-post"}},
				Sources: []timeline.Source{jaishankarPost},
				Related: []string{MeetingID},
			},
			{
				ID:    PutinVisitID,
				Kind:  timeline.Visit,
				Title: timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
				Description: timeline.Text{
					Hi: "माना जा रहा है कि रूसी राष्ट्रपति आगामी दिसंबर में भारत की यात्रा करेंगे; रिपोर्ट्स के अनुसार दौरा 5 दिसंबर के आसपास प्रस्तावित है।",
					En: "The Russian president is expected to travel to India in December; according to reports the visit is proposed for around 5 December.",
				},
				When:  date.AroundDay(date.Of(2025, time.December, 5), 2).WithZone("Asia/Kolkata"),
				Place: timeline.Place{Country: "IN", TimeZone: "Asia/Kolkata"},
				Participants: []timeline.Participant{
					{Name: timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, Title: timeline.Text{Hi: "राष्ट्रपति", En: "President of Russia"}, Country: "RU", Role: timeline.Guest},
				},
				History: []timeline.StatusChange{{Status: timeline.Proposed, On: reported, Source: "reports"}},
				Sources: []timeline.Source{reports},
				PartOf:  SummitID,
			},
		},
	}
	t.Sort()
	return t
}

// Story is the seed as the story moved on: the visit proposed on 18
// November is confirmed by TASS on 25 November and rescheduled to 4
// December on 1 December; a phone call reported on 25 November is added.
func Story() *timeline.Timeline {
	tl := Timeline()
	v := tl.Event(PutinVisitID)
	v.Sources = append(v.Sources,
		timeline.Source{ID: "tass", Outlet: "TASS", Reported: date.Of(2025, 11, 25), Attribution: timeline.Text{Hi: "TASS के अनुसार", En: "according to TASS"}},
		timeline.Source{ID: "mea", Outlet: "Ministry of External Affairs", Reported: date.Of(2025, 12, 1), Attribution: timeline.Text{Hi: "विदेश मंत्रालय के अनुसार", En: "according to the MEA"}},
	)
	v.History = append(v.History,
		timeline.StatusChange{Status: timeline.Confirmed, On: date.Of(2025, 11, 25), Source: "tass"},
		timeline.StatusChange{Status: timeline.Rescheduled, On: date.Of(2025, 12, 1), Source: "mea", Previous: v.When,
			Note: timeline.Text{Hi: "मेज़बान के कार्यक्रम के कारण", En: "over the host's schedule"}},
	)
	v.When = date.OnDay(date.Of(2025, 12, 4)).WithZone("Asia/Kolkata")
	tl.Events = append(tl.Events, timeline.Event{
		ID: "2025-11-24-modi-putin-call", Kind: timeline.PhoneCall,
		Title:   timeline.Text{Hi: "मोदी–पुतिन फ़ोन वार्ता", En: "Modi–Putin phone call"},
		When:    date.OnDay(date.Of(2025, 11, 24)),
		History: []timeline.StatusChange{{Status: timeline.Held, On: date.Of(2025, 11, 25), Source: "mea"}},
		Sources: []timeline.Source{{ID: "mea", Outlet: "Ministry of External Affairs", Reported: date.Of(2025, 11, 25)}},
		Related: []string{PutinVisitID},
	})
	tl.Event(PutinVisitID).Related = []string{"2025-11-24-modi-putin-call"}
	tl.Sort()
	return tl
}
