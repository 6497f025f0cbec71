#!/usr/bin/python3
# smtp-standin.py: a local SMTP server for the notification tests (issue
# 15), on Debian's python3-aiosmtpd.  Every message received is written
# to DIR/NNNN.eml, preceded by "X-Envelope-From:" and "X-Envelope-To:"
# lines.  Options: --port P (required), --dir DIR (required), --tls CERT
# KEY (offer STARTTLS and require it before MAIL), --auth USER:PASS
# (require AUTH PLAIN/LOGIN with these), --reject ADDR (answer 550 to
# that recipient).  Prints "ready" when it listens; stops on SIGTERM.
import argparse
import warnings
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

warnings.simplefilter("ignore", DeprecationWarning)
p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--dir", required=True)
p.add_argument("--tls", nargs=2)
p.add_argument("--auth")
p.add_argument("--reject", default="")
a = p.parse_args()
os.makedirs(a.dir, exist_ok=True)
lock = threading.Lock()


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, opts):
        if address == a.reject:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with lock:
            n = len([f for f in os.listdir(a.dir) if f.endswith(".eml")])
            path = os.path.join(a.dir, "%04d.eml" % (n + 1))
            with open(path + ".tmp", "wb") as f:
                f.write(b"X-Envelope-From: %s\r\n" % envelope.mail_from.encode())
                f.write(b"X-Envelope-To: %s\r\n" % ",".join(envelope.rcpt_tos).encode())
                f.write(b"X-Tls: %d\r\n" % (1 if session.ssl else 0))
                f.write(b"X-Auth: %s\r\n" % (session.auth_data.login.decode() if session.authenticated and isinstance(session.auth_data, LoginPassword) else "-").encode())
                f.write(envelope.original_content)
            os.rename(path + ".tmp", path)
        return "250 Message accepted"


def authenticator(server, session, envelope, mechanism, auth_data):
    user, pw = a.auth.split(":", 1)
    ok = isinstance(auth_data, LoginPassword) and \
        auth_data.login == user.encode() and auth_data.password == pw.encode()
    # handled=False: aiosmtpd answers 535 itself on a failure
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


kw = {}
if a.tls:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(a.tls[0], a.tls[1])
    kw["tls_context"] = ctx
    kw["require_starttls"] = True
if a.auth:
    kw["authenticator"] = authenticator
    kw["auth_required"] = True
    kw["auth_require_tls"] = bool(a.tls)
c = Controller(Handler(), hostname="127.0.0.1", port=a.port, **kw)
c.start()
print("ready", flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *x: stop.set())
signal.signal(signal.SIGINT, lambda *x: stop.set())
stop.wait()
c.stop()
