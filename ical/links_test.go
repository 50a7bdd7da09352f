package ical_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/samayrekha/samayrekha/ical"
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
	// ical: query parameter "kind"="sumit": not a kind of event; accepted: bilateral_meeting, summit, multilateral_meeting, visit, sideline_meeting, phone_call, statement, or a newsroom's own kind starting with "x-"
}

func TestSubscriptionLinks(t *testing.T) {
	good := map[string]struct{ in, webcal, https string }{
		"https":          {"https://news.example/calendar.ics", "webcal://news.example/calendar.ics", "https://news.example/calendar.ics"},
		"http":           {"http://127.0.0.1:8080/calendar.ics", "webcal://127.0.0.1:8080/calendar.ics", "https://127.0.0.1:8080/calendar.ics"},
		"webcal":         {"webcal://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"upper scheme":   {"HTTPS://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"webcals":        {"webcals://news.example/c.ics", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"query kept":     {"https://news.example/c.ics?participant=%E0%A4%AA&lang=hi", "webcal://news.example/c.ics?participant=%E0%A4%AA&lang=hi", "https://news.example/c.ics?participant=%E0%A4%AA&lang=hi"},
		"fragment gone":  {"https://news.example/c.ics#top", "webcal://news.example/c.ics", "https://news.example/c.ics"},
		"no path":        {"https://news.example", "webcal://news.example/", "https://news.example/"},
		"escaped path":   {"https://news.example/%E0%A4%95/c.ics", "webcal://news.example/%E0%A4%95/c.ics", "https://news.example/%E0%A4%95/c.ics"},
		"IPv6 with port": {"http://[::1]:8080/c.ics", "webcal://[::1]:8080/c.ics", "https://[::1]:8080/c.ics"},
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
