package almanac

import (
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	d := Date{2024, time.February, 28}
	if got, want := d.AddDays(1), (Date{2024, time.February, 29}); got != want {
		t.Errorf("%v.AddDays(1) = %v, want %v (leap year)", d, got, want)
	}
	if got, want := d.AddDays(-59), (Date{2023, time.December, 31}); got != want {
		t.Errorf("%v.AddDays(-59) = %v, want %v", d, got, want)
	}
	if d.String() != "2024-02-28" || (Date{}).String() != "0000-00-00" {
		t.Errorf("String = %q, %q", d.String(), Date{}.String())
	}
	for _, c := range []struct {
		a, b Date
		want int
	}{
		{d, d, 0}, {d, d.AddDays(1), -1}, {Date{2025, 1, 1}, d, 1}, {Date{2024, 3, 1}, d, 1},
	} {
		if got := c.a.Compare(c.b); got != c.want {
			t.Errorf("%v.Compare(%v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if !(Date{}).IsZero() || d.IsZero() {
		t.Error("IsZero wrong")
	}
	ist := time.FixedZone("IST", 19800)
	if got := d.Midnight(ist); !got.Equal(time.Date(2024, 2, 28, 0, 0, 0, 0, ist)) {
		t.Errorf("Midnight(IST) = %v", got)
	}
	// istDate and istMidnight are inverse.
	for _, x := range []Date{{1950, 1, 1}, {2000, 2, 29}, {2100, 12, 31}} {
		if got := istDate(istMidnight(x)); got != x {
			t.Errorf("istDate(istMidnight(%v)) = %v", x, got)
		}
		if got := istDate(istMidnight(x) - 1e-6); got != x.AddDays(-1) {
			t.Errorf("istDate just before %v = %v", x, got)
		}
	}
}
