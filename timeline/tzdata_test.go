package timeline_test

// The tests use Europe/Moscow, Asia/Kolkata and others on any machine,
// whatever the system's zoneinfo holds; the library itself does not embed
// a zone database (see package date).
import _ "time/tzdata"
