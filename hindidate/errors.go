package hindidate

import (
	"errors"
	"strconv"
)

// ErrNoDate is the cause of a [ParseError] for input that holds no date
// expression at all (for example the empty string or "कुल"). Test for it
// with [errors.Is].
var ErrNoDate = errors.New("no date expression")

// ErrTrailingText is the cause of a [ParseError] for input that begins with
// a date expression but continues with text that is not part of it.
var ErrTrailingText = errors.New("unexpected text after date")

// ErrInvalidDate is the cause of a [ParseError] for an expression whose
// shape is right but whose values are not a date, such as "31 नवंबर" or
// "18-13-2025".
var ErrInvalidDate = errors.New("invalid date")

// ParseError describes a failure of [Parse]. It quotes the input and gives
// the byte offset in it where parsing failed.
type ParseError struct {
	Input  string // the whole input to Parse
	Offset int    // byte offset in Input where parsing failed
	Msg    string // what was wrong, in English
	Err    error  // ErrNoDate, ErrTrailingText or ErrInvalidDate
}

// Error returns a message of the form
//
//	hindidate: parsing "31 नवंबर": at byte 0 ("31 नवंबर"): invalid date: day 31 is not in नवंबर
func (e *ParseError) Error() string {
	near := e.Input
	if e.Offset >= 0 && e.Offset <= len(near) {
		near = near[e.Offset:]
	}
	if len(near) > 40 {
		cut := 40
		for cut > 0 && near[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			cut--
		}
		near = near[:cut] + "…"
	}
	s := "hindidate: parsing " + strconv.Quote(e.Input) + ": at byte " + strconv.Itoa(e.Offset) +
		" (" + strconv.Quote(near) + "): "
	if e.Err != nil {
		s += e.Err.Error()
		if e.Msg != "" {
			s += ": "
		}
	}
	return s + e.Msg
}

// Unwrap returns the cause, one of [ErrNoDate], [ErrTrailingText] or
// [ErrInvalidDate].
func (e *ParseError) Unwrap() error { return e.Err }
