#!/usr/bin/python3
"""Python `icalendar` (Debian python3-icalendar) runner.

    /usr/bin/python3 pyicalendar.py FILE.ics  -> normalized JSON on stdout

Run with Debian's /usr/bin/python3: a pyenv python3 earlier on PATH
cannot import Debian's packages. Exit 1 with a message on stderr if the
parser rejects the file. See README.md for the shape.
"""
import datetime
import json
import sys

import icalendar


def fail(msg):
    print("pyicalendar: " + msg, file=sys.stderr)
    sys.exit(1)


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def text(comp, name):
    v = comp.get(name)
    if v is None:
        return None
    if isinstance(v, list):  # repeated property: report the first
        v = v[0]
    if hasattr(v, "to_ical") and not isinstance(v, str):
        return v.to_ical().decode("utf-8")
    return str(v)


def dt(comp, name, errors):
    prop = comp.get(name)
    if prop is None:
        return None
    if isinstance(prop, list):
        errors.append("%s: repeated" % name)
        prop = prop[0]
    v = getattr(prop, "dt", None)
    tzid = prop.params.get("TZID") if hasattr(prop, "params") else None
    if isinstance(v, datetime.datetime):
        value = v.strftime("%Y%m%dT%H%M%S")
        utc = None
        if v.tzinfo is not None and v.utcoffset() is not None:
            u = v.astimezone(datetime.timezone.utc)
            utc = u.strftime("%Y-%m-%dT%H:%M:%SZ")
            if tzid is None and v.utcoffset() == datetime.timedelta(0):
                tzid = "UTC"
        elif tzid:
            errors.append("%s: TZID %s not resolved; parser returned a naive (floating) time"
                          % (name, tzid))
        return {"value": value, "tzid": tzid, "date_only": False,
                "date": v.strftime("%Y-%m-%d"), "utc": utc}
    if isinstance(v, datetime.date):
        return {"value": v.strftime("%Y%m%d"), "tzid": tzid, "date_only": True,
                "date": v.strftime("%Y-%m-%d"), "utc": None}
    errors.append("%s: not a date or date-time: %r" % (name, v))
    return None


def strings(comp, name):
    out = []
    for p in as_list(comp.get(name)):
        if hasattr(p, "cats"):  # vCategory (icalendar >= 4.0.4 / 5)
            out.extend(str(c) for c in p.cats)
        elif isinstance(p, (list, tuple)):
            out.extend(str(c) for c in p)
        else:
            out.append(str(p))
    return out


def main():
    if len(sys.argv) != 2:
        print("usage: pyicalendar.py FILE.ics", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    errors = []
    try:
        cals = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as e:  # the parser rejects the file
        fail("parse failed: %s: %s" % (type(e).__name__, e))
    if not cals:
        fail("no component found")
    if len(cals) > 1:
        errors.append("%d top-level components; using the first" % len(cals))
    cal = cals[0]
    if cal.name != "VCALENDAR":
        fail("top-level component is %s, not VCALENDAR" % cal.name)

    for c in cal.walk():
        for prop, err in getattr(c, "errors", []):
            errors.append("%s: %s: %s" % (c.name, prop, err))

    events = []
    for ev in cal.walk("VEVENT"):
        attendees = []
        for a in as_list(ev.get("ATTENDEE")):
            params = getattr(a, "params", {})
            attendees.append({
                "cn": params.get("CN"),
                "role": params.get("ROLE"),
                "partstat": params.get("PARTSTAT"),
                "value": str(a),
            })
        seq = ev.get("SEQUENCE")
        events.append({
            "uid": text(ev, "UID"),
            "summary": text(ev, "SUMMARY"),
            "dtstart": dt(ev, "DTSTART", errors),
            "dtend": dt(ev, "DTEND", errors),
            "status": text(ev, "STATUS"),
            "attendees": attendees,
            "description": text(ev, "DESCRIPTION"),
            "location": text(ev, "LOCATION"),
            "sequence": int(seq) if seq is not None else None,
            "related_to": strings(ev, "RELATED-TO"),
            "categories": strings(ev, "CATEGORIES"),
        })

    out = {
        "parser": "pyicalendar",
        "parser_version": getattr(icalendar, "__version__", None),
        "unsupported": [],
        "calendar": {
            "name": text(cal, "NAME"),
            "x_wr_calname": text(cal, "X-WR-CALNAME"),
            "timezones": sorted(str(z.get("TZID")) for z in cal.walk("VTIMEZONE")),
        },
        "events": events,
        "errors": errors,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
