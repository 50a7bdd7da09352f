package ical

import (
	"strings"
)

// An event read from another producer's calendar keeps its identity: its
// timeline ID spells its UID, and for one occurrence of a recurring event
// its RECURRENCE-ID, so that Encode writes both back unchanged and a
// calendar that subscribes to the source and to our feed sees one event,
// not two. Timeline IDs are slugs (a-z, 0-9, '-'), so the UID is escaped:
//
//	foreignPrefix escaped-UID [ "-r" recurrence-id ]
//
// where in the escaped UID a lower-case letter or digit stands for itself,
// "--" for '-', "-" and two lower-case hex digits for any other byte, and
// "-u" and "-l" switch to and from upper case (letters stand for their
// upper case until "-l"; a lone capital is a byte). The recurrence ID is
// "20251118" for a date, "20251118t190000" for a local time in the event's
// zone and "20251118t160000z" for UTC. So Google's
// "7kukuqrfedlm2f9t0vo0jd4g5n@google.com" is
// "ics-7kukuqrfedlm2f9t0vo0jd4g5n-40google-2ecom", its occurrence of 18
// November 2025 at 19:00 "ics-7kukuqrfedlm2f9t0vo0jd4g5n-40google-2ecom-r20251118t190000",
// and Apple's "5D1A2C9E-3B4F" "ics-5-ud1a2c9e--3b4f".
// The escaping is one-to-one: UIDs that differ only by case or punctuation
// ("A-1@x" and "a.1@x") get different IDs, and every ID gives its UID back.
//
// Our own UIDs ("ID@samayrekha") read back as the ID itself.
const foreignPrefix = "ics-"

// maxUID bounds the UIDs kept as they are; a longer one (RFC 5545 sets no
// limit, a hostile file may set it at megabytes) is replaced and noted.
const maxUID = 1024

// foreignID returns the timeline ID of the event with uid and, for an
// occurrence, the recurrence ID text rid (see above; "" for none).
func foreignID(uid, rid string) string {
	var b strings.Builder
	b.Grow(len(foreignPrefix) + len(uid) + len(uid)/4 + len(rid) + 2)
	b.WriteString(foreignPrefix)
	upper := false
	for i := 0; i < len(uid); i++ {
		c := uid[i]
		switch {
		case c >= 'a' && c <= 'z':
			if upper {
				b.WriteString("-l")
				upper = false
			}
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			if !upper {
				// Switch only for a run of capitals: one capital
				// among small letters is cheaper as a byte.
				if !capitalRun(uid[i:]) {
					b.WriteByte('-')
					b.WriteString(hex2(c))
					continue
				}
				b.WriteString("-u")
				upper = true
			}
			b.WriteByte(c - 'A' + 'a')
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '-':
			b.WriteString("--")
		default:
			b.WriteByte('-')
			b.WriteString(hex2(c))
		}
	}
	if rid != "" {
		b.WriteString("-r")
		b.WriteString(rid)
	}
	return b.String()
}

// capitalRun reports whether s starts with two capitals, or with a capital
// followed by no small letter before the next capital.
func capitalRun(s string) bool {
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			return true
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return true
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// parseForeignID returns the UID and recurrence ID text an ID made by
// foreignID spells, and ok false for any other ID.
func parseForeignID(id string) (uid, rid string, ok bool) {
	s, ok := strings.CutPrefix(id, foreignPrefix)
	if !ok || s == "" {
		return "", "", false
	}
	var b strings.Builder
	b.Grow(len(s))
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			if upper {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case c == '-':
			if i+1 >= len(s) {
				return "", "", false
			}
			i++
			switch e := s[i]; e {
			case '-':
				b.WriteByte('-')
			case 'u':
				upper = true
			case 'l':
				upper = false
			case 'r':
				rid = s[i+1:]
				if !validRID(rid) || b.Len() == 0 {
					return "", "", false
				}
				return b.String(), rid, true
			default:
				if i+1 >= len(s) {
					return "", "", false
				}
				hi, ok1 := unhex(s[i])
				lo, ok2 := unhex(s[i+1])
				if !ok1 || !ok2 {
					return "", "", false
				}
				i++
				b.WriteByte(hi<<4 | lo)
			}
		default:
			return "", "", false
		}
	}
	return b.String(), "", true
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// validRID reports whether s is a recurrence ID text: YYYYMMDD, or
// YYYYMMDDtHHMMSS with an optional z.
func validRID(s string) bool {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	switch len(s) {
	case 8:
		return digits(s)
	case 15, 16:
		return digits(s[:8]) && s[8] == 't' && digits(s[9:15]) && (len(s) == 15 || s[15] == 'z')
	}
	return false
}
