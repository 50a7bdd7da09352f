package hindi

import "testing"

// TestSetFilter checks that a set's filter never rules out a word get
// finds: in any case, of any length.
func TestSetFilter(t *testing.T) {
	s := setOf("ज़ेलेंस्की", "said", "be", "अनुसार", "Abcdefghijklmnopqrstuvwxyz")
	for _, w := range []string{"ज़ेलेंस्की", "ज\u093Cेलेंस्की", "said", "SAID", "Said", "saiD", "be", "BE", "अनुसार",
		"abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "aBCDEFGHIJKLMNOPQRSTUVWXYz"} {
		if _, ok := s.t.get(w); !ok {
			t.Fatalf("get(%q) misses", w)
		}
		if !s.has(w) {
			t.Errorf("has(%q) = false", w)
		}
	}
	for _, w := range []string{"", "sai", "saidx", "अनुसा", "xbe", "Ab"} {
		if s.has(w) {
			t.Errorf("has(%q) = true", w)
		}
	}
}
