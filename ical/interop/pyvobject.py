#!/usr/bin/python3
"""Python `vobject` (Debian python3-vobject) runner.

    /usr/bin/python3 pyvobject.py FILE.ics  -> normalized JSON on stdout

Run with Debian's /usr/bin/python3: a pyenv python3 earlier on PATH
cannot import Debian's packages. Exit 1 with a message on stderr if the
parser rejects the file. See README.md for the shape.
"""
import datetime
import json
import sys

import vobject

try:
    from importlib.metadata import version as _pkg_version
    VERSION = _pkg_version("vobject")
except Exception:  # pragma: no cover
    VERSION = None


def fail(msg):
    print("pyvobject: " + msg, file=sys.stderr)
    sys.exit(1)


def first(comp, name):
    lst = comp.contents.get(name)
    return lst[0] if lst else None


def text(comp, name):
    line = first(comp, name)
    if line is None:
        return None
    v = line.value
    if isinstance(v, list):
        return ",".join(str(x) for x in v)
    return str(v)


def param(line, name):
    v = line.params.get(name)
    if not v:
        return None
    return ",".join(v)


def dt(comp, name, errors):
    line = first(comp, name)
    if line is None:
        return None
    try:
        v = line.value
    except Exception as e:
        errors.append("%s: %s" % (name, e))
        return None
    tzid = param(line, "TZID")
    if isinstance(v, str):
        errors.append("%s: left as text %r" % (name, v))
        return None
    if isinstance(v, datetime.datetime):
        utc = None
        if v.tzinfo is not None and v.utcoffset() is not None:
            utc = v.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            if tzid is None:
                # vobject moves TZID into the tzinfo it built from the
                # file's VTIMEZONE (dateutil tzicalvtz); read it back.
                try:
                    tzid = vobject.icalendar.TimezoneComponent.pickTzid(v.tzinfo)
                except Exception:
                    tzid = None
                if tzid in (None, "UTC") and v.utcoffset() == datetime.timedelta(0):
                    tzid = "UTC"
        elif tzid:
            errors.append("%s: TZID %s not resolved; parser returned a naive (floating) time"
                          % (name, tzid))
        return {"value": v.strftime("%Y%m%dT%H%M%S"), "tzid": tzid, "date_only": False,
                "date": v.strftime("%Y-%m-%d"), "utc": utc}
    if isinstance(v, datetime.date):
        return {"value": v.strftime("%Y%m%d"), "tzid": tzid, "date_only": True,
                "date": v.strftime("%Y-%m-%d"), "utc": None}
    errors.append("%s: not a date or date-time: %r" % (name, v))
    return None


def strings(comp, name):
    out = []
    for line in comp.contents.get(name, []):
        v = line.value
        if isinstance(v, (list, tuple)):
            out.extend(str(x) for x in v)
        else:
            out.append(str(v))
    return out


def main():
    if len(sys.argv) != 2:
        print("usage: pyvobject.py FILE.ics", file=sys.stderr)
        sys.exit(2)
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    errors = []
    try:
        text_in = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("not UTF-8: %s" % e)
    try:
        comps = list(vobject.readComponents(text_in, validate=False))
    except Exception as e:  # the parser rejects the file
        fail("parse failed: %s: %s" % (type(e).__name__, e))
    if not comps:
        fail("no component found")
    if len(comps) > 1:
        errors.append("%d top-level components; using the first" % len(comps))
    cal = comps[0]
    if cal.name.upper() != "VCALENDAR":
        fail("top-level component is %s, not VCALENDAR" % cal.name)

    events = []
    for ev in cal.contents.get("vevent", []):
        attendees = []
        for a in ev.contents.get("attendee", []):
            attendees.append({
                "cn": param(a, "CN"),
                "role": param(a, "ROLE"),
                "partstat": param(a, "PARTSTAT"),
                "value": str(a.value),
            })
        seq = text(ev, "sequence")
        try:
            seq = int(seq) if seq is not None else None
        except ValueError:
            errors.append("SEQUENCE not an integer: %r" % seq)
            seq = None
        events.append({
            "uid": text(ev, "uid"),
            "summary": text(ev, "summary"),
            "dtstart": dt(ev, "dtstart", errors),
            "dtend": dt(ev, "dtend", errors),
            "status": text(ev, "status"),
            "attendees": attendees,
            "description": text(ev, "description"),
            "location": text(ev, "location"),
            "sequence": seq,
            "related_to": strings(ev, "related-to"),
            "categories": strings(ev, "categories"),
        })

    out = {
        "parser": "pyvobject",
        "parser_version": VERSION,
        "unsupported": [],
        "calendar": {
            "name": text(cal, "name"),
            "x_wr_calname": text(cal, "x-wr-calname"),
            "timezones": sorted(text(z, "tzid") or "" for z in cal.contents.get("vtimezone", [])),
        },
        "events": events,
        "errors": errors,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
