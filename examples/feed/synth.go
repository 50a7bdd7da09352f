package main

import (
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// synthCountry is a country the synthetic timeline draws from.
type synthCountry struct {
	code, zone string
	city       timeline.Text
	leader     timeline.Text
	title      timeline.Text
}

var synthCountries = []synthCountry{
	{"RU", "Europe/Moscow", timeline.Text{Hi: "मॉस्को", En: "Moscow"}, timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, timeline.Text{Hi: "राष्ट्रपति", En: "President of Russia"}},
	{"IN", "Asia/Kolkata", timeline.Text{Hi: "नई दिल्ली", En: "New Delhi"}, timeline.Text{Hi: "नरेंद्र मोदी", En: "Narendra Modi"}, timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of India"}},
	{"US", "America/New_York", timeline.Text{Hi: "वॉशिंगटन", En: "Washington"}, timeline.Text{Hi: "अमेरिकी विदेश मंत्री", En: "US Secretary of State"}, timeline.Text{Hi: "विदेश मंत्री", En: "Secretary of State"}},
	{"QA", "Asia/Qatar", timeline.Text{Hi: "दोहा", En: "Doha"}, timeline.Text{Hi: "शेख मोहम्मद बिन अब्दुलरहमान अल सानी", En: "Sheikh Mohammed bin Abdulrahman Al Thani"}, timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of Qatar"}},
	{"MN", "Asia/Ulaanbaatar", timeline.Text{Hi: "उलानबातर", En: "Ulaanbaatar"}, timeline.Text{Hi: "गोंबोजाविन ज़ंडानशातर", En: "Gombojavyn Zandanshatar"}, timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of Mongolia"}},
	{"JP", "Asia/Tokyo", timeline.Text{Hi: "टोक्यो", En: "Tokyo"}, timeline.Text{Hi: "जापान के विदेश मंत्री", En: "Foreign Minister of Japan"}, timeline.Text{Hi: "विदेश मंत्री", En: "Foreign Minister"}},
}

var synthKinds = []timeline.Kind{timeline.BilateralMeeting, timeline.Summit, timeline.Visit, timeline.PhoneCall, timeline.MultilateralMeeting, timeline.Statement}

var synthStatuses = []timeline.Status{timeline.Held, timeline.Confirmed, timeline.Announced, timeline.Proposed, timeline.Held, timeline.Cancelled}

// synthetic returns a deterministic timeline of n events, one a day from
// 1 January 2025, for load tests: India's External Affairs Minister meets
// the leaders of six countries in turn, in Hindi and English, some at a
// time of day and some on a day, with sources and status histories. Its
// iCalendar form is about 1 KB per event in English (-lang en: 1 000
// events make 0.97 MB) and 1.2 KB in Hindi.
func synthetic(n int) *timeline.Timeline {
	t := &timeline.Timeline{
		Title:       timeline.Text{Hi: "राजनयिक कैलेंडर (परीक्षण)", En: "Diplomatic calendar (load test)"},
		Description: timeline.Text{Hi: "लोड परीक्षण के लिए बनाई गई घटनाएं।", En: "Events made up for a load test."},
	}
	start := date.Of(2025, time.January, 1)
	jaishankar := timeline.Participant{
		Name:    timeline.Text{Hi: "एस. जयशंकर", En: "S. Jaishankar"},
		Title:   timeline.Text{Hi: "विदेश मंत्री", En: "External Affairs Minister"},
		Country: "IN", Role: timeline.Guest,
	}
	for i := range n {
		c := synthCountries[i%len(synthCountries)]
		kind := synthKinds[i%len(synthKinds)]
		status := synthStatuses[(i/len(synthKinds))%len(synthStatuses)]
		day := start.AddDays(i)
		reported := day.AddDays(-3)
		when := date.OnDay(day).WithZone(c.zone)
		if i%3 == 0 {
			when = date.AtClock(day, 10+i%8, 30, c.zone)
		}
		src := timeline.Source{ID: "wire", Outlet: "Wire service", Reported: reported}
		history := []timeline.StatusChange{{Status: status, On: reported, Source: "wire"}}
		participants := []timeline.Participant{{Name: c.leader, Title: c.title, Country: c.code, Role: timeline.Host}}
		var desc timeline.Text
		if i%8 == 0 {
			// Every eighth event has the fuller record of an edited one.
			src.URL = fmt.Sprintf("https://news.example/wire/%d", i)
			src.Attribution = timeline.Text{Hi: "समाचार एजेंसी के अनुसार", En: "according to a wire service"}
			if status != timeline.Announced {
				history = append([]timeline.StatusChange{{Status: timeline.Announced, On: reported.AddDays(-7), Source: "wire"}}, history...)
			}
			participants = append(participants, jaishankar)
			desc = timeline.Text{
				Hi: "द्विपक्षीय संबंधों, व्यापार, निवेश, ऊर्जा सहयोग और क्षेत्रीय स्थिति पर विस्तृत चर्चा हुई।",
				En: "Detailed talks on bilateral ties, trade, investment, energy cooperation and the regional situation.",
			}
		}
		t.Events = append(t.Events, timeline.Event{
			ID:   fmt.Sprintf("%s-synthetic-%05d", day, i),
			Kind: kind,
			Title: timeline.Text{
				Hi: fmt.Sprintf("%s में जयशंकर–%s बैठक (%d)", c.city.Hi, c.leader.Hi, i),
				En: fmt.Sprintf("Jaishankar meets %s in %s (%d)", c.leader.En, c.city.En, i),
			},
			Description:  desc,
			When:         when,
			Place:        timeline.Place{City: c.city, Country: c.code, TimeZone: c.zone},
			Participants: participants,
			History:      history,
			Sources:      []timeline.Source{src},
		})
	}
	t.Sort()
	return t
}
