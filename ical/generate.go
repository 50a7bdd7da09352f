package ical

// windowszones.go is generated from CLDR's windowsZones.json, as npm's
// cldr-core package ships it (lock file in internal/winzones):
//
//	cd ical/internal/winzones && npm ci && cd ../.. && go generate .

//go:generate go run ./internal/winzones -cldr internal/winzones/node_modules -o windowszones.go
