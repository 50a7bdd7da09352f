package timeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/samayrekha/samayrekha/timeline/date"
)

// checkShape walks the JSON tokens of data against the model's types (by
// their JSON tags) before anything is decoded, because encoding/json reports
// an unknown field without its path and a type error without a line. It
// returns the byte offset of every value it saw, keyed by path, so that
// later problems can be located too, and the problems of values that have
// the right type but cannot be read: dates that do not exist, malformed
// date objects. A document whose shape is wrong is an error at the first
// wrong value.
//
// Field names must match exactly (encoding/json would also take "ID" for
// "id"), and a field may appear only once.
func checkShape(data []byte) (map[string]int, problems, error) {
	s := &shapeWalker{data: data, dec: json.NewDecoder(bytes.NewReader(data)), offsets: make(map[string]int)}
	s.dec.UseNumber()
	if err := s.value(reflect.TypeFor[timelineJSON](), ""); err != nil {
		return nil, nil, err
	}
	// Anything but white space after the timeline is an error, even if it
	// is not JSON (the decoder's Token would report that as the end).
	if off := skipSpace(data, int(s.dec.InputOffset())); off < len(data) {
		line, col := lineCol(data, off)
		return nil, nil, &ValidationError{Problems: []Problem{{Message: "unexpected data after the timeline", Line: line, Column: col}}}
	}
	return s.offsets, s.problems, nil
}

type shapeWalker struct {
	data     []byte
	dec      *json.Decoder
	offsets  map[string]int
	depth    int
	problems problems // values of the right type that cannot be read
}

// The leaf types whose JSON form is not their Go shape.
var (
	dateType      = reflect.TypeFor[date.Date]() // a string, "2025-11-18"
	whenType      = reflect.TypeFor[date.When]() // an object, walked as whenShape
	whenShapeType = reflect.TypeFor[whenShape]()
)

// whenShape is the object a date.When is in the JSON format, as the walker
// checks it: its field names and types. date.When.UnmarshalJSON reads it.
type whenShape struct {
	Precision  string `json:"precision"`
	Start      string `json:"start"`
	End        string `json:"end"`
	Before     string `json:"before"`
	After      string `json:"after"`
	ApproxDays int    `json:"approx_days"`
	Zone       string `json:"zone"`
}

// maxDepth bounds nesting; the format nests five deep, so anything far
// deeper is hostile input, and the limit keeps the walk off deep stacks.
const maxDepth = 32

// skipSpace returns the offset of the first byte at or after off that is
// not JSON white space.
func skipSpace(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n':
			off++
			continue
		}
		break
	}
	return off
}

// next returns the offset at which the next token starts and the token.
func (s *shapeWalker) next() (int, json.Token, error) {
	off := int(s.dec.InputOffset())
	for off < len(s.data) {
		switch s.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	tok, err := s.dec.Token()
	if err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			off = int(syn.Offset)
			if off > 0 {
				off-- // Offset counts the byte that broke the syntax
			}
		}
		line, col := lineCol(s.data, off)
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			msg = "unexpected end of JSON"
		}
		return off, nil, &ValidationError{Problems: []Problem{{Path: "", Message: "invalid JSON: " + msg, Line: line, Column: col}}}
	}
	return off, tok, nil
}

func (s *shapeWalker) fail(path, format string, args ...any) error {
	p := Problem{Path: path, Message: fmt.Sprintf(format, args...)}
	if off, ok := s.offsets[path]; ok {
		p.Line, p.Column = lineCol(s.data, off)
	} else {
		p.Line, p.Column = lineCol(s.data, int(s.dec.InputOffset()))
	}
	return &ValidationError{Problems: []Problem{p}}
}

func (s *shapeWalker) value(t reflect.Type, path string) error {
	off, tok, err := s.next()
	if err != nil {
		return err
	}
	s.offsets[path] = off
	return s.valueFrom(t, path, tok)
}

