package ical

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads content lines into components. golang-ical's parser is
// not used for reading: it treats a backslash inside a quoted parameter
// value as an escape and drops it (RFC 5545 has no escapes in parameter
// values), it needs the whole input in memory, and it stops at the first
// problem. This reader streams, keeps only the components the timeline
// can use (VCALENDAR, VEVENT, VTIMEZONE and its observances), notes every
// other component and every line it cannot read, and bounds what a
// hostile file can make it hold: a content line longer than the limit is
// skipped without being held, nesting deeper than maxDepth is an error,
// and so is input over the byte limit.

// maxDepth bounds the nesting of components. Real calendars nest three
// deep (VCALENDAR, VEVENT, VALARM).
const maxDepth = 16

// parameter is one parameter of a property, with its values as written
// (without the quotes).
type parameter struct {
	name   string
	values []string
}

// property is one content line: NAME;PARAM=…:value, the name upper-cased,
// the value as written (TEXT is unescaped by the reader of the property,
// which knows its type).
type property struct {
	name   string
	params []parameter
	value  string
	line   int
}

// param returns the first value of the parameter called name, or "".
func (p *property) param(name string) string {
	for i := range p.params {
		if p.params[i].name == name && len(p.params[i].values) > 0 {
			return p.params[i].values[0]
		}
	}
	return ""
}

// component is a BEGIN…END block the decoder keeps.
type component struct {
	name  string
	line  int
	props []property
	subs  []*component
}

// first returns the first property called name, or nil.
func (c *component) first(name string) *property {
	for i := range c.props {
		if c.props[i].name == name {
			return &c.props[i]
		}
	}
	return nil
}

// all returns the properties called name, in order.
func (c *component) all(name string) []*property {
	var out []*property
	for i := range c.props {
		if c.props[i].name == name {
			out = append(out, &c.props[i])
		}
	}
	return out
}

// kept reports whether the reader keeps a component called name inside
// one called parent ("" at the top): the components the decoder reads.
// Everything else is noted and skipped.
func kept(parent, name string) bool {
	switch name {
	case "VCALENDAR":
		return parent == ""
	case "VEVENT":
		return parent == "" || parent == "VCALENDAR"
	case "VTIMEZONE":
		return parent == "VCALENDAR"
	case "STANDARD", "DAYLIGHT":
		return parent == "VTIMEZONE"
	}
	return false
}

// lineReader splits its input into unfolded content lines.
type lineReader struct {
	r        *bufio.Reader
	lineNo   int   // physical lines consumed
	n        int64 // bytes consumed
	maxLine  int
	maxBytes int64
	buf      []byte
	started  bool
}

// errTooBig is returned, wrapped in a DecodeError, when the input is over
// the byte limit.
var errTooBig = errors.New("input larger than the limit")

// next returns the next content line, unfolded, and the line it starts on.
// A line longer than maxLine comes back with long set and only its first
// bytes (enough for the name), so that it is never held whole. It returns
// io.EOF at the end of the input.
func (lr *lineReader) next() (start int, line []byte, long bool, err error) {
	lr.buf = lr.buf[:0]
	start = lr.lineNo + 1
	for cont := false; ; cont = true {
		if cont {
			// The fold's space or tab, seen by Peek below, is not content.
			if _, err := lr.r.ReadByte(); err != nil {
				return start, lr.buf, long, nil
			}
			lr.n++
		}
		got := false
		var rerr error
		for {
			chunk, e := lr.r.ReadSlice('\n')
			got = got || len(chunk) > 0
			lr.n += int64(len(chunk))
			if lr.maxBytes > 0 && lr.n > lr.maxBytes {
				return start, nil, false, &DecodeError{Line: lr.lineNo + 1,
					Err: fmt.Errorf("%w of %d bytes; the rest was not read", errTooBig, lr.maxBytes)}
			}
			switch {
			case long:
			case len(lr.buf)+len(chunk) > lr.maxLine+2: // +2: the line end
				long = true
				lr.buf = append(lr.buf, chunk[:min(len(chunk), max(0, 256-len(lr.buf)))]...)
			default:
				lr.buf = append(lr.buf, chunk...)
			}
			if e == bufio.ErrBufferFull {
				continue
			}
			rerr = e
			break
		}
		if rerr != nil && rerr != io.EOF {
			return start, nil, false, rerr
		}
		if !got && !cont {
			return start, nil, false, io.EOF
		}
		lr.lineNo++
		if !long {
			lr.buf = bytes.TrimSuffix(lr.buf, []byte{'\n'})
			lr.buf = bytes.TrimSuffix(lr.buf, []byte{'\r'})
		}
		if !lr.started {
			lr.started = true
			lr.buf = bytes.TrimPrefix(lr.buf, []byte("\uFEFF"))
		}
		if rerr == io.EOF {
			return start, lr.buf, long, nil
		}
		if b, err := lr.r.Peek(1); err != nil || (b[0] != ' ' && b[0] != '\t') {
			return start, lr.buf, long, nil
		}
	}
}

