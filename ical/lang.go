package ical

import (
	"strings"
	"unicode"

	"github.com/samayrekha/samayrekha/timeline"
)

// textLang says which of a timeline.Text's two languages a text read from
// a calendar goes into, and whether that was a guess.
//
// The LANGUAGE parameter decides when it names Hindi or English ("hi",
// "en-GB"). Without it, the script does: mostly Devanagari is Hindi,
// mostly Latin is English. A text in another language (LANGUAGE=de), or in
// another script without LANGUAGE (Cyrillic), has no place of its own in
// the timeline: it goes with the script it is written in (Devanagari into
// Hindi, anything else into English), and the report says so. A text with
// no letters at all ("2025", "🎉") is English, with nothing to note.
type textLang struct {
	lang timeline.Lang
	// note, when not "", says why lang is a guess the report should name.
	note string
}

// langOfText returns where text goes, given its LANGUAGE parameter.
func langOfText(language, text string) textLang {
	tag := strings.ToLower(strings.TrimSpace(language))
	primary, _, _ := strings.Cut(tag, "-")
	switch primary {
	case "hi":
		return textLang{lang: timeline.Hindi}
	case "en":
		return textLang{lang: timeline.English}
	}
	s := script(text)
	if tag != "" {
		l := timeline.English
		if s == scriptDevanagari {
			l = timeline.Hindi
		}
		return textLang{lang: l, note: "LANGUAGE=" + language + ": the timeline has Hindi and English text only; kept as the " + langName(l) + " text"}
	}
	switch s {
	case scriptDevanagari:
		return textLang{lang: timeline.Hindi}
	case scriptLatin, scriptNone:
		return textLang{lang: timeline.English}
	}
	return textLang{lang: timeline.English, note: "no LANGUAGE and neither Devanagari nor Latin script: language unknown, kept as the English text"}
}

func langName(l timeline.Lang) string {
	if l == timeline.Hindi {
		return "Hindi"
	}
	return "English"
}

type scriptKind uint8

const (
	scriptNone scriptKind = iota
	scriptLatin
	scriptDevanagari
	scriptOther
)

// script returns the script most of the letters of s are in.
func script(s string) scriptKind {
	var latin, deva, other int
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				latin++
			}
		case unicode.Is(unicode.Devanagari, r):
			// Vowel signs are marks, not letters, but Devanagari all the same.
			deva++
		case unicode.IsLetter(r):
			if unicode.Is(unicode.Latin, r) {
				latin++
			} else {
				other++
			}
		}
	}
	switch {
	case deva == 0 && latin == 0 && other == 0:
		return scriptNone
	case deva >= latin && deva >= other:
		return scriptDevanagari
	case latin >= other:
		return scriptLatin
	}
	return scriptOther
}
