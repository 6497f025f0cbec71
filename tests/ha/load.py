#!/usr/bin/env python3
"""load.py: the p0002 submission load for the failover test (issue 20).

    load.py run BASES TOKENS OUT SECONDS [THREADS]
        THREADS (default 8) citizens' threads, spread over the app servers
        BASES (comma-separated URLs), each POSTs KPG-02 applications with
        three small distinct PDFs and a fresh idempotency key
        (kunci_idempoten), as bench/p0002-submit/submit.lua does, for
        SECONDS.  Every answer is one line of OUT (tab-separated): time
        (s since the epoch), thread, key, status (000 = no answer:
        connection cut, timeout), nomor (for 200/201), galat.kode.
    load.py retry BASES TOKENS IN OUT
        each line of IN (the same format) again, with its key and its
        thread's token: answers to OUT.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

TIMEOUT = 30


def pdf(text):
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>"]
    s = "%PDF-1.4\n%" + text + "\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(s))
        s += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(s)
    s += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        s += "%010d 00000 n \n" % o
    s += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return s


def body(key, n):
    b = "----pamongha" + key.replace(":", "")
    parts = []
    for name, value in (("layanan", "KPG-02"), ("wilayah", "14.08.01.1001"),
                        ("kunci_idempoten", key),
                        ("isian.keperluan", "Uji ketersediaan tinggi"),
                        ("isian.alamat", "Jl. Sultan Syarif Kasim No. %d" % n),
                        ("isian.rt_rw", "002/003"),
                        ("isian.lama_tinggal", "4"),
                        ("isian.status_tinggal", "Milik sendiri")):
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"'
                     '\r\n\r\n%s\r\n' % (b, name, value))
    for name, fn, tag in (("ktp_el", "ktp.pdf", "ktp"),
                          ("kartu_keluarga", "kk.pdf", "kk"),
                          ("surat_pengantar_rt_rw", "pengantar.pdf", "rt")):
        parts.append('--%s\r\nContent-Disposition: form-data; '
                     'name="berkas.%s"; filename="%s"\r\nContent-Type: '
                     'application/pdf\r\n\r\n%s\r\n'
                     % (b, name, fn, pdf(tag + " " + key)))
    parts.append("--%s--\r\n" % b)
    return "".join(parts).encode(), "multipart/form-data; boundary=" + b


def submit(base, token, key, n):
    """(status, nomor, galat.kode); status 0 when no answer came."""
    u = urllib.parse.urlsplit(base)
    data, ctype = body(key, n)
    try:
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=TIMEOUT)
        c.request("POST", "/api/v1/permohonan", data,
                  {"Authorization": "Bearer " + token, "Content-Type": ctype})
        r = c.getresponse()
        raw = r.read()
        c.close()
    except (OSError, http.client.HTTPException):
        return 0, "", "putus"
    nomor = kode = ""
    try:
        j = json.loads(raw)
        nomor = j.get("nomor", "")
        kode = (j.get("galat") or {}).get("kode", "")
    except ValueError:
        pass
    return r.status, nomor, kode


class Out:
    def __init__(self, path):
        self.f = open(path, "a")
        self.lock = threading.Lock()

    def write(self, t, tid, key, st, nomor, kode):
        with self.lock:
            self.f.write("%.3f\t%d\t%s\t%03d\t%s\t%s\n"
                         % (t, tid, key, st, nomor, kode))
            self.f.flush()


def run(bases, tokens, out, seconds, threads):
    end = time.time() + seconds
    salt = "%x" % int(time.time() * 1000)

    def worker(tid):
        base = bases[tid % len(bases)]
        token = tokens[tid % len(tokens)]
        n = 0
        while time.time() < end:
            n += 1
            key = "ha-%s-%d-%d" % (salt, tid, n)
            st, nomor, kode = submit(base, token, key, n)
            out.write(time.time(), tid, key, st, nomor, kode)
            if st != 201:
                time.sleep(0.2)  # as a client would before the next one

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def retry(bases, tokens, inp, out):
    for line in open(inp):
        f = line.rstrip("\n").split("\t")
        tid, key = int(f[1]), f[2]
        st, nomor, kode = submit(bases[tid % len(bases)],
                                 tokens[tid % len(tokens)], key, 0)
        out.write(time.time(), tid, key, st, nomor, kode)


def main():
    a = sys.argv[1:]
    if len(a) < 5 or a[0] not in ("run", "retry"):
        sys.exit(__doc__)
    bases = a[1].split(",")
    tokens = [t for t in open(a[2]).read().split("\n") if t]
    if a[0] == "run":
        run(bases, tokens, Out(a[3]), float(a[4]),
            int(a[5]) if len(a) > 5 else 8)
    else:
        retry(bases, tokens, a[3], Out(a[4]))


if __name__ == "__main__":
    main()
