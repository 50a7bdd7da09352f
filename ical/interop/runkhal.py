#!/usr/bin/python3
# (Named runkhal.py, not khal.py: a script called khal.py would shadow
# the khal package it imports.)
"""khal (Debian khal) runner.

    /usr/bin/python3 runkhal.py FILE.ics  -> normalized JSON on stdout

Imports FILE the way a khal user does, `khal import --batch FILE`, into a
fresh temporary vdir and database (local and default time zone UTC), then
reads back what khal holds with khal's own collection and Event classes,
the code behind `khal list`: title, description, location, status, UID
and the start and end as khal localized them. khal shows attendees only
as addresses, no CN, and keeps no SEQUENCE, RELATED-TO or calendar name
through its Event API: those fields are listed in "unsupported". Events
come in khal's order (its database's), so they are matched by UID.

An all-day event's end is khal's last day; the runner reports the
exclusive iCalendar end it implies (the day after). khal's import gives
a timed event without DTEND (or with DTEND equal to DTSTART) an end one
hour after its start (khal.icalendar.sanitize_timerange) and stores it:
the runner reports that end, which is what a khal user sees.

Exit 1 with a message on stderr if khal rejects the whole file; events
it skips or warns about are reported in "errors" (its log).
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

UNSUPPORTED = [
    "attendees", "sequence", "related_to", "categories",
    "calendar.name", "calendar.x_wr_calname", "calendar.timezones",
    "event_order",
]

CONFIG = """[calendars]
[[cal]]
path = {vdir}
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M:%S
longdatetimeformat = %Y-%m-%dT%H:%M:%S
[sqlite]
path = {db}
"""


def fail(msg):
    print("khal: " + msg, file=sys.stderr)
    sys.exit(1)


def when(v, is_end, start, errors, name):
    """The shape's date object for khal's start or end."""
    if v is None:
        return None
    if isinstance(v, datetime.datetime):
        if v.tzinfo is None:
            errors.append("%s: khal holds a floating time" % name)
            return {"value": v.strftime("%Y%m%dT%H%M%S"), "tzid": None, "date_only": False,
                    "date": v.date().isoformat(), "utc": None}
        zone = getattr(v.tzinfo, "zone", None) or str(v.tzinfo)
        if zone in ("UTC", "Etc/UTC"):
            zone = "UTC"
        u = v.astimezone(datetime.timezone.utc)
        return {"value": v.strftime("%Y%m%dT%H%M%S"), "tzid": zone, "date_only": False,
                "date": v.date().isoformat(), "utc": u.strftime("%Y-%m-%dT%H:%M:%SZ")}
    if isinstance(v, datetime.date):
        if is_end:
            v = v + datetime.timedelta(days=1)
        return {"value": v.strftime("%Y%m%d"), "tzid": None, "date_only": True,
                "date": v.isoformat(), "utc": None}
    errors.append("%s: unexpected value %r" % (name, v))
    return None


def text(v):
    if v is None:
        return None
    s = str(v)
    return s if s != "" else None


def main():
    if len(sys.argv) != 2:
        print("usage: runkhal.py FILE.ics", file=sys.stderr)
        sys.exit(2)
    src = os.path.abspath(sys.argv[1])
    if not os.path.isfile(src):
        fail("no such file: %s" % src)
    errors = []
    with tempfile.TemporaryDirectory(prefix="khal-interop-") as tmp:
        vdir = os.path.join(tmp, "cal")
        os.mkdir(vdir)
        conf_path = os.path.join(tmp, "config")
        with open(conf_path, "w") as f:
            f.write(CONFIG.format(vdir=vdir, db=os.path.join(tmp, "khal.db")))
        env = dict(os.environ, TZ="UTC", HOME=tmp, LC_ALL="C.UTF-8",
                   XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp)
        imp = subprocess.run(["khal", "-c", conf_path, "-v", "WARNING", "import", "--batch", src],
                             env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                             errors="replace", timeout=120)
        log = [l for l in (imp.stdout + imp.stderr).splitlines() if l.strip()]
        if imp.returncode != 0:
            fail("import failed (rc=%d): %s" % (imp.returncode, " | ".join(log)))
        for l in log:
            errors.append("khal import: " + l)

        os.environ.update(env)
        from khal.cli import build_collection
        from khal.settings import get_config
        conf = get_config(conf_path)
        coll = build_collection(conf, None)
        events = []
        for href, _ in sorted(coll._backend.list("cal")):
            try:
                ev = coll.get_event(href, "cal")
            except Exception as e:  # khal could not read back what it stored
                errors.append("%s: %s" % (href, e))
                continue
            start = ev.start
            events.append({
                "uid": text(ev.uid),
                "summary": text(ev.summary),
                "dtstart": when(start, False, start, errors, "DTSTART"),
                "dtend": when(ev.end, True, start, errors, "DTEND"),
                "status": text(ev.status),
                "attendees": [],
                "description": text(ev.description),
                "location": text(ev.location),
                "sequence": None,
                "related_to": [],
                "categories": [],
            })

    version = None
    try:
        from importlib.metadata import version as pkg_version
        version = pkg_version("khal")
    except Exception:
        pass
    json.dump({
        "parser": "khal",
        "parser_version": version,
        "unsupported": UNSUPPORTED,
        "calendar": {"name": None, "x_wr_calname": None, "timezones": None},
        "events": events,
        "errors": errors,
    }, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
