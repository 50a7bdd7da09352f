package ical_test

import (
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
)

func ExampleSubscriptionLinks() {
	links, err := ical.SubscriptionLinks("https://news.example/diplomacy/calendar.ics?country=RU&kind=summit")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(links.Webcal)
	fmt.Println(links.HTTPS)

	_, err = ical.SubscriptionLinks("news.example/calendar.ics")
	fmt.Println(err)
	// Output:
	// webcal://news.example/diplomacy/calendar.ics?country=RU&kind=summit
	// https://news.example/diplomacy/calendar.ics?country=RU&kind=summit
	// ical: subscription links for "news.example/calendar.ics": not an absolute URL (want https://host/path)
}

func ExampleParseFeedQuery() {
	q, err := ical.ParseFeedQuery("kind=Summit&country=ru&from=2025-11-01")
	fmt.Println(q.Encode(), err)

	_, err = ical.ParseFeedQuery("kind=sumit")
	fmt.Println(err)
	// Output:
	// country=RU&kind=summit&from=2025-11-01 <nil>
	// ical: query parameter "kind"="sumit": not a kind of event; accepted: bilateral_meeting, summit, multilateral_meeting, visit, sideline_meeting, phone_call, statement, agreement_signing, press_conference, or a newsroom's own kind starting with "x-"
}

func TestSubscriptionLinks(t *testing.T) {
	good := map[string]struct{ in, webcal, https string }{
		"https":          {"https://news.example/calendar.ics", "webcal://news.example/calendar.ics", "https://news.example/calendar.ics"},
		"http":           {"http://127.0.0.1:8080/calendar.ics", "webcal://127.0.0.1:8080/calendar.ics", "http://127.0.0.1:8080/calendar.ics"},
		"upper http":     {"HTTP://127.0.0.1:8080/c.ics", "webcal://127.0.0.1:8080/c.ics", "http://127.0.0.1:8080/c.ics"},
		"webcal":         {"webcal://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"upper scheme":   {"HTTPS://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"webcals":        {"webcals://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"query kept":     {"https://news.example/c.ics?participant=%E0%A4%AA&lang=hi", "webcal://news.example/c.ics?participant=%E0%A4%AA&lang=hi", "https://news.example/c.ics?participant=%E0%A4%AA&lang=hi"},
		"fragment gone":  {"https://news.example/c.ics#top", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"no path":        {"https://news.example", "webcal://news.example/", "https://news.example/"},
		"escaped path":   {"https://news.example/%E0%A4%95/c.ics", "webcal://news.example/%E0%A4%95/c.ics", "https://news.example/%E0%A4%95/c.ics"},
		"IPv6 with port": {"http://[::1]:8080/c.ics", "webcal://[::1]:8080/c.ics", "http://[::1]:8080/c.ics"},
	}
	for name, tc := range good {
		t.Run(name, func(t *testing.T) {
			got, err := ical.SubscriptionLinks(tc.in)
			if err != nil {
				t.Fatalf("SubscriptionLinks(%q): %v", tc.in, err)
			}
			if got.Webcal != tc.webcal || got.HTTPS != tc.https {
				t.Errorf("SubscriptionLinks(%q) = %+v, want {Webcal:%s HTTPS:%s}", tc.in, got, tc.webcal, tc.https)
			}
		})
	}
	bad := map[string]struct{ in, says string }{
		"relative":    {"/calendar.ics", "not an absolute URL"},
		"no scheme":   {"news.example/c.ics", "not an absolute URL"},
		"ftp":         {"ftp://news.example/c.ics", `scheme "ftp"`},
		"mailto":      {"mailto:desk@news.example", `scheme "mailto"`},
		"no host":     {"https:///c.ics", "no host"},
		"credentials": {"https://editor:secret@news.example/c.ics", "user name or password"},
		"unparsable":  {"https://news.example/%zz", "invalid URL escape"},
		"empty":       {"", "not an absolute URL"},
	}
	for name, tc := range bad {
		t.Run(name, func(t *testing.T) {
			got, err := ical.SubscriptionLinks(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.says) {
				t.Fatalf("SubscriptionLinks(%q) = %+v, %v; want an error saying %q", tc.in, got, err, tc.says)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Errorf("SubscriptionLinks(%q): the error %q repeats the password", tc.in, err)
			}
		})
	}
}

func ExampleFeed() {
	tl := &timeline.Timeline{
		Title: timeline.Text{Hi: "भारत-रूस", En: "India and Russia"},
		Events: []timeline.Event{{
			ID: "2025-12-india-russia-summit", Kind: timeline.Summit,
			Title: timeline.Text{Hi: "भारत-रूस वार्षिक शिखर सम्मेलन", En: "India–Russia annual summit"},
			When:  date.InMonth(2025, time.December).WithZone("Asia/Kolkata"),
			Place: timeline.Place{Country: "IN", TimeZone: "Asia/Kolkata"},
			Participants: []timeline.Participant{
				{Name: timeline.Text{En: "Vladimir Putin"}, Country: "RU", Role: timeline.Guest},
			},
			History: []timeline.StatusChange{{Status: timeline.Announced, On: date.Of(2025, time.November, 18)}},
		}},
	}
	published := time.Date(2025, time.November, 18, 15, 30, 0, 0, time.UTC)
	feed, err := ical.NewFeed(tl, published, &ical.FeedOptions{Calendar: ical.Options{Lang: timeline.English}})
	if err != nil {
		fmt.Println(err)
		return
	}
	// In a server: http.Handle("/calendar.ics", feed).
	get := func(target string, header ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", target, nil)
		for i := 0; i+1 < len(header); i += 2 {
			r.Header.Set(header[i], header[i+1])
		}
		w := httptest.NewRecorder()
		feed.ServeHTTP(w, r)
		return w
	}

	w := get("/calendar.ics?country=RU&kind=summit")
	fmt.Println(w.Code, w.Header().Get("Content-Type"))
	fmt.Println(w.Header().Get("Content-Disposition"))
	fmt.Println(w.Header().Get("Last-Modified"))

	// A calendar program polls again with the ETag it got.
	w = get("/calendar.ics?country=RU&kind=summit", "If-None-Match", w.Header().Get("Etag"))
	fmt.Println(w.Code, w.Body.Len())

	// A mistyped filter says what is accepted.
	w = get("/calendar.ics?kind=sumit")
	msg, accepted, _ := strings.Cut(w.Body.String(), "; accepted: ")
	fmt.Println(w.Code, msg)
	fmt.Println("accepted:", accepted[:strings.Index(accepted, ",")], "…")
	// Output:
	// 200 text/calendar; charset=utf-8
	// attachment; filename=calendar-ru-summit.ics
	// Tue, 18 Nov 2025 15:30:00 GMT
	// 304 0
	// 400 ical: query parameter "kind"="sumit": not a kind of event
	// accepted: bilateral_meeting …
}