// frame is a component being read; c is nil for one that is skipped.
type frame struct {
	name string
	line int
	c    *component
}

// parse reads content lines from r into the components the decoder keeps
// and returns the top-level ones, noting in d everything it skips. The
// error is a *DecodeError for input over the limit or nested too deep, or
// the reader's error.
func (d *decoder) parse(r io.Reader) ([]*component, error) {
	lr := &lineReader{r: bufio.NewReaderSize(r, 64<<10), maxLine: d.opts.MaxLine, maxBytes: d.opts.MaxBytes}
	var top []*component
	var stack []frame
	// The properties of the open components are gathered in scratch
	// slices, one per depth, reused from component to component, and
	// copied into an exact-size slice when a component closes: memory
	// stays near the size of what is kept, with no growth slack.
	var scratch [][]property
	closeFrame := func(j int) {
		if c := stack[j].c; c != nil && len(scratch[j]) > 0 {
			c.props = slices.Clone(scratch[j])
		}
		clear(scratch[j])
		scratch[j] = scratch[j][:0]
	}
	parent := func() string {
		if len(stack) == 0 {
			return ""
		}
		return stack[len(stack)-1].name
	}
	for {
		start, b, long, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		d.lines = lr.lineNo
		if long {
			name := lineName(b)
			d.note(Limited, start, parent(), name, "", fmt.Sprintf("content line longer than %d bytes, not read", d.opts.MaxLine))
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var line string
		if utf8.Valid(b) {
			line = string(b)
		} else {
			line = fromWindows1252(b)
			d.note(Changed, start, parent(), lineName(b), "", "not valid UTF-8: bytes that are not UTF-8 read as Windows-1252")
		}
		p, err := parseLine(line)
		if err != nil {
			d.note(Skipped, start, parent(), p.name, "", "content line not read: "+err.Error())
			continue
		}
		p.line = start
		switch p.name {
		case "BEGIN":
			name := strings.ToUpper(strings.TrimSpace(p.value))
			if len(stack) >= maxDepth {
				return nil, &DecodeError{Line: start, Property: "BEGIN", Err: fmt.Errorf("components nested deeper than %d", maxDepth)}
			}
			f := frame{name: name, line: start}
			if kept(parent(), name) {
				f.c = &component{name: name, line: start}
				switch {
				case len(stack) == 0:
					top = append(top, f.c)
				case stack[len(stack)-1].c != nil:
					pc := stack[len(stack)-1].c
					pc.subs = append(pc.subs, f.c)
				default:
					f.c = nil
				}
			}
			if f.c == nil && (len(stack) == 0 || stack[len(stack)-1].c != nil) {
				d.noteComponent(start, parent(), name)
			}
			stack = append(stack, f)
			if len(scratch) < len(stack) {
				scratch = append(scratch, nil)
			}
		case "END":
			name := strings.ToUpper(strings.TrimSpace(p.value))
			i := len(stack) - 1
			for i >= 0 && stack[i].name != name {
				i--
			}
			if i < 0 {
				d.note(Skipped, start, parent(), "END", "", "END:"+name+" without a BEGIN:"+name+"; ignored")
				continue
			}
			for j := len(stack) - 1; j > i; j-- {
				d.note(Changed, stack[j].line, stack[j].name, "", "", "never closed; read as closed by the END:"+name+" of line "+strconv.Itoa(start))
				closeFrame(j)
			}
			closeFrame(i)
			stack = stack[:i]
		default:
			if len(stack) == 0 {
				d.note(Skipped, start, "", p.name, "", "outside any component; ignored")
				continue
			}
			if stack[len(stack)-1].c != nil {
				scratch[len(stack)-1] = append(scratch[len(stack)-1], p)
			}
		}
	}
	for j := len(stack) - 1; j >= 0; j-- {
		d.note(Changed, stack[j].line, stack[j].name, "", "", "never closed; read as closed at the end of the file")
		closeFrame(j)
	}
	return top, nil
}

// noteComponent notes a component the reader skips.
func (d *decoder) noteComponent(line int, parent, name string) {
	switch {
	case name == "VALARM":
		d.note(Dropped, line, "VALARM", "", "", "alarm: a timeline has no reminders")
	case name == "VTODO" || name == "VJOURNAL" || name == "VFREEBUSY" || name == "VAVAILABILITY" || name == "AVAILABLE":
		d.note(Dropped, line, name, "", "", "not an event: a timeline holds events only")
	case parent == "":
		d.note(Dropped, line, name, "", "", "component outside a VCALENDAR; not read")
	default:
		d.note(Dropped, line, name, "", "", "component inside "+parent+" the timeline has no place for")
	}
}

// lineName returns the property name a content line starts with, upper
// case, or "".
func lineName(b []byte) string {
	i := 0
	for i < len(b) && i < 64 && isNameChar(b[i]) {
		i++
	}
	return strings.ToUpper(string(b[:i]))
}

// fromWindows1252 returns b with its valid UTF-8 kept and every other byte
// read as Windows-1252, the encoding older Windows programs write.
func fromWindows1252(b []byte) string {
	var s strings.Builder
	s.Grow(len(b) + 8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			s.WriteRune(windows1252(b[0]))
			b = b[1:]
			continue
		}
		s.Write(b[:size])
		b = b[size:]
	}
	return s.String()
}

