package date

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file holds the two written forms of a When: the text form of
// MarshalText, String and ParseWhen, and the JSON object of the timeline
// format (version 1), which spells its ends the same way except that an
// hour is written with ":00" beside an explicit precision.

// appendPoint appends one end of w in the ISO 8601 form of its precision:
// "2025-11-18T19:00", "2025-11-18T19" (an hour; "T19:00" when hourAsClock,
// as JSON version 1 writes it), "2025-11-18", "2025-W47", "2025-11" or
// "2025".
func (w When) appendPoint(b []byte, d Date, min int16, hourAsClock bool) []byte {
	switch w.prec {
	case Minute, Hour:
		b = appendDate(b, d)
		b = append(b, 'T')
		b = append2(b, int(min)/60)
		if w.prec == Minute || hourAsClock {
			b = append(b, ':')
			b = append2(b, int(min)%60)
		}
		return b
	case Week:
		y, wk := d.In(time.UTC).ISOWeek()
		b = append4(b, y)
		b = append(b, "-W"...)
		return append2(b, wk)
	case Month:
		b = append4(b, d.Year())
		b = append(b, '-')
		return append2(b, int(d.Month()))
	case Year:
		return append4(b, d.Year())
	}
	return appendDate(b, d)
}

func appendDate(b []byte, d Date) []byte {
	b = append4(b, d.Year())
	b = append(b, '-')
	b = append2(b, int(d.Month()))
	b = append(b, '-')
	return append2(b, d.Day())
}

