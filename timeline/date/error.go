package date

import "strconv"

// An Error reports a date that cannot be read or is not valid. Check,
// ParseWhen, Parse, UnmarshalText and UnmarshalJSON return one, so that a
// caller can say where the problem is: package timeline turns Field into
// the path of a JSON member ("events[2].when.zone").
type Error struct {
	// Value is the text that was parsed ("2025-02-30"); "" when the date
	// did not come from text.
	Value string
	// Field names the member of the date's JSON object at fault: "start",
	// "end", "before", "after", "zone", "approx_days" or "precision"; ""
	// for the date as a whole.
	Field string
	// Msg says what is wrong: "day 30 out of range for February 2025".
	Msg string
}

// Error returns `date: parsing "2025-02-30": day 30 out of range for
// February 2025`, or `date: zone: unknown time zone "Mars/Olympus"`.
func (e *Error) Error() string {
	s := "date: "
	if e.Value != "" {
		s += "parsing " + strconv.Quote(e.Value) + ": "
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Msg
}

// fieldError makes an *Error about one field of the JSON object.
func fieldError(field string, err error) *Error {
	return &Error{Field: field, Msg: err.Error()}
}
