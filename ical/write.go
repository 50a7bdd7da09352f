package ical

import (
	"slices"
	"strings"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// This file is the small writer that serializes golang-ical's calendar model.
// We build the model with golang-ical (components, properties, parameters)
// but do not use its SerializeTo, which (v0.3.4, measured; see
// TestGolangICalWriterBugs in write_test.go) gets five things wrong:
//
//  1. it escapes parameter values with backslashes (CN=Al Thani\, PM\: FM),
//     which RFC 5545 does not allow: ical.js and vobject cut the name at the
//     colon and corrupt the address, libical keeps the backslashes;
//  2. it passes a carriage return (and other control characters) in TEXT
//     through raw, so a title can forge a second VEVENT in vobject;
//  3. it writes LF line ends unless told otherwise;
//  4. it folds at a word boundary it finds before the limit, so its folds are
//     not at 75 octets, and it does not check that a property name or value
//     is valid UTF-8;
//  5. with a TZID its SetStartAt writes a UTC time with a Z under the TZID.
//
// (5) is avoided by never calling SetStartAt; (1)–(4) are what lineWriter
// does differently: parameter values are DQUOTEd with the characters a quoted
// string cannot hold replaced (see appendParamValue), TEXT is escaped per RFC 5545
// section 3.3.11 with control characters made visible (see appendText), lines
// end in CRLF and are folded at 75 octets, never inside a UTF-8 sequence or
// an escape pair.

// maxLine is the longest content line RFC 5545 section 3.1 allows, in octets,
// not counting the CRLF.
const maxLine = 75

// lineWriter accumulates folded content lines in a byte slice.
type lineWriter struct {
	buf  []byte
	cuts []int // reused by fold
}

// valueKind says how a property's value is written.
type valueKind uint8

const (
	rawValue  valueKind = iota // URI, DATE-TIME, INTEGER…: written as is, control characters dropped
	textValue                  // TEXT (RFC 5545 section 3.3.11), escaped
	lineValue                  // TEXT that readers show on one line: line breaks become spaces
)

// kindOf returns how the value of the property called name is written: the
// TEXT properties of RFC 5545 and 7986 and our X- properties are escaped;
// SUMMARY, LOCATION, NAME, X-WR-CALNAME and CATEGORIES are one line (calcurse
// skips an event whose SUMMARY holds an escaped newline).
func kindOf(name string) valueKind {
	switch name {
	case "SUMMARY", "LOCATION", "NAME", "X-WR-CALNAME", "CATEGORIES":
		return lineValue
	case "DESCRIPTION", "UID", "RELATED-TO", "X-WR-CALDESC", "PRODID", "TZNAME", "COMMENT",
		"STATUS", "TRANSP", "METHOD", "CALSCALE", xKind, xWhen, xStatus, xSource, xPlace:
		return textValue
	}
	return rawValue
}

func componentName(c ics.Component) string {
	switch c.(type) {
	case *ics.VEvent:
		return "VEVENT"
	case *ics.VTimezone:
		return "VTIMEZONE"
	case *ics.Standard:
		return "STANDARD"
	case *ics.Daylight:
		return "DAYLIGHT"
	case *ics.VTodo:
		return "VTODO"
	case *ics.VJournal:
		return "VJOURNAL"
	case *ics.VAlarm:
		return "VALARM"
	case *ics.VBusy:
		return "VFREEBUSY"
	}
	return "X-UNKNOWN"
}

func (lw *lineWriter) component(c ics.Component) {
	name := componentName(c)
	lw.raw("BEGIN:" + name)
	props := c.UnknownPropertiesIANAProperties()
	for i := range props {
		lw.property(&props[i].BaseProperty)
	}
	for _, sub := range c.SubComponents() {
		lw.component(sub)
	}
	lw.raw("END:" + name)
}

// raw appends a short line that needs no escaping or folding.
func (lw *lineWriter) raw(s string) {
	lw.buf = append(lw.buf, s...)
	lw.buf = append(lw.buf, '\r', '\n')
}

// property appends one folded content line for p.
func (lw *lineWriter) property(p *ics.BaseProperty) {
	start := len(lw.buf)
	lw.buf = appendName(lw.buf, p.IANAToken)
	if len(p.ICalParameters) > 0 {
		var keysArr [8]string
		keys := keysArr[:0]
		for k := range p.ICalParameters {
			keys = append(keys, k)
		}
		if len(keys) > 1 {
			slices.Sort(keys)
		}
		for _, k := range keys {
			lw.buf = append(lw.buf, ';')
			lw.buf = appendName(lw.buf, k)
			lw.buf = append(lw.buf, '=')
			for i, v := range p.ICalParameters[k] {
				if i > 0 {
					lw.buf = append(lw.buf, ',')
				}
				lw.buf = appendParamValue(lw.buf, v)
			}
		}
	}
	lw.buf = append(lw.buf, ':')
	switch k := kindOf(p.IANAToken); k {
	case textValue, lineValue:
		n := len(lw.buf)
		lw.buf = appendText(lw.buf, p.Value, k == lineValue)
		// libical drops trailing white space from a value; drop it here
		// so that every reader sees the same text.
		for len(lw.buf) > n && (lw.buf[len(lw.buf)-1] == ' ' || lw.buf[len(lw.buf)-1] == '\t') {
			lw.buf = lw.buf[:len(lw.buf)-1]
		}
	default:
		lw.buf = appendRaw(lw.buf, p.Value)
	}
	lw.buf, lw.cuts = fold(lw.buf, start, lw.cuts)
}

// appendName appends a property or parameter name, keeping only the
// characters RFC 5545 allows in one (ALPHA, DIGIT, "-"), upper-cased.
func appendName(b []byte, name string) []byte {
	ok := true
	for i := 0; i < len(name) && ok; i++ {
		c := name[i]
		ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
	}
	if ok {
		return append(b, name...)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-':
			b = append(b, c)
		}
	}
	return b
}

