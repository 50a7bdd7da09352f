package main

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/http"
	"time"
)

// statusReport is what the editors' status view shows: every story
// served, every file with a problem, and the combined feed's version.
type statusReport struct {
	Dir      string        `json:"dir"`
	Scanned  time.Time     `json:"scanned"`
	Stories  []statusStory `json:"stories"`
	Problems []problem     `json:"problems"`
	Feed     struct {
		Version  uint64    `json:"version"`
		Modified time.Time `json:"modified"`
		Events   int       `json:"events"`
	} `json:"combined_feed"`
	Drafts bool `json:"drafts_published"`
}

type statusStory struct {
	Slug     string    `json:"slug"`
	File     string    `json:"file"`
	Modified time.Time `json:"modified"`
	Events   int       `json:"events"`
	Drafts   int       `json:"drafts_left_out"`
	Title    string    `json:"title"`
}

var statusTemplate = template.Must(template.New("status").Parse(`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Desk status</title></head>
<body>
<main>
<h1>Desk status</h1>
<p>Folder <code>{{.Dir}}</code>, read at {{.Scanned.Format "2006-01-02 15:04:05 MST"}}. Combined feed: version {{.Feed.Version}}, {{.Feed.Events}} events, modified {{.Feed.Modified.Format "2006-01-02 15:04:05 MST"}}.{{if .Drafts}} <strong>Drafts are published (-drafts).</strong>{{end}}</p>
<h2>Problems ({{len .Problems}})</h2>
{{- if .Problems}}
<table>
<thead><tr><th scope="col">File</th><th scope="col">Problem</th><th scope="col">Readers get</th></tr></thead>
<tbody>
{{- range .Problems}}
<tr><td><code>{{.File}}</code></td><td>{{.Err}}</td><td>{{.Serving}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>None.</p>
{{- end}}
<h2>Stories served ({{len .Stories}})</h2>
<table>
<thead><tr><th scope="col">Story</th><th scope="col">File</th><th scope="col">Modified</th><th scope="col">Events</th><th scope="col">Drafts left out</th></tr></thead>
<tbody>
{{- range .Stories}}
<tr><td><a href="{{$.Public}}/stories/{{.Slug}}/">{{.Title}}</a></td><td><code>{{.File}}</code></td><td>{{.Modified.Format "2006-01-02 15:04:05 MST"}}</td><td>{{.Events}}</td><td>{{.Drafts}}</td></tr>
{{- end}}
</tbody>
</table>
</main>
</body>
</html>
`))

// statusHandler serves the editors' view of the desk: /status.json and
// an HTML page at /. It is served on its own listener (-status-addr),
// never on the public site: file names and errors are for the newsroom.
func statusHandler(report func() statusReport, public string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(report())
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		data := struct {
			statusReport
			Public string
		}{report(), public}
		if err := statusTemplate.Execute(&buf, data); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
		w.Write(buf.Bytes())
	})
	return mux
}
