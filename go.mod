module github.com/samayrekha/samayrekha

go 1.26.0

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/goodsign/monday v1.0.2
	github.com/google/go-cmp v0.7.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/yuin/goldmark v1.8.7
)

require golang.org/x/text v0.44.0

require golang.org/x/sync v0.25.0

require github.com/teambition/rrule-go v1.8.2

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
