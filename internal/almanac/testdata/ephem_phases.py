#!/usr/bin/env python3
"""Independent ephemeris for internal/almanac's tests (phase_test.go).

Prints, with PyEphem (libastro, Debian's python3-ephem):

  new  <unix seconds UT>        every new moon from 1950 to 2100
  full <unix seconds UT>        every full moon from 1950 to 2100
  season <unix seconds UT> <k>  equinoxes and solstices: the Sun's apparent
                                longitude is k*90 degrees
  sun <unix seconds UT> <lon>   the Sun's apparent ecliptic longitude of date
  moon <unix seconds UT> <lon> <lat>
                                the Moon's apparent geocentric ecliptic
                                longitude and latitude of date
  rise <date> <sunrise> <sunset> <moonrise>
                                at New Delhi (28.6139 N, 77.2090 E) on
                                that IST date, every 31 days: upper limb
                                on the horizon with 34' of refraction;
                                moonrise is the first after the IST day's
                                start, or - if none that day

Times are UT, as PyEphem computes them with its own Delta T. The samples
for sun and moon are every 7.3 days, at a fixed hour, over the same years.
"""
import ephem

START = ephem.Date("1950/1/1")
END = ephem.Date("2101/1/1")
UNIX_EPOCH = ephem.Date("1970/1/1")


def unix(d):
    return round((float(d) - float(UNIX_EPOCH)) * 86400)


def phases(name, nxt):
    d = START
    while True:
        d = nxt(d)
        if d >= END:
            return
        print(name, unix(d))
        d = ephem.Date(d + 1)


def seasons():
    events = []
    for fn, k0 in ((ephem.next_vernal_equinox, 0), (ephem.next_summer_solstice, 1),
                   (ephem.next_autumnal_equinox, 2), (ephem.next_winter_solstice, 3)):
        x = START
        while True:
            x = fn(x)
            if x >= END:
                break
            events.append((unix(x), k0))
            x = ephem.Date(x + 1)
    for t, k in sorted(events):
        print("season", t, k)


def ecliptic_of_date(body, d):
    body.compute(d, epoch=d)
    ecl = ephem.Ecliptic(ephem.Equatorial(body.g_ra, body.g_dec, epoch=d), epoch=d)
    return float(ecl.lon) * 180 / ephem.pi, float(ecl.lat) * 180 / ephem.pi


def samples():
    sun, moon = ephem.Sun(), ephem.Moon()
    d = ephem.Date(START + 0.3)
    while d < END:
        lon, _ = ecliptic_of_date(sun, d)
        print("sun", unix(d), "%.6f" % lon)
        lon, lat = ecliptic_of_date(moon, d)
        print("moon", unix(d), "%.6f" % lon, "%.6f" % lat)
        d = ephem.Date(d + 7.3)


def rises():
    delhi = ephem.Observer()
    delhi.lat, delhi.lon, delhi.elevation = "28.6139", "77.2090", 0
    delhi.pressure, delhi.horizon = 0, "-0:34"
    sun, moon = ephem.Sun(), ephem.Moon()
    day = ephem.Date(START - 5.5 / 24)  # IST midnight in UT
    while day < END:
        delhi.date = day
        rise = delhi.next_rising(sun)
        set_ = delhi.next_setting(sun)
        mrise = delhi.next_rising(moon)
        m = str(unix(mrise)) if mrise < day + 1 else "-"
        print("rise", ephem.Date(day + 5.5 / 24).datetime().strftime("%Y-%m-%d"),
              unix(rise), unix(set_), m)
        day = ephem.Date(day + 31)


phases("new", ephem.next_new_moon)
phases("full", ephem.next_full_moon)
seasons()
samples()
rises()
