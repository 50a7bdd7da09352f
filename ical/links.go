package ical

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// Links are the two addresses a reader can subscribe to a feed with.
// Calendar programs poll the feed behind either for as long as the
// subscription lasts, so both name the same feed, filters included.
type Links struct {
	// Webcal is the feed's address with the webcal scheme
	// ("webcal://news.example/calendar.ics?country=RU"). Clicking it opens
	// the subscribe dialog of the reader's calendar program (Apple Calendar,
	// Outlook, Thunderbird); the program then fetches it over HTTPS or HTTP.
	Webcal string
	// HTTPS is the web link: the same address with the feed's own scheme,
	// https for an https feed and http for an http one (webcal and
	// webcals feeds get https), for programs that ask for a calendar's
	// address ("From URL" in Google Calendar) and for a browser that
	// should download the file once. Despite its name it is an http://
	// link when the feed is served over plain HTTP, since an https link
	// to a server that speaks no TLS cannot work.
	HTTPS string
}

// SubscriptionLinks returns the subscription links for the feed at feedURL,
// an absolute http, https, webcal or webcals URL. The path and query (the
// feed's filters) are kept as they are; a fragment is dropped, since it is
// never sent to the server. It fails on a relative URL, another scheme,
// a missing host, or a URL with a user name or password (a link that is
// meant to be shared must not carry credentials).
func SubscriptionLinks(feedURL string) (Links, error) {
	u, err := url.Parse(feedURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) && !strings.Contains(feedURL, "@") {
			err = ue.Err // the message quotes feedURL itself
		} else if ue != nil {
			return Links{}, fmt.Errorf("ical: subscription links: not a valid URL: %w", ue.Err) // may hold a password
		}
		return Links{}, fmt.Errorf("ical: subscription links for %q: %w", feedURL, err)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "webcal", "webcals":
	case "":
		return Links{}, fmt.Errorf("ical: subscription links for %q: not an absolute URL (want https://host/path)", feedURL)
	default:
		return Links{}, fmt.Errorf("ical: subscription links for %q: scheme %q is not http, https, webcal or webcals", feedURL, u.Scheme)
	}
	if u.Host == "" {
		return Links{}, fmt.Errorf("ical: subscription links for %q: no host", feedURL)
	}
	if u.User != nil {
		return Links{}, fmt.Errorf("ical: subscription links for %q: the URL carries a user name or password; links are shared, so leave credentials out", u.Redacted())
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.RawPath == "" {
		u.Path = "/"
	}
	w, h := *u, *u
	w.Scheme, h.Scheme = "webcal", "https"
	if strings.EqualFold(u.Scheme, "http") {
		h.Scheme = "http" // keep plain HTTP: an https link to it cannot work
	}
	return Links{Webcal: w.String(), HTTPS: h.String()}, nil
}
