#!/usr/bin/python3
"""read_mail.py MAILDIR: every message aiosmtpd's Mailbox handler saved, as JSON lines, read with
Python's own e-mail parser (headers decoded, MIME parts found): message_id, to, subject,
content_language, text, html."""
import email
import email.policy
import json
import mailbox
import sys

for key, raw in sorted(mailbox.Maildir(sys.argv[1], create=False).items()):
    m = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
    text = m.get_body(preferencelist=("plain",))
    html = m.get_body(preferencelist=("html",))
    print(json.dumps({
        "message_id": m["Message-ID"],
        "to": m["To"],
        "from": m["From"],
        "subject": m["Subject"],
        "text": text.get_content() if text else None,
        "html": html.get_content() if html else None,
    }, ensure_ascii=False))
