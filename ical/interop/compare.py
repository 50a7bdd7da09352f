#!/usr/bin/python3
"""Runs every parser on FILE.ics and prints where they disagree.

    /usr/bin/python3 compare.py FILE.ics [--expect EXPECTED.json]

For humans (the Go test does its own comparison). Fields a parser lists
in "unsupported" are skipped for it; calcurse's events are matched by
order after sorting everyone's events by (dtstart.utc or date, summary),
since calcurse keeps no UID and reorders by time. With --expect, a
normalized document (any "parser" value) is the reference; otherwise
libical's reading is. Exit 1 if anything differs or a parser failed.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["uid", "summary", "dtstart", "dtend", "status", "attendees", "description",
          "location", "sequence", "related_to", "categories"]
SUB = ["value", "tzid", "date_only", "date", "utc"]


def run(parser, path):
    p = subprocess.run([os.path.join(HERE, "run.sh"), parser, path], capture_output=True,
                       text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout), None


def key(ev):
    s = ev.get("dtstart") or {}
    return (s.get("utc") or s.get("date") or "", ev.get("summary") or "")


def flat(ev, unsupported):
    out = {}
    for f in FIELDS:
        v = ev.get(f)
        if f in ("dtstart", "dtend") and isinstance(v, dict):
            for s in SUB:
                if "%s.%s" % (f, s) not in unsupported:
                    out["%s.%s" % (f, s)] = v.get(s)
        elif f not in unsupported:
            out[f] = v
    return out


def main():
    args = sys.argv[1:]
    expect = None
    if "--expect" in args:
        i = args.index("--expect")
        with open(args[i + 1]) as f:
            expect = json.load(f)
        del args[i:i + 2]
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    path = args[0]
    parsers = subprocess.run([os.path.join(HERE, "run.sh"), "list"], capture_output=True,
                             text=True, check=True).stdout.split()
    docs, bad = {}, False
    for p in parsers:
        d, err = run(p, path)
        if d is None:
            print("%-12s REJECTED: %s" % (p, err))
            bad = True
        else:
            docs[p] = d
    ref = expect or docs.get("libical")
    if ref is None:
        sys.exit(1)
    ref_events = sorted(ref["events"], key=key)
    for p, d in docs.items():
        uns = set(d.get("unsupported") or [])
        evs = sorted(d["events"], key=key)
        msgs = []
        if len(evs) != len(ref_events):
            msgs.append("%d events, reference has %d" % (len(evs), len(ref_events)))
        for i, (a, b) in enumerate(zip(evs, ref_events)):
            fa, fb = flat(a, uns), flat(b, uns)
            for k in fa:
                if fa[k] != fb.get(k):
                    msgs.append("event %d %s: %s != %s" % (i, k, json.dumps(fa[k], ensure_ascii=False),
                                                          json.dumps(fb.get(k), ensure_ascii=False)))
        for e in d["errors"]:
            msgs.append("error: " + e)
        print("%-12s %d events%s" % (p, len(evs), "" if msgs else ", agrees"))
        for m in msgs:
            print("    " + m)
        bad = bad or bool(msgs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
