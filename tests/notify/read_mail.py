#!/usr/bin/python3
"""read_mail.py MAILDIR: every message aiosmtpd's Mailbox handler saved, as JSON lines, read with
Python's own e-mail parser (headers decoded, MIME parts found): message_id, to, from, subject,
text, html; inline images by Content-ID (base64), for zbarimg; and each calendar attachment
parsed by the icalendar package (Debian's python3-icalendar): its events' summary, start and
end (ISO 8601 with their time zone), location and repeat rule."""
import base64
import email
import email.policy
import json
import mailbox
import sys

import icalendar


def events(data):
    out = []
    for ev in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        rrule = ev.get("RRULE")
        out.append({
            "uid": str(ev.get("UID")),
            "summary": str(ev.get("SUMMARY")),
            "start": ev.decoded("DTSTART").isoformat(),
            "end": ev.decoded("DTEND").isoformat(),
            "location": str(ev.get("LOCATION", "")),
            "rrule": rrule.to_ical().decode() if rrule else None,
        })
    return out


for key, raw in sorted(mailbox.Maildir(sys.argv[1], create=False).items()):
    m = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
    text = m.get_body(preferencelist=("plain",))
    html = m.get_body(preferencelist=("html",))
    images, calendars = {}, []
    for part in m.walk():
        if part.get_content_maintype() == "image" and part["Content-ID"]:
            images[part["Content-ID"].strip("<>")] = base64.b64encode(part.get_content()).decode()
        if part.get_content_type() == "text/calendar":
            calendars.append({"filename": part.get_filename(), "events": events(part.get_payload(decode=True))})
    print(json.dumps({
        "message_id": m["Message-ID"],
        "to": m["To"],
        "from": m["From"],
        "subject": m["Subject"],
        "text": text.get_content() if text else None,
        "html": html.get_content() if html else None,
        "images": images,
        "calendars": calendars,
    }, ensure_ascii=False))
