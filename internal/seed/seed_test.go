package seed_test

import (
	"os"
	"testing"

	"github.com/samayrekha/samayrekha/internal/seed"
)

// TestArticleIsTheSharedSeed keeps the embedded copy of the article equal
// to the project's seed, which lives beside the repository.
func TestArticleIsTheSharedSeed(t *testing.T) {
	const shared = "../../../shared/seed/article-hi.txt"
	b, err := os.ReadFile(shared)
	if os.IsNotExist(err) {
		// The shared folder sits beside the repository on developers'
		// machines and in CI; a checkout elsewhere has only the copy.
		t.Skipf("%s is not here; nothing to compare the copy with", shared)
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != seed.Article {
		t.Errorf("internal/seed/article-hi.txt differs from %s; copy it again", shared)
	}
}

func TestTimelineValidates(t *testing.T) {
	tl := seed.Timeline()
	if err := tl.Validate(); err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 7 {
		t.Errorf("seed timeline has %d events, want the article's 7", len(tl.Events))
	}
}
