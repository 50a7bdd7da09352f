#!/usr/bin/python3
"""Writes the hand-made fixtures in this directory, byte for byte.

The fixtures are committed; this script documents exactly how each one
was made (CRLF line ends, folding at 75 octets on UTF-8 character
boundaries, the deliberately bad inputs) and regenerates them:

    /usr/bin/python3 ical/interop/testdata/gen.py

The good fixtures (a-*, b-*, c-*, d-*) are what our encoder should
produce. The bad-* fixtures are inputs we must NOT produce; the README
records what each parser makes of them.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(line: str) -> bytes:
    """RFC 5545 3.1: at most 75 octets a line, excluding CRLF; a
    continuation line starts with one space, which counts. Never split a
    UTF-8 character."""
    out = []
    cur = b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" "
        cur += b
    out.append(cur)
    return b"\r\n".join(out) + b"\r\n"


def write(name: str, lines, raw_tail: bytes = b""):
    data = b"".join(fold(l) for l in lines) + raw_tail
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


CAL_HEAD = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//samayrekha//interop fixtures//EN",
    "CALSCALE:GREGORIAN",
]

VTZ_MOSCOW = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Moscow",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0300",
    "TZNAME:MSK",
    "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_KOLKATA = [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Kolkata",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0530",
    "TZOFFSETTO:+0530",
    "TZNAME:IST",
    "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_NEW_YORK = [
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:DAYLIGHT",
    "DTSTART:20070311T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "TZNAME:EDT",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "DTSTART:20071104T020000",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "TZNAME:EST",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
]

STAMP = "DTSTAMP:20251101T000000Z"

# (a) timed event in Moscow with every field the JSON shape carries.
write("a-moscow.ics", CAL_HEAD + [
    "NAME:Samayrekha: India-Russia",
    "X-WR-CALNAME:Samayrekha: India-Russia",
    "X-WR-TIMEZONE:Europe/Moscow",
] + VTZ_MOSCOW + [
    "BEGIN:VEVENT",
    "UID:a-moscow-1@samayrekha.test",
    STAMP,
    "SEQUENCE:2",
    "DTSTART;TZID=Europe/Moscow:20251118T190000",
    "DTEND;TZID=Europe/Moscow:20251118T203000",
    "SUMMARY:Jaishankar meets Lavrov\\, Moscow\\; SCO heads of government",
    "DESCRIPTION:Line one\\nLine two\\; with semicolon\\, comma and back\\\\slash",
    "LOCATION:Osobnyak MID\\, Spiridonovka 17\\, Moscow",
    "STATUS:CONFIRMED",
    "CATEGORIES:Bilateral,Russia",
    "CATEGORIES:SCO",
    "RELATED-TO:parent-visit@samayrekha.test",
    "ATTENDEE;CN=S. Jaishankar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:eam@mea.gov.in",
    "ATTENDEE;CN=Sergey Lavrov;ROLE=REQ-PARTICIPANT:mailto:lavrov@mid.ru",
    "END:VEVENT",
    "END:VCALENDAR",
])

# (b) all-day event: VALUE=DATE with exclusive DTEND (two days: 18 and 19).
write("b-allday.ics", CAL_HEAD + [
    "X-WR-CALNAME:All-day",
    "BEGIN:VEVENT",
    "UID:b-allday-1@samayrekha.test",
    STAMP,
    "DTSTART;VALUE=DATE:20251118",
    "DTEND;VALUE=DATE:20251120",
    "SUMMARY:State visit (two days)",
    "STATUS:TENTATIVE",
    "END:VEVENT",
    "END:VCALENDAR",
])

# (c) quoted CN with , : ; and ' inside; long Hindi SUMMARY folded at 75
# octets on character boundaries.
HINDI = ("विदेश मंत्री डॉ. एस. जयशंकर ने कतर के प्रधानमंत्री एवं विदेश मंत्री "
         "शेख मोहम्मद बिन अब्दुलरहमान अल थानी से दोहा में द्विपक्षीय वार्ता की")
CN = "Sheikh Mohammed bin Abdulrahman Al Thani, PM of Qatar: FM; Sa'ad"
write("c-attendee-hindi.ics", CAL_HEAD + VTZ_KOLKATA + [
    "BEGIN:VEVENT",
    "UID:c-hindi-1@samayrekha.test",
    STAMP,
    "DTSTART:20251118T063000Z",
    "DTEND:20251118T080000Z",
    "SUMMARY:" + HINDI,
    "STATUS:CONFIRMED",
    'ATTENDEE;CN="' + CN + '";ROLE=REQ-PARTICIPANT:mailto:pm@mofa.gov.qa',
    "ATTENDEE;CN=S. Jaishankar;ROLE=CHAIR:mailto:eam@mea.gov.in",
    "END:VEVENT",
    "END:VCALENDAR",
])

# (d) +0530 without DST, and New York on both sides of DST.
write("d-kolkata-newyork.ics", CAL_HEAD + VTZ_KOLKATA + VTZ_NEW_YORK + [
    "BEGIN:VEVENT",
    "UID:d-kolkata-1@samayrekha.test",
    STAMP,
    "DTSTART;TZID=Asia/Kolkata:20251120T103000",
    "DTEND;TZID=Asia/Kolkata:20251120T120000",
    "SUMMARY:Press briefing\\, New Delhi",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:d-newyork-edt@samayrekha.test",
    STAMP,
    "DTSTART;TZID=America/New_York:20250923T090000",
    "DTEND;TZID=America/New_York:20250923T100000",
    "SUMMARY:UNGA general debate (EDT)",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:d-newyork-est@samayrekha.test",
    STAMP,
    "DTSTART;TZID=America/New_York:20251203T090000",
    "DTEND;TZID=America/New_York:20251203T100000",
    "SUMMARY:UNSC briefing (EST)",
    "END:VEVENT",
    "END:VCALENDAR",
])

# DIAGNOSTIC: does the parser use the file's VTIMEZONE or its own zone
# database? Event 1 uses a TZID no zone database knows (+0930); event 2
# uses Europe/Moscow with a deliberately WRONG VTIMEZONE (+0400). A parser
# that honours VTIMEZONE says 09:30Z and 15:00Z; one that looks names up
# in tzdata fails event 1 and says 16:00Z for event 2.
write("x-vtimezone-vs-tzdata.ics", CAL_HEAD + [
    "BEGIN:VTIMEZONE",
    "TZID:Samayrekha/Plus0930",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0930",
    "TZOFFSETTO:+0930",
    "TZNAME:X930",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Moscow",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0400",
    "TZOFFSETTO:+0400",
    "TZNAME:WRONG",
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    "UID:x-custom@samayrekha.test",
    STAMP,
    "DTSTART;TZID=Samayrekha/Plus0930:20251118T190000",
    "SUMMARY:Custom TZID +0930 (expect 09:30Z)",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:x-wrong-moscow@samayrekha.test",
    STAMP,
    "DTSTART;TZID=Europe/Moscow:20251118T190000",
    "SUMMARY:Moscow with a +0400 VTIMEZONE (VTIMEZONE says 15:00Z)",
    "END:VEVENT",
    "END:VCALENDAR",
])

# BAD: what golang-ical writes -- backslash escapes inside a parameter
# value. RFC 5545 has no escapes in parameters (only DQUOTE-quoting; RFC
# 6868 ^-escapes), so this is not valid.
BAD_CN = "Sheikh Mohammed bin Abdulrahman Al Thani\\, PM of Qatar\\: FM\\; Sa\\'ad"
write("bad-backslash-cn.ics", CAL_HEAD + [
    "BEGIN:VEVENT",
    "UID:bad-cn-1@samayrekha.test",
    STAMP,
    "DTSTART:20251118T063000Z",
    "DTEND:20251118T080000Z",
    "SUMMARY:Backslash-escaped CN",
    "ATTENDEE;CN=" + BAD_CN + ";ROLE=REQ-PARTICIPANT:mailto:pm@mofa.gov.qa",
    "END:VEVENT",
    "END:VCALENDAR",
])

# BAD: a SUMMARY whose text held bare CRs, written raw by an encoder that
# does not escape CR. One VEVENT was meant; how many does each parser see?
head = b"".join(fold(l) for l in CAL_HEAD + [
    "BEGIN:VEVENT",
    "UID:bad-cr-1@samayrekha.test",
    STAMP,
    "DTSTART:20251118T063000Z",
    "DTEND:20251118T080000Z",
])
tail = b"".join(fold(l) for l in ["END:VEVENT", "END:VCALENDAR"])
with open(os.path.join(HERE, "bad-cr-injection.ics"), "wb") as f:
    f.write(head + b"SUMMARY:Title\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:forged\r\n" + tail)

# BAD: the same with bare LFs (an encoder that writes a text newline raw
# instead of as \n).
with open(os.path.join(HERE, "bad-lf-injection.ics"), "wb") as f:
    f.write(head.replace(b"bad-cr-1@", b"bad-lf-1@")
            + b"SUMMARY:Title\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:forged\r\n" + tail)
