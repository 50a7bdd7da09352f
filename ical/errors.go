package ical

import (
	"strconv"
)

// DecodeError is the error of [Decode] and [Unmarshal] when the input
// cannot be read as a calendar at all, with the line at fault: no
// VCALENDAR (line 1), components nested too deep, input over
// DecodeOptions.MaxBytes (the line where the limit was passed). What is
// wrong with one event or one line is not an error but a [Note] in the
// [Report]. Errors about no place in the input (a failing reader, bad
// options) are not DecodeErrors.
type DecodeError struct {
	// Line is the 1-based number of the line where the content line at
	// fault starts (a folded content line spans several lines).
	Line int
	// Property is the name of the property at fault, in upper case
	// ("BEGIN"), or "" when the error is about the file as a whole.
	Property string
	// Err says what is wrong.
	Err error
}

// Error returns "ical: line N: PROPERTY: what is wrong", without the
// property when there is none.
func (e *DecodeError) Error() string {
	s := "ical: line " + strconv.Itoa(e.Line) + ": "
	if e.Property != "" {
		s += e.Property + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *DecodeError) Unwrap() error { return e.Err }
