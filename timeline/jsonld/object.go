package jsonld

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// object is a JSON object that keeps its keys in the order they were set,
// so that output is deterministic and reads like schema.org's examples.
type object []member

type member struct {
	key   string
	value any
}

// set appends key unless value is empty ("", nil, an empty object or list).
func (o *object) set(key string, value any) {
	switch v := value.(type) {
	case nil:
		return
	case string:
		if v == "" {
			return
		}
	case object:
		if len(v) == 0 {
			return
		}
	case []any:
		if len(v) == 0 {
			return
		}
	}
	*o = append(*o, member{key, value})
}

// MarshalJSON writes the members in order.
func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// appendIndented appends v to b as json.MarshalIndent(v, "", "  ") writes
// it at nesting depth depth, without going through encoding/json for the
// objects, lists, strings and integers a document is made of: the
// package's MarshalJSON calls compact and re-indent every nested object
// again, which made JSON-LD the costliest format of a story's files.
func appendIndented(b []byte, v any, depth int) ([]byte, error) {
	var err error
	switch v := v.(type) {
	case string:
		return appendString(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10), nil
	case object:
		if len(v) == 0 {
			return append(b, "{}"...), nil
		}
		b = append(b, '{')
		for i, m := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = newline(b, depth+1)
			if b, err = appendString(b, m.key); err != nil {
				return nil, err
			}
			b = append(b, ':', ' ')
			if b, err = appendIndented(b, m.value, depth+1); err != nil {
				return nil, err
			}
		}
		return append(newline(b, depth), '}'), nil
	case []any:
		if len(v) == 0 {
			return append(b, "[]"...), nil
		}
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = newline(b, depth+1)
			if b, err = appendIndented(b, e, depth+1); err != nil {
				return nil, err
			}
		}
		return append(newline(b, depth), ']'), nil
	}
	// Anything else (a coordinate) as encoding/json writes it.
	j, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, j, strings.Repeat("  ", depth), "  "); err != nil {
		return nil, err
	}
	return append(b, buf.Bytes()...), nil
}

func newline(b []byte, depth int) []byte {
	b = append(b, '\n')
	for range depth {
		b = append(b, ' ', ' ')
	}
	return b
}

// appendString appends s quoted as encoding/json quotes it (with its
// HTML escapes): as it is when nothing in it needs an escape, which is
// nearly always, and through encoding/json otherwise.
func appendString(b []byte, s string) ([]byte, error) {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			continue
		}
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return appendMarshaled(b, s)
		}
	}
	if !ascii && (!utf8.ValidString(s) || strings.ContainsRune(s, '\u2028') || strings.ContainsRune(s, '\u2029')) {
		return appendMarshaled(b, s)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), nil
}

func appendMarshaled(b []byte, s string) ([]byte, error) {
	j, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	return append(b, j...), nil
}
