package almanac

import (
	"math"
	"testing"
)

func TestAyanamsa(t *testing.T) {
	// The definition: 23°15′00.658″ true on 21 March 1956, less that
	// day's nutation in longitude (Wahr, 16.77″), as Swiss Ephemeris has it.
	if got, want := ayanamsa(lahiriEpoch), 23.250182778-0.004658035; math.Abs(got-want) > 1e-9 {
		t.Errorf("ayanamsa(1956-03-21) = %.9f°, want %.9f°", got, want)
	}
	dpsi, _ := nutation(lahiriEpoch)
	if got := (lahiriMean + dpsi - 23.250182778) * 3600; math.Abs(got) > 0.5 {
		t.Errorf("true ayanamsa on 1956-03-21 differs from 23°15′00.658″ by %.2f″", got)
	}
	// About 23°51′25″ at J2000 and 50.29″ a year.
	if got := ayanamsa(j2000); math.Abs(got-(23+51.0/60+25.5/3600)) > 1.0/3600 {
		t.Errorf("ayanamsa(J2000) = %.6f°, want 23°51′25.5″ within 1″", got)
	}
	if rate := (ayanamsa(j2000+36525) - ayanamsa(j2000)) * 36; math.Abs(rate-50.29) > 0.02 {
		t.Errorf("precession %.3f″/year, want 50.29", rate)
	}
}

// Sankranti instants as the papers print them (from drikpanchang): ours
// come some minutes earlier, as the published ones use a slightly larger
// Lahiri value. The package therefore treats a sankranti within 20
// minutes of a deciding sunrise or sunset as ambiguous (solar.go).
func TestSankrantiNearPublished(t *testing.T) {
	for _, c := range []struct {
		r    rashi
		y    int
		want string // IST
		src  string
	}{
		{makara, 2024, "2024-01-15 02:54", "https://punjabi.abplive.com/web-stories/makar-sankranti-2024-right-date-how-do-celebrate-this-festival-771351"},
		{makara, 2025, "2025-01-14 09:03", "https://vistaarnews.com/tag/happy-makar-sankranti-2025"},
	} {
		got := sankrantiIn(c.r, c.y).ut()
		want := mustIST(t, c.want)
		if d := float64(got-want) * 1440; d > 0 || d < -15 {
			t.Errorf("sankranti %d in %d at %v, published %s (%s): %.1f min", c.r, c.y, utcTime(got), c.want, c.src, d)
		}
	}
}