// cp1252 holds the characters of Windows-1252's bytes 0x80–0x9F; the
// other bytes are their Latin-1 code points. Unassigned bytes become
// U+FFFD.
var cp1252 = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

func windows1252(c byte) rune {
	if c >= 0x80 && c < 0xA0 {
		return cp1252[c-0x80]
	}
	return rune(c)
}

func isNameChar(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
}

// parseLine parses one unfolded content line: name *(";" param) ":" value.
// Parameter values may be DQUOTEd and have no escapes. The value is kept as
// written. On error the property returned has the name, if the line
// starts with one.
func parseLine(line string) (property, error) {
	i := 0
	for i < len(line) && isNameChar(line[i]) {
		i++
	}
	if i == 0 {
		return property{}, fmt.Errorf("want a property name, found %q", clip(line))
	}
	p := property{name: strings.ToUpper(line[:i])}
	for i < len(line) && line[i] == ';' {
		i++
		j := i
		for i < len(line) && isNameChar(line[i]) {
			i++
		}
		if i == j || i >= len(line) || line[i] != '=' {
			return p, errors.New("malformed parameter")
		}
		pr := parameter{name: strings.ToUpper(line[j:i])}
		i++
		for {
			var v string
			if i < len(line) && line[i] == '"' {
				k := strings.IndexByte(line[i+1:], '"')
				if k < 0 {
					return p, fmt.Errorf("parameter %s has an unterminated quoted value", pr.name)
				}
				v = line[i+1 : i+1+k]
				i += k + 2
			} else {
				j := i
				for i < len(line) && line[i] != ';' && line[i] != ':' && line[i] != ',' {
					if line[i] == '"' {
						return p, fmt.Errorf("parameter %s has a stray double quote", pr.name)
					}
					i++
				}
				v = line[j:i]
			}
			pr.values = append(pr.values, v)
			if i < len(line) && line[i] == ',' {
				i++
				continue
			}
			break
		}
		p.params = append(p.params, pr)
	}
	if i >= len(line) || line[i] != ':' {
		return p, errors.New("want ':' before the value")
	}
	p.value = line[i+1:]
	return p, nil
}

// clip shortens s for an error message, on a rune boundary.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// unescapeText decodes an RFC 5545 TEXT value: \\ \; \, \n \N. An unknown
// escape keeps its character; a lone trailing backslash is kept.
func unescapeText(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
