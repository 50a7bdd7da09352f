#!/usr/bin/env node
// Mozilla ical.js runner: node icaljs.mjs FILE.ics -> normalized JSON.
// See README.md for the shape. Exit 1 (message on stderr) if ical.js
// rejects the file.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

// package.json is not in ical.js's "exports"; read it from disk.
const version = JSON.parse(readFileSync(
  new URL('./node_modules/ical.js/package.json', import.meta.url), 'utf8')).version;

const file = process.argv[2];
if (!file) {
  console.error('usage: icaljs.mjs FILE.ics');
  process.exit(2);
}

const errors = [];
let root;
try {
  const text = readFileSync(file, 'utf8');
  root = new ICAL.Component(ICAL.parse(text));
} catch (e) {
  console.error(`icaljs: parse failed: ${e && e.message ? e.message : e}`);
  process.exit(1);
}

// ical.js may return several top-level components (an array) -- take
// the first VCALENDAR, and report the rest.
if (root.name !== 'vcalendar') {
  console.error(`icaljs: top-level component is ${root.name}, not vcalendar`);
  process.exit(1);
}

// Timezones: only those defined by VTIMEZONE in this file. ical.js has
// no built-in zone database; an unknown TZID silently becomes floating
// ("local") time, which we report as an error below.
const timezones = [];
for (const vtz of root.getAllSubcomponents('vtimezone')) {
  const tz = new ICAL.Timezone(vtz);
  timezones.push(tz.tzid);
  ICAL.TimezoneService.register(tz);
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

function dt(ev, name) {
  const prop = ev.getFirstProperty(name);
  if (!prop) return null;
  const t = prop.getFirstValue();
  if (!t || typeof t.year !== 'number') {
    errors.push(`${name.toUpperCase()}: value not a date/date-time: ${JSON.stringify(prop.toJSON())}`);
    return null;
  }
  const tzidParam = prop.getParameter('tzid') ?? null;
  const date = `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  if (t.isDate) {
    return { value: `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`, tzid: tzidParam,
             date_only: true, date, utc: null };
  }
  const value = `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
  let tzid = tzidParam;
  let utc = null;
  const zoneId = t.zone ? t.zone.tzid : null;
  if (zoneId === 'UTC' || zoneId === 'Z') {
    tzid = tzid ?? 'UTC';
  }
  if (tzidParam && !ICAL.TimezoneService.has(tzidParam)) {
    errors.push(`${name.toUpperCase()}: TZID ${tzidParam} has no VTIMEZONE; ical.js treats it as floating`);
  } else if (zoneId && zoneId !== 'floating') {
    const u = t.convertToZone(ICAL.Timezone.utcTimezone);
    utc = `${pad(u.year, 4)}-${pad(u.month)}-${pad(u.day)}T${pad(u.hour)}:${pad(u.minute)}:${pad(u.second)}Z`;
  }
  return { value, tzid, date_only: false, date, utc };
}

function text(ev, name) {
  const v = ev.getFirstPropertyValue(name);
  return v === null || v === undefined ? null : String(v);
}

function list(ev, name) {
  const out = [];
  for (const p of ev.getAllProperties(name)) {
    for (const v of p.getValues()) out.push(String(v));
  }
  return out;
}

const events = [];
for (const ev of root.getAllSubcomponents('vevent')) {
  const seq = ev.getFirstPropertyValue('sequence');
  events.push({
    uid: text(ev, 'uid'),
    summary: text(ev, 'summary'),
    dtstart: dt(ev, 'dtstart'),
    dtend: dt(ev, 'dtend'),
    status: text(ev, 'status'),
    attendees: ev.getAllProperties('attendee').map((p) => ({
      cn: p.getParameter('cn') ?? null,
      role: p.getParameter('role') ?? null,
      partstat: p.getParameter('partstat') ?? null,
      value: p.getFirstValue() ?? null,
    })),
    description: text(ev, 'description'),
    location: text(ev, 'location'),
    sequence: seq === null || seq === undefined ? null : Number(seq),
    related_to: list(ev, 'related-to'),
    categories: list(ev, 'categories'),
  });
}

const out = {
  parser: 'icaljs',
  parser_version: version,
  unsupported: [],
  calendar: {
    name: root.getFirstPropertyValue('name') ?? null,
    x_wr_calname: root.getFirstPropertyValue('x-wr-calname') ?? null,
    timezones: [...timezones].sort(),
  },
  events,
  errors,
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
