package ical

// The tests compare VTIMEZONEs with Go's own zone database, the same on
// every machine, whatever the system's zoneinfo holds.
import _ "time/tzdata"
