package ical

import (
	"bytes"
	"sync/atomic"
	"testing"

	"github.com/samayrekha/samayrekha/timeline"
)

// This file holds what the tests reach inside the package for, so that
// the production types carry no test hooks (as in Go's time package).

// setMarshal makes every Feed encode its renderings with m until the test
// ends. Tests that call it must not run in parallel.
func setMarshal(t testing.TB, m func(*timeline.Timeline, *Options) ([]byte, error)) {
	t.Helper()
	old := marshalFeed
	marshalFeed = m
	t.Cleanup(func() { marshalFeed = old })
}

// countRenders counts the renderings every Feed makes from now until the
// test ends.
func countRenders(t testing.TB) *atomic.Int64 {
	t.Helper()
	var n atomic.Int64
	m := marshalFeed
	setMarshal(t, func(tl *timeline.Timeline, o *Options) ([]byte, error) {
		n.Add(1)
		return m(tl, o)
	})
	return &n
}

// dropAll empties c, so that the next request renders again.
func dropAll(c *renderCache) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, rd := range c.m {
		c.remove(rd)
	}
}

// parseComponents reads b with the decoder's reader, as the tests of the
// writer read its output back.
func parseComponents(b []byte) ([]*component, error) {
	d := &decoder{opts: DecodeOptions{MaxLine: DefaultMaxLine, MaxBytes: DefaultMaxBytes}}
	return d.parse(bytes.NewReader(b))
}

// param returns the first value of parameter name of p.
func param(p *property, name string) string { return p.param(name) }
