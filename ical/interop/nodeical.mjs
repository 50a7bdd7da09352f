#!/usr/bin/env node
// node-ical runner: node nodeical.mjs FILE.ics -> normalized JSON.
// See README.md for the shape. Exit 1 (message on stderr) if node-ical
// throws on the file.
//
// node-ical (https://github.com/jens-maus/node-ical) is the parser behind
// MagicMirror's calendar and many Node tools. It returns an object keyed
// by UID whose values carry Dates (instants, with a `tz` and a `dateOnly`
// flag), not the wall-clock values as written: the runner derives `value`
// and `date` from the instant and the zone node-ical resolved, so a
// disagreement there is node-ical's reading, not ours.
import { readFileSync } from 'node:fs';
import ical from 'node-ical';

const version = JSON.parse(readFileSync(
  new URL('./node_modules/node-ical/package.json', import.meta.url), 'utf8')).version;

const file = process.argv[2];
if (!file) {
  console.error('usage: nodeical.mjs FILE.ics');
  process.exit(2);
}

const errors = [];
// node-ical reports what it skips with console.warn/console.error; keep
// those as errors instead of letting them reach stderr.
for (const level of ['warn', 'error', 'log']) {
  console[level] = (...args) => errors.push(`node-ical ${level}: ${args.map(String).join(' ')}`);
}

let data;
try {
  data = ical.sync.parseICS(readFileSync(file, 'utf8'));
} catch (e) {
  process.stderr.write(`nodeical: parse failed: ${e && e.message ? e.message : e}\n`);
  process.exit(1);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

// A property is a string, or {params, val} when it has parameters.
const val = (p) => (p === undefined || p === null ? null : typeof p === 'object' && 'val' in p ? p.val : p);
const str = (p) => {
  const v = val(p);
  return v === null ? null : String(v);
};

// wall returns the wall clock of instant d in IANA zone tz, or null when
// the runtime does not know the zone.
function wall(d, tz) {
  try {
    const f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    const o = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
    return { y: o.year, m: o.month, d: o.day, H: o.hour, M: o.minute, S: o.second };
  } catch {
    return null;
  }
}

function dt(d, name, isEnd, start) {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    if (d !== undefined && d !== null) errors.push(`${name}: not a date: ${JSON.stringify(d)}`);
    return null;
  }
  if (d.dateOnly) {
    // A local-midnight Date (TZ=UTC in run.sh): its local fields are the date.
    const date = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return { value: date.replaceAll('-', ''), tzid: null, date_only: true, date, utc: null };
  }
  // node-ical gives an event without DTEND (or DURATION) an end equal to
  // its start; such an event has no DTEND, as far as the shape goes.
  if (isEnd && start instanceof Date && d.getTime() === start.getTime()) return null;
  let tz = d.tz ?? null;
  if (tz === 'Etc/UTC' || tz === 'UTC' || tz === 'Z') tz = 'UTC';
  const utc = d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const w = tz ? wall(d, tz) : null;
  if (tz && !w) errors.push(`${name}: zone ${tz} unknown to the runtime`);
  const u = new Date(d.getTime());
  const p = w ?? { y: pad(u.getUTCFullYear(), 4), m: pad(u.getUTCMonth() + 1), d: pad(u.getUTCDate()),
    H: pad(u.getUTCHours()), M: pad(u.getUTCMinutes()), S: pad(u.getUTCSeconds()) };
  return { value: `${p.y}${p.m}${p.d}T${p.H}${p.M}${p.S}`, tzid: tz, date_only: false,
    date: `${p.y}-${p.m}-${p.d}`, utc };
}

function list(p) {
  if (p === undefined || p === null) return [];
  const items = Array.isArray(p) ? p : [p];
  return items.flatMap((x) => {
    const v = val(x);
    return Array.isArray(v) ? v.map(String) : [String(v)];
  });
}

const events = [];
let calendar = { name: null, x_wr_calname: null, timezones: [] };
for (const v of Object.values(data)) {
  if (!v || typeof v !== 'object') continue;
  if (v.type === 'VCALENDAR') {
    // NAME lands in the VCALENDAR, or at the top level of the result
    // when it has a parameter (LANGUAGE); X-WR-CALNAME is WR-CALNAME.
    calendar.name = str(v.name ?? data.name);
    calendar.x_wr_calname = str(v['WR-CALNAME']);
    continue;
  }
  if (v.type === 'VTIMEZONE') {
    if (v.tzid) calendar.timezones.push(String(val(v.tzid)));
    continue;
  }
  if (v.type !== 'VEVENT') continue;
  const att = v.attendee === undefined ? [] : Array.isArray(v.attendee) ? v.attendee : [v.attendee];
  const seq = val(v.sequence);
  events.push({
    uid: str(v.uid),
    summary: str(v.summary),
    dtstart: dt(v.start, 'DTSTART', false),
    dtend: dt(v.end, 'DTEND', true, v.start),
    status: str(v.status),
    attendees: att.map((a) => ({
      cn: a && a.params && a.params.CN !== undefined ? String(a.params.CN) : null,
      role: a && a.params && a.params.ROLE !== undefined ? String(a.params.ROLE) : null,
      partstat: a && a.params && a.params.PARTSTAT !== undefined ? String(a.params.PARTSTAT) : null,
      value: str(a),
    })),
    description: str(v.description),
    location: str(v.location),
    sequence: seq === null || seq === undefined ? null : Number(seq),
    related_to: list(v['related-to']),
    categories: list(v.categories),
  });
}
calendar.timezones.sort();

process.stdout.write(JSON.stringify({
  parser: 'nodeical',
  parser_version: version,
  // node-ical keeps one RELATED-TO per event.
  unsupported: ['related_to'],
  calendar,
  events,
  errors,
}, null, 1) + '\n');
