#!/usr/bin/python3
# gateway-standin.py: a local stand-in for WhatsApp and SMS gateways in
# the notification tests (issue 15).  Every request is appended to LOG as
# one JSON line {"path", "auth", "type", "body", "form" or "json",
# "answer"}.  How it answers: the words of MODES (a file, read at every
# request; the first word is used and removed): "ok" (200 with an id:
# {"id": "gw-N"}, or the Cloud API's {"messages": [{"id": "wamid.N"}]}
# on a path ending in /messages), "500", "429", "400" (that status),
# "hang" (no answer for 30 s: the client's timeout must cut it), "slow"
# (0.3 s, then as "ok"); no word
# left: "ok".  With --webhook URL, after each "ok" it posts the statuses
# of --statuses (default "read,sent,delivered": out of order) for that
# id to URL, one by one, 0.2 s apart, in a thread.
import argparse
import json
import os
import threading
import time
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--log", required=True)
p.add_argument("--modes", required=True)
p.add_argument("--webhook", default="")
p.add_argument("--statuses", default="read,sent,delivered")
a = p.parse_args()
lock = threading.Lock()
count = [0]


def next_mode():
    with lock:
        try:
            with open(a.modes) as f:
                words = f.read().split()
        except FileNotFoundError:
            words = []
        if not words:
            return "ok"
        with open(a.modes + ".tmp", "w") as f:
            f.write(" ".join(words[1:]))
        os.rename(a.modes + ".tmp", a.modes)
        return words[0]


def hooks(mid):
    for st in a.statuses.split(","):
        time.sleep(0.2)
        body = json.dumps({"id": mid, "status": st}).encode()
        req = urllib.request.Request(a.webhook, data=body, headers={
            "Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=5).read()
        except Exception as e:  # recorded, never fatal
            with lock, open(a.log, "a") as f:
                f.write(json.dumps({"webhook_error": str(e)}) + "\n")


class H(BaseHTTPRequestHandler):
    def log_message(self, *x):
        pass

    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(n).decode("utf-8", "replace")
        mode = next_mode()
        rec = {"path": self.path, "auth": self.headers.get("Authorization", ""),
               "type": self.headers.get("Content-Type", ""), "body": raw,
               "answer": mode}
        if rec["type"].startswith("application/json"):
            try:
                rec["json"] = json.loads(raw)
            except ValueError:
                pass
        else:
            rec["form"] = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
        with lock:
            count[0] += 1
            k = count[0]
            with open(a.log, "a") as f:
                f.write(json.dumps(rec) + "\n")
        if mode == "hang":
            time.sleep(30)
            return
        if mode == "slow":
            time.sleep(0.3)
            mode = "ok"
        if mode != "ok":
            self.send_response(int(mode))
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": "stand-in"}')
            return
        if self.path.endswith("/messages"):
            mid = "wamid.%d" % k
            out = {"messages": [{"id": mid}]}
        else:
            mid = "gw-%d" % k
            out = {"id": mid, "status": True}
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps(out).encode())
        if a.webhook:
            threading.Thread(target=hooks, args=(mid,), daemon=True).start()


s = ThreadingHTTPServer(("127.0.0.1", a.port), H)
print("ready", flush=True)
s.serve_forever()
