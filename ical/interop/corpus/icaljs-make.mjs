#!/usr/bin/env node
// Builds calendars with Mozilla ical.js's API and writes what ical.js
// serializes (ICAL.Component#toString) into the folder given: the import
// tests read them as files another program wrote. Run by make.sh.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';

const version = JSON.parse(readFileSync(
  new URL('../node_modules/ical.js/package.json', import.meta.url), 'utf8')).version;
const dir = process.argv[2];
if (!dir) {
  console.error('usage: icaljs-make.mjs FOLDER');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });

// ical.js has no zone database: a VTIMEZONE is given to it, as a client
// would give the one of its calendar.
const kolkata = ICAL.Component.fromString([
  'BEGIN:VTIMEZONE', 'TZID:Asia/Kolkata',
  'BEGIN:STANDARD', 'DTSTART:19451015T000000', 'TZOFFSETFROM:+0630', 'TZOFFSETTO:+0530', 'TZNAME:IST', 'END:STANDARD',
  'END:VTIMEZONE'].join('\r\n'));
const berlin = ICAL.Component.fromString([
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'DTSTART:19810329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'DTSTART:19961027T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'END:STANDARD',
  'END:VTIMEZONE'].join('\r\n'));
const zones = { kolkata: new ICAL.Timezone(kolkata), berlin: new ICAL.Timezone(berlin) };

function calendar(name) {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//samayrekha//ical.js ' + version + ' corpus//EN');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('x-wr-calname', name);
  return cal;
}

function time(s, zone) {
  const t = ICAL.Time.fromDateTimeString(s);
  if (zone) t.zone = zone;
  return t;
}

function event(cal, f) {
  const ve = new ICAL.Component('vevent');
  const ev = new ICAL.Event(ve);
  f(ev, ve);
  ve.updatePropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString('2025-11-01T00:00:00Z'));
  cal.addSubcomponent(ve);
  return ve;
}

// A desk calendar: zones, a weekly series with an exception and an
// excluded date, attendees with and without CN, an all-day span.
{
  const cal = calendar('Desk (ical.js)');
  cal.addSubcomponent(kolkata);
  cal.addSubcomponent(berlin);
  event(cal, (ev, ve) => {
    ev.uid = 'icaljs-series-1@example.org';
    ev.summary = 'Berlin process review';
    ev.startDate = time('2025-10-20T10:00:00', zones.berlin);
    ev.endDate = time('2025-10-20T11:00:00', zones.berlin);
    ve.addPropertyWithValue('rrule', new ICAL.Recur({ freq: 'WEEKLY', count: 6, byday: ['MO'] }));
    ve.addPropertyWithValue('exdate', time('2025-11-10T10:00:00', zones.berlin)).setParameter('tzid', 'Europe/Berlin');
    const a = ve.addPropertyWithValue('attendee', 'mailto:desk@example.org');
    a.setParameter('role', 'CHAIR');
    const b = ve.addPropertyWithValue('attendee', 'mailto:rao@example.org');
    b.setParameter('cn', 'Rao, Priya; Desk: Europe');
  });
  event(cal, (ev, ve) => {
    ev.uid = 'icaljs-series-1@example.org';
    ve.updatePropertyWithValue('recurrence-id', time('2025-11-03T10:00:00', zones.berlin)).setParameter('tzid', 'Europe/Berlin');
    ev.summary = 'Berlin process review (moved to Tuesday)';
    ev.startDate = time('2025-11-04T15:00:00', zones.berlin);
    ev.endDate = time('2025-11-04T16:00:00', zones.berlin);
  });
  event(cal, (ev) => {
    ev.uid = 'icaljs-visit@example.org';
    ev.summary = 'पुतिन का भारत दौरा';
    ev.startDate = ICAL.Time.fromDateString('2025-12-04');
    ev.endDate = ICAL.Time.fromDateString('2025-12-06');
    ev.location = 'New Delhi';
  });
  event(cal, (ev) => {
    ev.uid = 'icaljs-call@example.org';
    ev.summary = 'Call with Moscow';
    ev.startDate = time('2025-11-18T19:30:00', zones.kolkata);
    ev.duration = ICAL.Duration.fromString('PT45M');
    ev.description = 'Line one\nLine two, with a comma; and a semicolon';
  });
  writeFileSync(join(dir, 'desk.ics'), cal.toString() + '\r\n');
}

// A calendar in UTC with an RDATE, a monthly rule and an event without
// SUMMARY.
{
  const cal = calendar('UTC (ical.js)');
  event(cal, (ev, ve) => {
    ev.uid = 'icaljs-monthly@example.org';
    ev.summary = 'Monthly security council briefing';
    ev.startDate = ICAL.Time.fromDateTimeString('2025-11-03T15:00:00Z');
    ev.endDate = ICAL.Time.fromDateTimeString('2025-11-03T16:00:00Z');
    ve.addPropertyWithValue('rrule', new ICAL.Recur({ freq: 'MONTHLY', count: 4, byday: ['1MO'] }));
    ve.addPropertyWithValue('rdate', ICAL.Time.fromDateTimeString('2025-11-20T15:00:00Z'));
  });
  event(cal, (ev) => {
    ev.uid = 'icaljs-untitled@example.org';
    ev.startDate = ICAL.Time.fromDateString('2025-11-21');
  });
  writeFileSync(join(dir, 'utc.ics'), cal.toString() + '\r\n');
}
