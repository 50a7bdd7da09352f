// Command tour is the API tour from the README, line for line; its test
// checks that the README still shows this very code and that it prints
// what the README says it prints.
package main

import (
	_ "time/tzdata" // zones for Asia/Kolkata and Europe/Moscow on machines without zoneinfo

	"fmt"
	"os"
	"time"

	"github.com/samayrekha/samayrekha/hindidate"
	"github.com/samayrekha/samayrekha/ical"
	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/markdown"
)

func main() {
	if err := tour(); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// tour begins
func tour() error {
	// Read a date as a Hindi article writes it; the dateline resolves it.
	ist, _ := time.LoadLocation("Asia/Kolkata")
	dateline := time.Date(2025, time.November, 18, 20, 0, 0, 0, ist)
	d, err := hindidate.Parse("5 दिसंबर के आसपास", dateline)
	if err != nil {
		return err
	}
	fmt.Println(d.Start.Format("2 Jan 2006"), d.Granularity, d.Approximate)

	// Keep it as an honest date: around 5 December, give or take two days.
	visit := timeline.Event{
		ID:    "2025-12-putin-visit-india",
		Kind:  timeline.Visit,
		Title: timeline.Text{Hi: "पुतिन का भारत दौरा", En: "Putin's visit to India"},
		When:  date.AroundDay(date.FromTime(d.Start), 2).WithZone("Asia/Kolkata"),
		Sources: []timeline.Source{{
			ID: "reports", Outlet: "Media reports", Reported: date.FromTime(dateline),
			Attribution: timeline.Text{Hi: "रिपोर्ट्स के अनुसार"},
		}},
		History: []timeline.StatusChange{{
			Status: timeline.Proposed, On: date.FromTime(dateline), Source: "reports",
		}},
	}
	t := &timeline.Timeline{Events: []timeline.Event{visit}}
	if err := t.Validate(); err != nil {
		return err // lists every problem with its path, e.g. events[0].when.zone
	}
	fmt.Println(visit.When, visit.Status())

	// Publish it: versioned JSON, Hindi Markdown, and iCalendar.
	js, err := timeline.Marshal(t)
	if err != nil {
		return err
	}
	ics, err := ical.Marshal(t, nil)
	if err != nil {
		return err
	}
	fmt.Println(len(js) > 0, len(ics) > 0)
	return markdown.Encode(os.Stdout, t, &markdown.Options{Lang: timeline.Hindi})
}

// tour ends
