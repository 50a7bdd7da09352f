package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
)

// slugPattern is what a story's file name (without .json) must look like:
// it becomes the story's address, /stories/SLUG/.
var slugPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,99}$`)

// storyVersion is one accepted version of a story file. It is immutable
// once made; renderings of it are cached under its number.
type storyVersion struct {
	n        uint64 // unique in the process: the cache key
	slug     string
	file     string             // the file's name in the folder, "seed.json"
	sum      [sha256.Size]byte  // of the file's bytes
	full     *timeline.Timeline // as the file says, drafts included
	public   *timeline.Timeline // what readers see (see publicView)
	modified time.Time          // the file's modification time, UTC, whole seconds
	drafts   int                // events left out as drafts
	// What the index and the combined feeds need of the story, worked out
	// once per version rather than at every edit of any story.
	countries []string        // of the public events
	kinds     []timeline.Kind // of the public events
	latest    *timeline.Event // the public event reported on last; nil if none

	// etags remembers the ETags of the story's files once they were
	// rendered, so that a conditional GET is answered with a 304 even
	// after the renderings left the cache.
	etags atomic.Pointer[map[string][2]string]
}

var versionCounter atomic.Uint64

// fileState is what the last scan found in one *.json file.
type fileState struct {
	name    string
	modTime time.Time
	size    int64
	sum     [sha256.Size]byte
	cand    *storyVersion // the file's current content, decoded; nil if it is broken
	err     error         // why cand is nil
}

// problem is something an editor must fix: a file that cannot be read,
// decoded or validated, or whose event IDs clash with another story's.
type problem struct {
	File string `json:"file"`
	Err  string `json:"error"`
	// Serving says what readers get meanwhile: "the version of TIME" (the
	// last good one), or "nothing".
	Serving string `json:"serving"`
}

// state is one consistent view of the desk: the stories served, sorted by
// slug, and what is wrong. It is immutable; a scan makes a new one.
type state struct {
	stories  []*storyVersion
	bySlug   map[string]*storyVersion
	files    map[string]*fileState // by slug
	problems []problem
	modified time.Time // the latest of the stories' modification times
}

// loadOptions say how stories become public.
type loadOptions struct {
	drafts bool // keep events marked as drafts in every public output
}

// scan reads dir and returns the desk's next state, given the previous
// one (nil at start). Files whose modification time and size did not
// change are not read again; a file whose bytes did not change is not
// decoded again. A story whose new version is broken or clashes keeps its
// last good version; a story whose file is gone is removed.
func scan(dir string, prev *state, opts loadOptions) (*state, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	next := &state{bySlug: map[string]*storyVersion{}, files: map[string]*fileState{}}
	var slugs []string
	type job struct{ name, slug string }
	var jobs []job
	for _, e := range entries {
		name := e.Name()
		// Editors' and tools' temporary files (".x.json.swp", ".x.json.tmp-1",
		// "x.json~") are not stories.
		if !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		slug := strings.TrimSuffix(name, ".json")
		if !slugPattern.MatchString(slug) {
			next.problems = append(next.problems, problem{File: name, Serving: "nothing",
				Err: "the file name must be lower-case letters, digits and hyphens before .json (it becomes the story's address /stories/NAME/)"})
			continue
		}
		jobs = append(jobs, job{name, slug})
		slugs = append(slugs, slug)
	}
	// Decoding a story of a hundred events takes some milliseconds: a
	// thousand new files (a start) are read on every core.
	read := make([]*fileState, len(jobs))
	var cursor atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(1, len(jobs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(cursor.Add(1)) - 1
				if i >= len(jobs) {
					return
				}
				var old *fileState
				if prev != nil {
					old = prev.files[jobs[i].slug]
				}
				read[i] = readStory(dir, jobs[i].name, jobs[i].slug, old, opts)
			}
		}()
	}
	wg.Wait()
	for i, j := range jobs {
		next.files[j.slug] = read[i]
	}

	// Stories whose accepted version is unchanged claim their event IDs
	// first, then the others in name order: an edit never takes an ID
	// away from a story that already has it.
	accepted := func(slug string) *storyVersion {
		if prev == nil {
			return nil
		}
		return prev.bySlug[slug]
	}
	slices.SortStableFunc(slugs, func(a, b string) int {
		ua := accepted(a) != nil && next.files[a].cand == accepted(a)
		ub := accepted(b) != nil && next.files[b].cand == accepted(b)
		switch {
		case ua && !ub:
			return -1
		case ub && !ua:
			return 1
		}
		return strings.Compare(a, b)
	})
	owner := map[string]string{} // event ID → file name
	claim := func(v *storyVersion) error {
		for i := range v.full.Events {
			if f, ok := owner[v.full.Events[i].ID]; ok {
				return fmt.Errorf("event ID %q is also in %s: IDs must be unique across the desk (they are the calendar UIDs)", v.full.Events[i].ID, f)
			}
		}
		for i := range v.full.Events {
			owner[v.full.Events[i].ID] = v.file
		}
		return nil
	}
	for _, slug := range slugs {
		fsState := next.files[slug]
		last := accepted(slug)
		var why error
		if fsState.cand != nil {
			if why = claim(fsState.cand); why == nil {
				next.add(fsState.cand)
				continue
			}
		} else {
			why = fsState.err
		}
		p := problem{File: fsState.name, Err: why.Error(), Serving: "nothing"}
		if last != nil && last != fsState.cand && claim(last) == nil {
			next.add(last)
			p.Serving = "the version of " + last.modified.Format(time.RFC3339)
		}
		next.problems = append(next.problems, p)
	}
	slices.SortFunc(next.stories, func(a, b *storyVersion) int { return strings.Compare(a.slug, b.slug) })
	slices.SortFunc(next.problems, func(a, b problem) int { return strings.Compare(a.File, b.File) })
	return next, nil
}

func (s *state) add(v *storyVersion) {
	s.stories = append(s.stories, v)
	s.bySlug[v.slug] = v
	if v.modified.After(s.modified) {
		s.modified = v.modified
	}
}

// readStory reads one story file, reusing what the previous scan found
// when the file has not changed.
func readStory(dir, name, slug string, old *fileState, opts loadOptions) *fileState {
	path := filepath.Join(dir, name)
	fi, err := os.Stat(path)
	if err != nil {
		return &fileState{name: name, err: err}
	}
	mod := fi.ModTime().UTC().Truncate(time.Second)
	if old != nil && old.modTime.Equal(fi.ModTime()) && old.size == fi.Size() && (old.cand != nil || old.err != nil) {
		return old
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return &fileState{name: name, modTime: fi.ModTime(), size: fi.Size(), err: err}
	}
	fs := &fileState{name: name, modTime: fi.ModTime(), size: int64(len(data)), sum: sha256.Sum256(data)}
	if old != nil && old.sum == fs.sum {
		// Touched, not changed: the same version (and its renderings).
		fs.cand, fs.err = old.cand, old.err
		return fs
	}
	fs.cand, fs.err = decodeStory(data, name, slug, mod, opts)
	if fs.cand != nil {
		fs.cand.sum = fs.sum
	}
	return fs
}

// decodeStory decodes and validates a story file's bytes.
func decodeStory(data []byte, name, slug string, mod time.Time, opts loadOptions) (*storyVersion, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("the file is empty (an editor may be saving it)")
	}
	t, err := timeline.Unmarshal(data)
	if err != nil {
		return nil, err
	}
	pub, drafts := t, 0
	if !opts.drafts {
		pub, drafts = publicView(t)
	}
	if err := pub.Validate(); err != nil {
		return nil, fmt.Errorf("without its drafts: %w", err)
	}
	v := &storyVersion{
		n: versionCounter.Add(1), slug: slug, file: name,
		full: t, public: pub, modified: mod, drafts: drafts,
		latest: latestEvent(pub),
	}
	countries := map[string]bool{}
	kinds := map[timeline.Kind]bool{}
	for i := range pub.Events {
		e := &pub.Events[i]
		if !kinds[e.Kind] {
			kinds[e.Kind] = true
			v.kinds = append(v.kinds, e.Kind)
		}
		for _, c := range e.Countries() {
			if !countries[c] {
				countries[c] = true
				v.countries = append(v.countries, c)
			}
		}
	}
	return v, nil
}

// publicView returns t without the events marked as drafts (an event a
// program proposed from text and no editor has checked), and the number
// left out. References to a left-out event (PartOf, Related) are dropped
// with it, so the rest still validates. t itself is not changed.
func publicView(t *timeline.Timeline) (*timeline.Timeline, int) {
	drafts := map[string]bool{}
	for i := range t.Events {
		if t.Events[i].Draft != nil {
			drafts[t.Events[i].ID] = true
		}
	}
	if len(drafts) == 0 {
		return t, 0
	}
	out := t.Filter(func(e *timeline.Event) bool { return e.Draft == nil })
	for i := range out.Events {
		e := &out.Events[i]
		if drafts[e.PartOf] {
			e.PartOf = ""
		}
		if slices.ContainsFunc(e.Related, func(id string) bool { return drafts[id] }) {
			e.Related = slices.DeleteFunc(slices.Clone(e.Related), func(id string) bool { return drafts[id] })
		}
	}
	return out, len(drafts)
}

// errNoStories is the error of a folder with no timelines in it.
var errNoStories = errors.New("no *.json timelines")

// describe returns the first problems, for a log line or an error.
func describe(problems []problem) string {
	var b strings.Builder
	for i, p := range problems {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", p.File, p.Err)
	}
	return b.String()
}
