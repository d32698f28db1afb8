#!/usr/bin/python3
"""relay.py --port P --maildir DIR --cert CERT --key KEY --mode starttls|tls --user U --password PW

An SMTP relay for the tests, from Debian's python3-aiosmtpd, that takes mail only the way a real
relay does: over TLS (STARTTLS required on a plain port, or TLS from the first byte) and after
AUTH with the one user and password given. Messages go to a Maildir. Runs until killed."""
import argparse
import signal
import ssl

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword

ap = argparse.ArgumentParser()
ap.add_argument("--port", type=int, required=True)
ap.add_argument("--maildir", required=True)
ap.add_argument("--cert", required=True)
ap.add_argument("--key", required=True)
ap.add_argument("--mode", choices=["starttls", "tls"], required=True)
ap.add_argument("--user", required=True)
ap.add_argument("--password", required=True)
args = ap.parse_args()


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == args.user.encode()
        and auth_data.password == args.password.encode()
    )
    # handled=False: aiosmtpd answers a failure itself (535); True would leave the client waiting.
    return AuthResult(success=ok, handled=False)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(args.cert, args.key)
common = dict(authenticator=authenticator, auth_required=True)
if args.mode == "starttls":
    controller = Controller(
        Mailbox(args.maildir), hostname="127.0.0.1", port=args.port,
        tls_context=context, require_starttls=True, **common,
    )
else:
    controller = Controller(
        Mailbox(args.maildir), hostname="127.0.0.1", port=args.port,
        # aiosmtpd 1.4 does not count TLS from the first byte as TLS for AUTH: the whole
        # connection is encrypted, so AUTH is allowed on it.
        ssl_context=context, auth_require_tls=False, **common,
    )
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
