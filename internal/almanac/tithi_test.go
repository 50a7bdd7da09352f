package almanac

import "testing"

// Tithi boundaries against drikpanchang's, as newspapers quoted them
// (IST, to the minute). Ours are computed for the same festival's month;
// the tolerance, 2 minutes, is the quoted precision plus our measured
// error against PyEphem.
func TestTithiBoundariesAgainstPublished(t *testing.T) {
	for _, c := range []struct {
		masa       Masa
		cycle, n   int
		start, end string
		src        string
	}{
		{Ashadha, 2021, 15, "2021-07-23 10:43", "2021-07-24 08:06", "https://www.republicworld.com/lifestyle/festivals/happy-guru-purnima-2021-wishes-images-whatsapp-status-and-messages-quotes-photos.html"},
		{Ashadha, 2023, 15, "2023-07-02 20:21", "2023-07-03 17:08", "https://sambadenglish.com/guru-purnima-2023-date-tithi-time-significance"},
		{Ashadha, 2024, 15, "2024-07-20 17:59", "2024-07-21 15:46", "https://www.hindustantimes.com/lifestyle/festivals/guru-purnima-2024-when-is-it-time-rituals-and-all-that-you-need-to-know-101721293703835.html"},
		{Chaitra, 2023, 15, "2023-04-05 09:19", "2023-04-06 10:04", "https://www.indiatoday.in/information/story/when-is-hanuman-jayanti-in-2023-date-tithi-and-all-you-need-to-know-2322100-2023-01-16"},
		{Chaitra, 2024, 15, "2024-04-23 03:25", "2024-04-24 05:18", "https://www.eastcoastdaily.in/2024/04/20/hanuman-jayanti-2024-know-date-puja-timings-significance.html"},
		{Ashvin, 2023, 28, "2023-11-10 12:35", "2023-11-11 13:57", "https://www.getynews.com/2023/11/dhanteras-2023-date-and-time-when-is.html"},
	} {
		k, ok := cycleMonth(c.masa, false, c.cycle)
		if !ok {
			t.Fatalf("no %v %d", c.masa, c.cycle)
		}
		s := tithiSpan(k, c.n)
		for _, e := range []struct {
			got  ut
			want string
		}{{s.start, c.start}, {s.end, c.end}} {
			d := float64(e.got-mustIST(t, e.want)) * 1440
			t.Logf("%v %d tithi %d: %s published, ours differs by %+.1f min", c.masa, c.cycle, c.n, e.want, d)
			if d > 2 || d < -2 {
				t.Errorf("%v %d tithi %d boundary at %v, published %s (%s): %.1f minutes apart",
					c.masa, c.cycle, c.n, utcTime(e.got), e.want, c.src, d)
			}
		}
	}
}