// Substitutes for what a parameter value cannot carry. RFC 5545 has no
// escapes in parameter values: a DQUOTE cannot appear even in a quoted
// string, and RFC 6868's caret escapes (^' for a quote) are decoded by some
// parsers and shown literally by others. So a double quote becomes
// U+02BA MODIFIER LETTER DOUBLE PRIME (ʺ), which looks like one and is
// otherwise unused in names (Decode turns it back into '"'), and a caret
// that would start an RFC 6868 escape (^n, ^N, ^', ^^) becomes U+02C6
// MODIFIER LETTER CIRCUMFLEX ACCENT (ˆ). A semicolon, valid inside a
// quoted value, becomes U+037E GREEK QUESTION MARK, which is drawn
// exactly like one (Unicode even normalizes it to ';'): node-ical splits
// a property's parameters at every ';', quoted or not, and shows
// "Al Thani: FM; Sa'ad" as `"Al Thani: FM` (measured, node-ical 0.26.1;
// the other six parsers read the quoted name whole). As in one-line TEXT,
// a line break becomes a space and other control characters but TAB their
// control pictures.
const (
	quoteSubstitute     = 'ʺ'
	caretSubstitute     = 'ˆ'
	semicolonSubstitute = '\u037e'
)

// appendParamValue appends v as a parameter value: as is when it is a plain
// token (letters, digits, "-", "_", ".", "/", "+"), DQUOTEd otherwise.
func appendParamValue(b []byte, v string) []byte {
	if isToken(v) {
		return append(b, v...)
	}
	b = append(b, '"')
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b = utf8.AppendRune(b, utf8.RuneError)
		case r == '"':
			b = utf8.AppendRune(b, quoteSubstitute)
		case r == ';':
			b = utf8.AppendRune(b, semicolonSubstitute)
		case r == '^' && i+1 < len(v) && strings.IndexByte("nN'^", v[i+1]) >= 0:
			b = utf8.AppendRune(b, caretSubstitute)
		case r == '\r' && i+1 < len(v) && v[i+1] == '\n':
			// CRLF is one line break, one space, as in one-line TEXT.
		case r == '\r' || r == '\n':
			b = append(b, ' ')
		case r == '\t':
			b = append(b, '\t')
		case r < 0x20:
			b = utf8.AppendRune(b, 0x2400+r)
		case r == 0x7f:
			b = utf8.AppendRune(b, 0x2421)
		default:
			b = append(b, v[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

func isToken(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '/' || c == '+') {
			return false
		}
	}
	return true
}

// appendText appends s as an RFC 5545 TEXT value: backslash, semicolon and
// comma are escaped with a backslash, a line break (CRLF, LF or a bare CR)
// becomes \n, or a space when oneLine is set. Other control characters
// (U+0000–U+001F except TAB, and U+007F) cannot appear in TEXT; each becomes
// its Unicode control picture (U+2400–U+241F, U+2421), so that the text keeps
// a visible trace of it. Invalid UTF-8 becomes U+FFFD. (The caller then
// drops trailing spaces and tabs.)
func appendText(b []byte, s string, oneLine bool) []byte {
	s = toValidUTF8(s)
	// In valid UTF-8 every byte that needs attention is ASCII, so copy the
	// runs between them.
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != ';' && c != ',' && c != 0x7f {
			continue
		}
		b = append(b, s[run:i]...)
		run = i + 1
		switch {
		case c == '\\' || c == ';' || c == ',':
			b = append(b, '\\', c)
		case c == '\r' || c == '\n':
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
				run = i + 1
			}
			if oneLine {
				b = append(b, ' ')
			} else {
				b = append(b, '\\', 'n')
			}
		case c == '\t':
			b = append(b, c)
		case c < 0x20:
			b = utf8.AppendRune(b, 0x2400+rune(c))
		default: // 0x7f
			b = utf8.AppendRune(b, 0x2421)
		}
	}
	return append(b, s[run:]...)
}

