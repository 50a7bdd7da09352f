#!/usr/bin/python3
"""calcurse (Debian calcurse) runner.

    /usr/bin/python3 calcurse.py FILE.ics  -> normalized JSON on stdout

Imports FILE with `calcurse -i` into a fresh temporary data/config
directory (TZ=UTC, so calcurse stores UTC wall times), then reads back
what calcurse holds with `calcurse -G` and custom --format-* strings, and
the note files it attached. calcurse keeps much less than iCalendar:
fields it cannot carry are null/[] and listed in "unsupported". See
README.md.

Exit 1 with a message on stderr if calcurse rejects the whole file;
items it skips are reported in "errors" (from calcurse's import log).
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

UNSUPPORTED = [
    "uid", "status", "attendees", "sequence", "related_to", "categories",
    "dtstart.value", "dtend.value", "dtstart.date", "dtend.date",
    "calendar.name", "calendar.x_wr_calname", "calendar.timezones",
    "event_order",
]

EVENT_RAW = re.compile(
    r"^(\d\d)/(\d\d)/(\d{4}) \[(\d+)\] (?:\{([^}]*)\} ?)?(?:>([0-9a-f]+) )?(.*)$")


def fail(msg):
    print("calcurse: " + msg, file=sys.stderr)
    sys.exit(1)


def utc_of(epoch):
    return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)


def read_note(datadir, name, errors):
    """calcurse's import note: DESCRIPTION, then a '-- ' line, then
    'Location: ...' and 'Import: ...' lines it adds itself."""
    if not name or name == "(null)":  # %n prints "(null)" when no note
        return None, {}, []
    try:
        with open(os.path.join(datadir, "notes", name), encoding="utf-8") as f:
            note = f.read()
    except OSError as e:
        errors.append("note %s unreadable: %s" % (name, e))
        return None, {}, []
    desc, meta = note, ""
    if note.startswith("-- \n"):
        desc, meta = None, note[4:]
    elif "\n-- \n" in note:
        desc, meta = note.rsplit("\n-- \n", 1)
    fields, imports = {}, []
    key = None
    for line in meta.split("\n"):
        m = re.match(r"^(Location|Comment|Import): ?(.*)$", line)
        if m:
            key = m.group(1)
            if key == "Import":
                imports.append(m.group(2))
            else:
                fields[key] = m.group(2)
        elif key and key != "Import" and line:
            fields[key] += "\n" + line  # multi-line value
    if desc is not None and desc.endswith("\n"):
        desc = desc[:-1]
    if desc == "":
        desc = None
    return desc, fields, imports


def tzid_from(imports, errors):
    tzid = None
    rest = []
    for imp in imports:
        if imp.startswith("TZID="):
            tzid = imp[5:]
            if not os.path.exists(os.path.join("/usr/share/zoneinfo", tzid)):
                errors.append("TZID %s unknown to tzdata: calcurse ignores VTIMEZONE and "
                              "read the time as local time (UTC here)" % tzid)
        else:
            rest.append(imp)
    return tzid, rest


def main():
    if len(sys.argv) != 2:
        print("usage: calcurse.py FILE.ics", file=sys.stderr)
        sys.exit(2)
    src = os.path.abspath(sys.argv[1])
    if not os.path.isfile(src):
        fail("no such file: %s" % src)
    errors = []
    with tempfile.TemporaryDirectory(prefix="calcurse-interop-") as tmp:
        datadir = os.path.join(tmp, "data")
        confdir = os.path.join(tmp, "conf")
        tmpdir = os.path.join(tmp, "tmp")
        for d in (datadir, confdir, tmpdir):
            os.mkdir(d)
        env = dict(os.environ, TZ="UTC", TMPDIR=tmpdir, HOME=tmp, LC_ALL="C.UTF-8")
        base = ["calcurse", "-D", datadir, "-C", confdir]
        imp = subprocess.run(base + ["-i", src], env=env, stdin=subprocess.DEVNULL,
                             capture_output=True, text=True, errors="replace", timeout=60)
        if "Aborting" in imp.stderr or imp.returncode not in (0, 1):
            fail("import failed (rc=%d): %s %s" % (imp.returncode, imp.stderr.strip(),
                                                    imp.stdout.strip()))
        m = re.search(r"(\d+) apps? / (\d+) events? / (\d+) todos? / (\d+) skipped", imp.stdout)
        if not m:
            fail("no import report: %s %s" % (imp.stdout.strip(), imp.stderr.strip()))
        # Drop calcurse's pointer to its log (read below); keep the rest.
        noise = re.compile(r"^(Some items could not be imported\.|See .*calcurse_log.* for details\.)$")
        stderr = [l for l in imp.stderr.splitlines() if l.strip() and not noise.match(l.strip())]
        if stderr:
            errors.append("stderr: " + "\n".join(stderr))
        # Items calcurse skipped are described in its import log.
        for name in sorted(os.listdir(tmpdir)):
            if name.startswith("calcurse_log"):
                with open(os.path.join(tmpdir, name), encoding="utf-8", errors="replace") as f:
                    for line in f:
                        if re.match(r"^(VEVENT|VTODO) \[\d+\]:", line):
                            errors.append("skipped: " + line.strip())
        if int(m.group(3)):
            errors.append("%s VTODO imported as todo items (not reported)" % m.group(3))

        q = subprocess.run(
            base + ["-G",
                    "--format-apt", r"A\t%(start:epoch)\t%(end:epoch)\t%n\t%m\n",
                    "--format-recur-apt", r"R\t%(start:epoch)\t%(end:epoch)\t%n\t%m\n",
                    "--format-event", r"E\t%(raw)\n",
                    "--format-recur-event", r"F\t%(raw)\n",
                    "--format-todo", r"T\t%n\t%m\n"],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        if q.returncode != 0:
            fail("query failed (rc=%d): %s" % (q.returncode, q.stderr.decode(errors="replace")))
        out = q.stdout.decode("utf-8", errors="replace")

        events = []
        for line in out.split("\n"):
            if not line:
                continue
            kind, _, rest = line.partition("\t")
            ev = {"uid": None, "summary": None, "dtstart": None, "dtend": None,
                  "status": None, "attendees": [], "description": None, "location": None,
                  "sequence": None, "related_to": [], "categories": []}
            note = None
            if kind in ("A", "R"):
                start, end, note, summary = rest.split("\t", 3)
                desc, fields, imports = read_note(datadir, note, errors)
                tzid, imports = tzid_from(imports, errors)
                s = utc_of(start)
                ev["dtstart"] = {"value": None, "tzid": tzid or "UTC", "date_only": False,
                                 "date": None, "utc": s.strftime("%Y-%m-%dT%H:%M:%SZ")}
                if end != start:
                    e = utc_of(end)
                    ev["dtend"] = {"value": None, "tzid": tzid or "UTC", "date_only": False,
                                   "date": None, "utc": e.strftime("%Y-%m-%dT%H:%M:%SZ")}
                if kind == "R":
                    errors.append("recurring appointment %r: recurrence not reported" % summary)
            elif kind in ("E", "F"):
                mm = EVENT_RAW.match(rest)
                if not mm:
                    errors.append("unparsed calcurse event line: %r" % rest)
                    continue
                mo, dd, yy, _, recur, note, summary = mm.groups()
                desc, fields, imports = read_note(datadir, note, errors)
                _, imports = tzid_from(imports, errors)
                d = datetime.date(int(yy), int(mo), int(dd))
                # calcurse holds a day event; a multi-day one it turns into a
                # daily recurrence "{1D -> until}" (inclusive). Report the
                # exclusive iCalendar end it implies.
                end = d + datetime.timedelta(days=1)
                if recur:
                    r = re.match(r"^1D -> (\d\d)/(\d\d)/(\d{4})$", recur.strip())
                    if r:
                        until = datetime.date(int(r.group(3)), int(r.group(1)), int(r.group(2)))
                        end = until + datetime.timedelta(days=1)
                    else:
                        errors.append("recurring event %r {%s}: not reported" % (summary, recur))
                ev["dtstart"] = {"value": d.strftime("%Y%m%d"), "tzid": None, "date_only": True,
                                 "date": d.isoformat(), "utc": None}
                ev["dtend"] = {"value": end.strftime("%Y%m%d"), "tzid": None, "date_only": True,
                               "date": end.isoformat(), "utc": None}
            elif kind == "T":
                continue
            else:
                errors.append("unexpected calcurse output line: %r" % line)
                continue
            ev["summary"] = summary
            ev["description"] = desc
            ev["location"] = fields.get("Location")
            for i in imports:
                errors.append("%s: calcurse import note: %s" % (summary, i))
            events.append(ev)

    version = None
    try:
        v = subprocess.run(["calcurse", "--version"], capture_output=True, text=True, timeout=10)
        mv = re.search(r"calcurse (\S+)", v.stdout)
        version = mv.group(1) if mv else None
    except Exception:
        pass

    out = {
        "parser": "calcurse",
        "parser_version": version,
        "unsupported": UNSUPPORTED,
        "calendar": {"name": None, "x_wr_calname": None, "timezones": None},
        "events": events,
        "errors": errors,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
