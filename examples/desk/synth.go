package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/samayrekha/samayrekha/internal/atomicfile"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

// synthCommand writes synthetic stories for load tests and figures:
//
//	desk synth -out DIR -stories 1000 -events 100
func synthCommand(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("desk synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "folder to write the stories to (required; created if missing)")
	stories := fs.Int("stories", 1000, "number of stories")
	events := fs.Int("events", 100, "events per story")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Sprintf("unexpected arguments %q", fs.Args())}
	case *out == "":
		return usageError{"-out: want the folder to write the stories to"}
	case *stories <= 0 || *events <= 0:
		return usageError{"-stories and -events: want positive numbers"}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	mod := time.Date(2025, time.December, 1, 12, 0, 0, 0, time.UTC)
	for i := range *stories {
		b, err := timeline.Marshal(synthStory(i, *events))
		if err != nil {
			return err
		}
		// Distinct modification times, one minute apart, so that the
		// index's order and the Last-Modified headers are realistic.
		if err := atomicfile.WriteFile(filepath.Join(*out, synthSlug(i)+".json"), b, 0o644, mod.Add(time.Duration(i)*time.Minute)); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "wrote %d stories of %d events to %s\n", *stories, *events, *out)
	return nil
}

func synthSlug(i int) string { return fmt.Sprintf("story-%04d", i) }

type synthCountry struct {
	code, zone string
	city       timeline.Text
	leader     timeline.Text
	title      timeline.Text
}

var synthCountries = []synthCountry{
	{"RU", "Europe/Moscow", timeline.Text{Hi: "मॉस्को", En: "Moscow"}, timeline.Text{Hi: "व्लादिमीर पुतिन", En: "Vladimir Putin"}, timeline.Text{Hi: "राष्ट्रपति", En: "President of Russia"}},
	{"US", "America/New_York", timeline.Text{Hi: "वॉशिंगटन", En: "Washington"}, timeline.Text{Hi: "अमेरिकी विदेश मंत्री", En: "US Secretary of State"}, timeline.Text{Hi: "विदेश मंत्री", En: "Secretary of State"}},
	{"QA", "Asia/Qatar", timeline.Text{Hi: "दोहा", En: "Doha"}, timeline.Text{Hi: "क़तर के प्रधानमंत्री", En: "Prime Minister of Qatar"}, timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of Qatar"}},
	{"MN", "Asia/Ulaanbaatar", timeline.Text{Hi: "उलानबातर", En: "Ulaanbaatar"}, timeline.Text{Hi: "मंगोलिया के प्रधानमंत्री", En: "Prime Minister of Mongolia"}, timeline.Text{Hi: "प्रधानमंत्री", En: "Prime Minister of Mongolia"}},
	{"JP", "Asia/Tokyo", timeline.Text{Hi: "टोक्यो", En: "Tokyo"}, timeline.Text{Hi: "जापान के विदेश मंत्री", En: "Foreign Minister of Japan"}, timeline.Text{Hi: "विदेश मंत्री", En: "Foreign Minister"}},
	{"FR", "Europe/Paris", timeline.Text{Hi: "पेरिस", En: "Paris"}, timeline.Text{Hi: "फ़्रांस के विदेश मंत्री", En: "Foreign Minister of France"}, timeline.Text{Hi: "विदेश मंत्री", En: "Foreign Minister"}},
}

var synthKinds = []timeline.Kind{timeline.BilateralMeeting, timeline.Summit, timeline.Visit, timeline.PhoneCall, timeline.MultilateralMeeting, timeline.Statement}

var synthStatuses = []timeline.Status{timeline.Held, timeline.Confirmed, timeline.Announced, timeline.Proposed, timeline.Held, timeline.Cancelled}

// synthStory returns story i of a synthetic desk: n events of India's
// External Affairs Minister with one country's leaders, one every three
// days from a start that moves with i, in Hindi and English, some at a
// time of day and some on a day, with sources and status histories. It
// is made up for load tests; its text says so.
func synthStory(i, n int) *timeline.Timeline {
	c := synthCountries[i%len(synthCountries)]
	t := &timeline.Timeline{
		Title:       timeline.Text{Hi: fmt.Sprintf("भारत और %s: परीक्षण ख़बर %d", timeline.CountryName(c.code, timeline.Hindi), i), En: fmt.Sprintf("India and %s: test story %d", timeline.CountryName(c.code, timeline.English), i)},
		Description: timeline.Text{Hi: "लोड परीक्षण के लिए बनाई गई घटनाएँ।", En: "Events made up for a load test."},
	}
	start := date.Of(2024, time.January, 1).AddDays(i % 365)
	jaishankar := timeline.Participant{
		Name:    timeline.Text{Hi: "एस. जयशंकर", En: "S. Jaishankar"},
		Title:   timeline.Text{Hi: "विदेश मंत्री", En: "External Affairs Minister"},
		Country: "IN", Role: timeline.Guest,
	}
	for j := range n {
		kind := synthKinds[(i+j)%len(synthKinds)]
		status := synthStatuses[(j/len(synthKinds))%len(synthStatuses)]
		day := start.AddDays(3 * j)
		reported := day.AddDays(-3)
		when := date.OnDay(day).WithZone(c.zone)
		if j%3 == 0 {
			when = date.AtClock(day, 10+j%8, 30, c.zone)
		}
		src := timeline.Source{ID: "wire", Outlet: "Wire service", Reported: reported}
		history := []timeline.StatusChange{{Status: status, On: reported, Source: "wire"}}
		participants := []timeline.Participant{{Name: c.leader, Title: c.title, Country: c.code, Role: timeline.Host}}
		var desc timeline.Text
		if j%8 == 0 {
			src.URL = fmt.Sprintf("https://news.example/wire/%d/%d", i, j)
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
			ID:   fmt.Sprintf("%s-s%04d-e%03d", day, i, j),
			Kind: kind,
			Title: timeline.Text{
				Hi: fmt.Sprintf("%s में जयशंकर–%s बैठक (%d/%d)", c.city.Hi, c.leader.Hi, i, j),
				En: fmt.Sprintf("Jaishankar meets %s in %s (%d/%d)", c.leader.En, c.city.En, i, j),
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
