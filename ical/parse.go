package ical

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
)

// This file reads content lines into components whose properties are
// golang-ical's BaseProperty. golang-ical's own ParseCalendar is not used
// for reading because it treats a backslash inside a quoted parameter value
// as an escape and drops it (RFC 5545 has no escapes in parameter values),
// so a name such as `A \ B` would not come back.

// maxInput bounds what Decode reads, so that hostile input cannot make it
// allocate without limit.
const maxInput = 64 << 20

// component is a parsed BEGIN…END block.
type component struct {
	name  string
	line  int
	props []ics.BaseProperty
	lines []int // the line of each property
	subs  []*component
}

// lineOf returns the line where property p of c starts.
func (c *component) lineOf(p *ics.BaseProperty) int {
	for i := range c.props {
		if &c.props[i] == p {
			return c.lines[i]
		}
	}
	return c.line
}

// first returns the first property called name, or nil.
func (c *component) first(name string) *ics.BaseProperty {
	for i := range c.props {
		if c.props[i].IANAToken == name {
			return &c.props[i]
		}
	}
	return nil
}

// all returns the properties called name, in order.
func (c *component) all(name string) []*ics.BaseProperty {
	var out []*ics.BaseProperty
	for i := range c.props {
		if c.props[i].IANAToken == name {
			out = append(out, &c.props[i])
		}
	}
	return out
}

func param(p *ics.BaseProperty, name string) string {
	if v := p.ICalParameters[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// parseComponents splits data into unfolded content lines and builds the
// component tree. It returns the top-level components.
func parseComponents(data []byte) ([]*component, error) {
	if len(data) > maxInput {
		return nil, fmt.Errorf("ical: input of %d bytes is larger than the limit of %d", len(data), maxInput)
	}
	s := string(data)
	s = strings.TrimPrefix(s, "\uFEFF")
	var top []*component
	var stack []*component
	lineNo := 0
	for len(s) > 0 {
		// One content line: a physical line plus its continuations.
		startLine := lineNo + 1
		var b strings.Builder
		for {
			i := strings.IndexByte(s, '\n')
			var phys string
			if i < 0 {
				phys, s = s, ""
			} else {
				phys, s = s[:i], s[i+1:]
			}
			phys = strings.TrimSuffix(phys, "\r")
			lineNo++
			b.WriteString(phys)
			if len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
				s = s[1:]
				continue
			}
			break
		}
		line := b.String()
		if strings.TrimSpace(line) == "" {
			continue
		}
		// UTF-8 is checked once the line is unfolded: RFC 5545 section 3.1
		// asks readers to restore a character that a simple writer folded
		// in the middle.
		p, err := parseLine(line)
		if !utf8.ValidString(line) {
			return nil, &DecodeError{Line: startLine, Property: p.IANAToken, Err: errors.New("not valid UTF-8")}
		}
		if err != nil {
			return nil, &DecodeError{Line: startLine, Property: p.IANAToken, Err: err}
		}
		switch p.IANAToken {
		case "BEGIN":
			c := &component{name: strings.ToUpper(p.Value), line: startLine}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.subs = append(parent.subs, c)
			} else {
				top = append(top, c)
			}
			if len(stack) >= 16 {
				return nil, &DecodeError{Line: startLine, Err: errors.New("components nested too deep")}
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 {
				return nil, &DecodeError{Line: startLine, Err: fmt.Errorf("END:%s without BEGIN", p.Value)}
			}
			c := stack[len(stack)-1]
			if !strings.EqualFold(c.name, p.Value) {
				return nil, &DecodeError{Line: startLine, Err: fmt.Errorf("END:%s closes BEGIN:%s of line %d", p.Value, c.name, c.line)}
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return nil, &DecodeError{Line: startLine, Property: p.IANAToken, Err: errors.New("outside any component")}
			}
			c := stack[len(stack)-1]
			c.props = append(c.props, p)
			c.lines = append(c.lines, startLine)
		}
	}
	if len(stack) > 0 {
		c := stack[len(stack)-1]
		return nil, &DecodeError{Line: c.line, Err: fmt.Errorf("BEGIN:%s is never closed", c.name)}
	}
	return top, nil
}

func isNameChar(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
}

// parseLine parses one unfolded content line: name *(";" param) ":" value.
// Parameter values may be DQUOTEd and have no escapes. The value is kept as
// written (TEXT is unescaped by the caller, which knows the type). On error
// the property returned has the name, if the line starts with one.
func parseLine(line string) (ics.BaseProperty, error) {
	i := 0
	for i < len(line) && isNameChar(line[i]) {
		i++
	}
	if i == 0 {
		return ics.BaseProperty{}, fmt.Errorf("want a property name, found %q", clip(line))
	}
	p := ics.BaseProperty{IANAToken: strings.ToUpper(line[:i])}
	for i < len(line) && line[i] == ';' {
		i++
		j := i
		for i < len(line) && isNameChar(line[i]) {
			i++
		}
		if i == j || i >= len(line) || line[i] != '=' {
			return p, errors.New("malformed parameter")
		}
		name := strings.ToUpper(line[j:i])
		i++
		for {
			var v string
			if i < len(line) && line[i] == '"' {
				k := strings.IndexByte(line[i+1:], '"')
				if k < 0 {
					return p, fmt.Errorf("parameter %s has an unterminated quoted value", name)
				}
				v = line[i+1 : i+1+k]
				i += k + 2
			} else {
				j := i
				for i < len(line) && line[i] != ';' && line[i] != ':' && line[i] != ',' {
					if line[i] == '"' {
						return p, fmt.Errorf("parameter %s has a stray double quote", name)
					}
					i++
				}
				v = line[j:i]
			}
			if p.ICalParameters == nil {
				p.ICalParameters = map[string][]string{}
			}
			p.ICalParameters[name] = append(p.ICalParameters[name], v)
			if i < len(line) && line[i] == ',' {
				i++
				continue
			}
			break
		}
	}
	if i >= len(line) || line[i] != ':' {
		return p, errors.New("want ':' before the value")
	}
	p.Value = line[i+1:]
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