// append4 and append2 write a non-negative number zero-padded; the format
// only has years 0000 to 9999, which Check enforces.
func append4(b []byte, n int) []byte {
	if n < 1000 {
		b = append(b, "000"[:4-digitCount(n)]...)
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func append2(b []byte, n int) []byte {
	if n < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

func digitCount(n int) int {
	switch {
	case n < 0:
		return 3 // a negative year is out of range; Check reports it
	case n < 10:
		return 1
	case n < 100:
		return 2
	}
	return 3
}

// parsePoint reads one end of a When of precision p. For hour precision it
// takes both "T19" and JSON version 1's "T19:00".
func parsePoint(p Precision, s string) (Date, int16, error) {
	switch p {
	case Minute, Hour:
		day, clock, ok := strings.Cut(s, "T")
		if !ok || !(len(clock) == 5 && clock[2] == ':' || p == Hour && len(clock) == 2) {
			if p == Hour {
				return Date{}, 0, fmt.Errorf("%q: want YYYY-MM-DDThh for hour precision", s)
			}
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM-DDThh:mm for %s precision", s, p)
		}
		d, err := parseDate(day)
		if err != nil {
			return Date{}, 0, fmt.Errorf("%q: %w", s, err)
		}
		h, ok1 := atoiFixed(clock[:2])
		m, ok2 := 0, true
		if len(clock) == 5 {
			m, ok2 = atoiFixed(clock[3:])
		}
		if !ok1 || !ok2 || h > 23 || m > 59 {
			return Date{}, 0, fmt.Errorf("%q: time of day out of range", s)
		}
		if p == Hour && m != 0 {
			return Date{}, 0, fmt.Errorf("%q: hour precision cannot have minutes", s)
		}
		return d, int16(h*60 + m), nil
	case Day:
		d, err := parseDate(s)
		if err != nil {
			return Date{}, 0, fmt.Errorf("%q: %w", s, err)
		}
		return d, 0, nil
	case Week:
		if len(s) != 8 || s[4] != '-' || s[5] != 'W' {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-Www for week precision", s)
		}
		y, ok1 := atoiFixed(s[:4])
		wk, ok2 := atoiFixed(s[6:])
		if !ok1 || !ok2 || wk < 1 || wk > isoWeeksIn(y) {
			return Date{}, 0, fmt.Errorf("%q: no such ISO week", s)
		}
		return isoWeekStart(y, wk), 0, nil
	case Month:
		if len(s) != 7 || s[4] != '-' {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM for month precision", s)
		}
		y, ok1 := atoiFixed(s[:4])
		m, ok2 := atoiFixed(s[5:])
		if !ok1 || !ok2 || m < 1 || m > 12 {
			return Date{}, 0, fmt.Errorf("%q: want YYYY-MM for month precision", s)
		}
		return Of(y, time.Month(m), 1), 0, nil
	case Year:
		y, ok := atoiFixed(s)
		if !ok || len(s) != 4 {
			return Date{}, 0, fmt.Errorf("%q: want YYYY for year precision", s)
		}
		return Of(y, 1, 1), 0, nil
	}
	return Date{}, 0, fmt.Errorf("unknown precision %s", p)
}

// precisionOf tells the precision of a point in the text form by its shape.
func precisionOf(s string) (Precision, bool) {
	switch {
	case len(s) == 4:
		return Year, true
	case len(s) == 7 && s[4] == '-':
		return Month, true
	case len(s) == 8 && s[4] == '-' && s[5] == 'W':
		return Week, true
	case len(s) == 10:
		return Day, true
	case len(s) == 13 && s[10] == 'T':
		return Hour, true
	case len(s) == 16 && s[10] == 'T':
		return Minute, true
	}
	return 0, false
}

// isoWeeksIn returns 52 or 53: a year has 53 ISO weeks when 28 December
// falls in week 53.
func isoWeeksIn(y int) int {
	_, w := Of(y, 12, 28).In(time.UTC).ISOWeek()
	return w
}

// AppendText implements [encoding.TextAppender]: it appends the text form
// of w (see [When.MarshalText]) to b.
func (w When) AppendText(b []byte) ([]byte, error) {
	if w.problem != "" {
		return b, &Error{Msg: "invalid date: " + w.problem}
	}
	if w.IsZero() {
		return b, nil
	}
	switch w.bound {
	case BeforeBound:
		b = append(b, '<')
	case AfterBound:
		b = append(b, '>')
	}
	b = w.appendPoint(b, w.start, w.startMin, false)
	if w.IsSpan() {
		b = append(b, '/')
		b = w.appendPoint(b, w.end, w.endMin, false)
	}
	if w.approx != 0 {
		b = append(b, '~')
		b = strconv.AppendInt(b, int64(w.approx), 10)
		b = append(b, 'd')
	}
	if w.zone != "" {
		b = append(b, '[')
		b = append(b, w.zone...)
		b = append(b, ']')
	}
	return b, nil
}

// MarshalText implements [encoding.TextMarshaler]. The text form is ISO
// 8601 with the precision shown by the shape of each end, a bound, an
// approximation and the zone:
//
//	2025-11-18T19:00[Europe/Moscow]  19:00 in Moscow (minute precision)
//	2025-11-18T17[Asia/Kolkata]      the hour from 17:00 (hour precision)
//	2025-11-18                       a day
//	2025-12-05~2d[Asia/Kolkata]      around 5 December, ±2 days
//	2025-12-05/2025-12-07            5 to 7 December, inclusive
//	2025-W47  2025-11  2025          a week, a month, a year
//	<2025-11-18  >2025-11-18         before, after 18 November
//
// The zero When is the empty text. An invalid When (see [When.Check]) is
// an error rather than a text that would read back as something else.
func (w When) MarshalText() ([]byte, error) { return w.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseWhen]. The
// empty text decodes to the zero When, so that a When survives a round
// trip through a field tagged omitempty.
func (w *When) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*w = When{}
		return nil
	}
	v, err := ParseWhen(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// ParseWhen parses the text form of a When (see [When.MarshalText]). It
// rejects what [When.Check] rejects, such as an unknown zone or a span that
// ends before it starts, so a When it returns is valid.
func ParseWhen(s string) (When, error) {
	w, err := parseWhen(s)
	if err == nil {
		_, err = w.check()
	}
	if err != nil {
		return When{}, &Error{Value: s, Msg: err.Error()}
	}
	return w, nil
}

func parseWhen(s string) (When, error) {
	var w When
	rest := s
	if strings.HasSuffix(rest, "]") {
		i := strings.LastIndexByte(rest, '[')
		if i < 0 {
			return When{}, errors.New(`"]" without "["`)
		}
		w.zone, rest = rest[i+1:len(rest)-1], rest[:i]
		if w.zone == "" {
			return When{}, errors.New("empty zone")
		}
	}
	if i := strings.IndexByte(rest, '~'); i >= 0 {
		n, ok := atoiFixed(strings.TrimSuffix(rest[i+1:], "d"))
		if !ok || !strings.HasSuffix(rest, "d") || n > 366 {
			return When{}, fmt.Errorf("approximation %q: want ~Nd with N from 1 to 366", rest[i:])
		}
		w.approx, rest = uint16(n), rest[:i]
	}
	switch {
	case strings.HasPrefix(rest, "<"):
		w.bound, rest = BeforeBound, rest[1:]
	case strings.HasPrefix(rest, ">"):
		w.bound, rest = AfterBound, rest[1:]
	}
	first, last, span := strings.Cut(rest, "/")
	p, ok := precisionOf(first)
	if !ok {
		return When{}, fmt.Errorf("%q is not a date: want YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDThh or YYYY-MM-DDThh:mm", first)
	}
	w.prec = p
	var err error
	if w.start, w.startMin, err = parsePoint(p, first); err != nil {
		return When{}, err
	}
	if span {
		if w.bound != NoBound {
			return When{}, errors.New("a bound (before/after) cannot have an end")
		}
		if q, ok := precisionOf(last); !ok || q != p {
			return When{}, fmt.Errorf("span end %q does not have the precision of its start, %s", last, p)
		}
		if w.end, w.endMin, err = parsePoint(p, last); err != nil {
			return When{}, err
		}
	}
	if w.bound != NoBound && w.approx != 0 {
		return When{}, errors.New("a bound (before/after) cannot be approximate")
	}
	return w, nil
}

// String returns the text form of w (see [When.MarshalText]), "" for the
// zero When, and "%!When(reason)" for an invalid one.
func (w When) String() string {
	b, err := w.AppendText(make([]byte, 0, 40))
	if err != nil {
		return "%!When(" + w.problem + ")"
	}
	return string(b)
}

// whenJSON is the object a When is in the JSON format. Its string fields
// are pointers so that an empty value can be told from a missing one.
type whenJSON struct {
	Precision  string  `json:"precision"`
	Start      *string `json:"start,omitempty"`
	End        *string `json:"end,omitempty"`
	Before     *string `json:"before,omitempty"`
	After      *string `json:"after,omitempty"`
	ApproxDays int     `json:"approx_days,omitempty"`
	Zone       *string `json:"zone,omitempty"`
}

// MarshalJSON implements [json.Marshaler] with the object of the timeline
// JSON format: {"precision": "day", "start": "2025-12-05", "approx_days": 2,
// "zone": "Asia/Kolkata"}. The zero When is null; tag a field omitzero to
// leave it out instead.
func (w When) MarshalJSON() ([]byte, error) {
	if w.problem != "" {
		return nil, &Error{Msg: "invalid date: " + w.problem}
	}
	if w.IsZero() {
		return []byte("null"), nil
	}
	str := func(b []byte) *string { s := string(b); return &s }
	jw := whenJSON{Precision: w.prec.String(), ApproxDays: int(w.approx)}
	point := str(w.appendPoint(nil, w.start, w.startMin, true))
	switch w.bound {
	case BeforeBound:
		jw.Before = point
	case AfterBound:
		jw.After = point
	default:
		jw.Start = point
	}
	if w.IsSpan() {
		jw.End = str(w.appendPoint(nil, w.end, w.endMin, true))
	}
	if w.zone != "" {
		jw.Zone = &w.zone
	}
	return json.Marshal(jw)
}

// UnmarshalJSON implements [json.Unmarshaler] for the object that
// [When.MarshalJSON] writes. null decodes to the zero When. It is lenient
// about the document around it; [Unmarshal] reads whole timelines
// strictly and says where a problem is.
func (w *When) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*w = When{}
		return nil
	}
	var jw whenJSON
	if err := json.Unmarshal(b, &jw); err != nil {
		return &Error{Msg: err.Error()}
	}
	v, field, err := jw.when()
	if err != nil {
		return fieldError(field, err)
	}
	*w = v
	return nil
}

// when converts the JSON object to a When, or says which field is wrong
// ("" for the object as a whole). It checks the form of the object only;
// [When.Check] checks the date itself.
func (jw *whenJSON) when() (When, string, error) {
	for _, f := range []struct {
		name  string
		value *string
	}{{"start", jw.Start}, {"end", jw.End}, {"before", jw.Before}, {"after", jw.After}, {"zone", jw.Zone}} {
		if f.value != nil && *f.value == "" {
			return When{}, f.name, errors.New("empty; give a value or leave the field out")
		}
	}
	p, ok := parsePrecision(jw.Precision)
	if !ok {
		return When{}, "precision", fmt.Errorf("unknown precision %q; want minute, hour, day, week, month or year", jw.Precision)
	}
	w := When{prec: p}
	if jw.Zone != nil {
		w.zone = *jw.Zone
	}
	field, point, set := "", "", 0
	for _, f := range []struct {
		name  string
		value *string
		bound Bound
	}{{"start", jw.Start, NoBound}, {"before", jw.Before, BeforeBound}, {"after", jw.After, AfterBound}} {
		if f.value != nil {
			set++
			field, point, w.bound = f.name, *f.value, f.bound
		}
	}
	if set != 1 {
		return When{}, "", errors.New("want exactly one of start, before and after")
	}
	var err error
	if w.start, w.startMin, err = parsePoint(p, point); err != nil {
		return When{}, field, err
	}
	if jw.End != nil {
		if w.bound != NoBound {
			return When{}, "end", errors.New("a bound (before/after) cannot have an end")
		}
		if w.end, w.endMin, err = parsePoint(p, *jw.End); err != nil {
			return When{}, "end", err
		}
	}
	if jw.ApproxDays < 0 || jw.ApproxDays > 366 {
		return When{}, "approx_days", fmt.Errorf("%d out of range 0..366", jw.ApproxDays)
	}
	w.approx = uint16(jw.ApproxDays)
	if w.bound != NoBound && w.approx != 0 {
		return When{}, "approx_days", errors.New("a bound (before/after) cannot be approximate")
	}
	return w, "", nil
}
