#!/usr/bin/env python3
"""standin.py: a BSrE signing API stand-in for the tests (issue 18,
doc/bsre.md).  Local HTTPS, HTTP Basic, the v1 and v2 shapes, signing as
PAdES through Pamong's own signer (tests/unit/dokumen/pades_tool signpem)
with a throw-away CA that the test made with openssl.

    standin.py DIR PORT TOOL

DIR holds tls.pem/tls.key (its TLS certificate), ca.pem (the signer CA),
auth ("user:password"), users (lines "NIK PASSPHRASE STATE", STATE one of
ISSUE REVOKE EXPIRED NO_CERTIFICATE), signer-NIK.key/.pem per user, and
optionally saklar: one word that switches the next answers:
    ok        sign (the default)
    500       answer 500 to every call
    lambat    wait 1 second, then answer normally
    diam      sign, then say nothing for 60 seconds (timeout after signing)
    nik_lain  sign with the certificate of another user of the users file
              (a file Pamong must refuse)
Every call is appended to DIR/log ("v1 sign NIK", "v2 status NIK",
"signed NIK"), so a test can count them.  Wrong passphrase, unregistered
NIK and revoked certificate come from the users file.
"""
import base64
import email.parser
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DIR, PORT, TOOL = sys.argv[1], int(sys.argv[2]), sys.argv[3]
LOCK = threading.Lock()


def log(line):
    with LOCK, open(os.path.join(DIR, "log"), "a") as f:
        f.write(line + "\n")


def saklar():
    try:
        with open(os.path.join(DIR, "saklar")) as f:
            return f.read().strip() or "ok"
    except OSError:
        return "ok"


def users():
    out = {}
    with open(os.path.join(DIR, "users")) as f:
        for line in f:
            p = line.split()
            if len(p) == 3:
                out[p[0]] = (p[1], p[2])
    return out


# (HTTP status, body) of BSrE's refusals, as open code sees them
ERRORS = {
    "pass": (400, {"status_code": 2031, "error": "Passphrase anda salah"}),
    "nik": (400, {"status_code": 2011, "error": "NIK tidak terdaftar"}),
    "REVOKE": (400, {"status_code": 2051,
                     "error": "Sertifikat user telah di-revoke"}),
    "EXPIRED": (400, {"status_code": 2052,
                      "error": "Sertifikat user telah expired"}),
    "NO_CERTIFICATE": (400, {"status_code": 2021,
                             "error": "NO_CERTIFICATE"}),
}


def sign(nik, pdf):
    if saklar() == "nik_lain":
        nik = [n for n in users() if n != nik][0]
    with tempfile.TemporaryDirectory() as t:
        src, dst = os.path.join(t, "in.pdf"), os.path.join(t, "out.pdf")
        with open(src, "wb") as f:
            f.write(pdf)
        subprocess.run([TOOL, "signpem",
                        os.path.join(DIR, "signer-%s.key" % nik),
                        os.path.join(DIR, "signer-%s.pem" % nik),
                        os.path.join(DIR, "ca.pem"), src, dst], check=True)
        with open(dst, "rb") as f:
            return f.read()


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def answer(self, code, body, ctype="application/json"):
        if isinstance(body, dict):
            body = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def refuse(self, key):
        code, body = ERRORS[key]
        self.answer(code, body)

    def check(self, nik, passphrase):
        """None when nik may sign with passphrase, else the error key."""
        u = users()
        if nik not in u:
            return "nik"
        if u[nik][1] != "ISSUE":
            return u[nik][1]
        if passphrase is not None and passphrase != u[nik][0]:
            return "pass"
        return None

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n)
        with open(os.path.join(DIR, "auth")) as f:
            want = base64.b64encode(f.read().strip().encode()).decode()
        if self.headers.get("Authorization", "") != "Basic " + want:
            return self.answer(401, {"error": "Unauthorized"})
        mode = saklar()
        if mode == "500":
            log("500 " + self.path)
            return self.answer(500, {"error": "Internal Server Error"})
        if mode == "lambat":
            time.sleep(1)
        if self.path == "/api/sign/pdf":
            msg = email.parser.BytesParser().parsebytes(
                b"Content-Type: " + self.headers["Content-Type"].encode() +
                b"\r\n\r\n" + body)
            f = {}
            for part in msg.get_payload():
                f[part.get_param("name", header="content-disposition")] = \
                    part.get_payload(decode=True)
            nik = f.get("nik", b"").decode()
            log("v1 sign " + nik)
            err = self.check(nik, f.get("passphrase", b"").decode())
            if err:
                return self.refuse(err)
            out = sign(nik, f["file"])
            log("signed " + nik)
            if mode == "diam":
                time.sleep(60)
            return self.answer(200, out, "application/pdf")
        j = json.loads(body or b"{}")
        nik = j.get("nik", "")
        if self.path == "/api/v2/user/check/status":
            log("v2 status " + nik)
            u = users()
            st = u[nik][1] if nik in u else "NOT_REGISTERED"
            return self.answer(200, {"status": st, "nik": nik})
        if self.path == "/api/v2/sign/pdf":
            log("v2 sign " + nik)
            err = self.check(nik, j.get("passphrase", ""))
            if err:
                return self.refuse(err)
            out = sign(nik, base64.b64decode(j["file"][0]))
            log("signed " + nik)
            if mode == "diam":
                time.sleep(60)
            return self.answer(200, {"time": int(time.time() * 1000),
                                     "file": [base64.b64encode(out).decode()]})
        self.answer(404, {"error": "Not Found"})


srv = ThreadingHTTPServer(("127.0.0.1", PORT), H)
srv.daemon_threads = True
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(os.path.join(DIR, "tls.pem"), os.path.join(DIR, "tls.key"))
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(os.path.join(DIR, "ready"), "w") as f:
    f.write(str(os.getpid()))
srv.serve_forever()