// toValidUTF8 returns s with every byte that is not part of a valid UTF-8
// sequence replaced by U+FFFD (one for each byte, unlike
// strings.ToValidUTF8, so the reader sees how much was lost).
func toValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// appendRaw appends a value of a non-TEXT type (URI, DATE-TIME, INTEGER…):
// nothing in it is escaped, but control characters, which no such value
// can hold, are dropped and invalid UTF-8 becomes U+FFFD.
func appendRaw(b []byte, s string) []byte {
	s = toValidUTF8(s)
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			b = append(b, s[run:i]...)
			run = i + 1
		}
	}
	return append(b, s[run:]...)
}

// fold folds the unfolded line b[start:] in place into lines of at most
// maxLine octets, each continuation starting with a space, and appends the
// final CRLF. It never splits a UTF-8 sequence or a backslash escape pair.
// The line is valid UTF-8 (the append functions above guarantee it).
// cuts is a buffer fold may reuse; it returns it for the next call.
func fold(b []byte, start int, cuts []int) ([]byte, []int) {
	line := b[start:]
	n := len(line)
	if n <= maxLine {
		return append(b, '\r', '\n'), cuts
	}
	// Find where each physical line ends.
	cuts = cuts[:0]
	pos, limit := 0, maxLine
	for n-pos > limit {
		cut := pos + limit
		for cut > pos && !utf8.RuneStart(line[cut]) {
			cut--
		}
		if cut > pos+1 && line[cut-1] == '\\' && oddBackslashes(line[pos:cut]) {
			cut--
		}
		cuts = append(cuts, cut)
		pos, limit = cut, maxLine-1
	}
	// Make room for a CRLF and a space at each cut, then move the pieces
	// into place from the last one back.
	k := len(cuts)
	for i := 0; i < 3*k; i++ {
		b = append(b, 0)
	}
	line = b[start:]
	end := n
	for j := k - 1; j >= 0; j-- {
		c := cuts[j]
		copy(line[c+3*(j+1):], line[c:end])
		copy(line[c+3*j:], "\r\n ")
		end = c
	}
	return append(b, '\r', '\n'), cuts
}

// oddBackslashes reports whether s ends in an odd number of backslashes,
// that is, whether its last byte starts an escape pair.
func oddBackslashes(s []byte) bool {
	n := 0
	for i := len(s) - 1; i >= 0 && s[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}
