module github.com/samayrekha/samayrekha

go 1.26

require github.com/arran4/golang-ical v0.3.4 // indirect