func (s *shapeWalker) valueFrom(t reflect.Type, path string, tok json.Token) error {
	switch t {
	case dateType:
		str, ok := tok.(string)
		if !ok {
			return s.fail(path, "want a date string, got %s", describe(tok))
		}
		if str == "" {
			s.problems.add(path, "empty date; want YYYY-MM-DD, or leave the field out")
		} else if _, err := date.Parse(str); err != nil {
			s.problems.add(path, "%s", strings.TrimPrefix(err.Error(), "date: "))
		}
		return nil
	case whenType:
		if tok == nil {
			return nil // null is the zero When
		}
		start := s.offsets[path]
		if err := s.valueFrom(whenShapeType, path, tok); err != nil {
			return err
		}
		var w date.When
		if err := w.UnmarshalJSON(s.data[start:s.dec.InputOffset()]); err != nil {
			var de *date.Error
			if !errors.As(err, &de) {
				return s.fail(path, "%v", err)
			}
			if de.Field != "" {
				path += "." + de.Field
			}
			s.problems.add(path, "%s", de.Msg)
		}
		return nil
	}
	if t.Kind() == reflect.Pointer {
		if tok == nil {
			return nil
		}
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		if _, ok := tok.(string); !ok {
			return s.fail(path, "want a string, got %s", describe(tok))
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			return s.fail(path, "want true or false, got %s", describe(tok))
		}
	case reflect.Int:
		n, ok := tok.(json.Number)
		if !ok {
			return s.fail(path, "want an integer, got %s", describe(tok))
		}
		if _, err := strconv.ParseInt(string(n), 10, 32); err != nil {
			return s.fail(path, "want an integer, got %s", n)
		}
	case reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			return s.fail(path, "want a number, got %s", describe(tok))
		}
		if _, err := strconv.ParseFloat(string(n), 64); err != nil {
			return s.fail(path, "number %s out of range", n)
		}
	case reflect.Slice:
		if tok == nil {
			return nil
		}
		if d, ok := tok.(json.Delim); !ok || d != '[' {
			return s.fail(path, "want an array, got %s", describe(tok))
		}
		if s.depth++; s.depth > maxDepth {
			return s.fail(path, "nested too deeply")
		}
		for i := 0; ; i++ {
			p := path + "[" + strconv.Itoa(i) + "]"
			off, tok, err := s.next()
			if err != nil {
				return err
			}
			if d, ok := tok.(json.Delim); ok && d == ']' {
				break
			}
			s.offsets[p] = off
			if err := s.valueFrom(t.Elem(), p, tok); err != nil {
				return err
			}
		}
		s.depth--
	case reflect.Struct:
		if d, ok := tok.(json.Delim); !ok || d != '{' {
			return s.fail(path, "want an object, got %s", describe(tok))
		}
		if s.depth++; s.depth > maxDepth {
			return s.fail(path, "nested too deeply")
		}
		fields := jsonFields(t)
		var seen []string // objects have a dozen fields at most
		for {
			keyOff, tok, err := s.next()
			if err != nil {
				return err
			}
			if d, ok := tok.(json.Delim); ok && d == '}' {
				break
			}
			key := tok.(string) // the decoder guarantees object keys are strings
			p := key
			if path != "" {
				p = path + "." + key
			}
			s.offsets[p] = keyOff
			ft, known := fields[key]
			if !known {
				return s.fail(p, "unknown field %q; known fields here: %s", key, fieldList(fields))
			}
			if slices.Contains(seen, key) {
				return s.fail(p, "field %q appears twice", key)
			}
			seen = append(seen, key)
			if err := s.value(ft, p); err != nil {
				return err
			}
		}
		s.depth--
	default:
		return s.fail(path, "internal error: no JSON shape for %s", t)
	}
	return nil
}

func describe(tok json.Token) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return "the number " + string(v)
	case string:
		return "the string " + strconv.Quote(v)
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		return "an array"
	}
	return fmt.Sprint(tok)
}

// fieldCache holds jsonFields' results; the wire types never change, and
// building the map for every object was a fifth of Unmarshal's allocation.
var fieldCache sync.Map // reflect.Type → map[string]reflect.Type, read-only once stored

// jsonFields maps the JSON names of t's fields to their types. The map is
// shared: do not modify it.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := buildJSONFields(t)
	fieldCache.Store(t, m)
	return m
}

func buildJSONFields(t reflect.Type) map[string]reflect.Type {
	m := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	return m
}

func fieldList(fields map[string]reflect.Type) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sortStrings(names)
	return strings.Join(names, ", ")
}
