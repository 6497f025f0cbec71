#!/usr/bin/env python3
"""submit.py: the background load of bench/p0005-kinerja: new applications
(KPG-02 with three small PDFs, multipart, as bench/p0002-submit/submit.lua
sends them) and complaints (JSON) through the API at a fixed rate, over
one thread and keep-alive connection per citizen token (RATE shared), until killed or DURATION
seconds have passed.  Writes "sent ok" counts to OUT every second.

    submit.py BASE TOKENFILE RATE DURATION OUT
"""
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse


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


def application(n):
    b = "----pamongbench5"
    key = "p5-%d-%d" % (n, random.randint(1, 2**31))
    parts = []
    for name, value in (("layanan", "KPG-02"), ("wilayah", "14.08.01.1001"),
                        ("kunci_idempoten", key),
                        ("isian.keperluan", "Uji beban kinerja"),
                        ("isian.alamat", "Jl. Sultan Syarif Kasim No. %d" % n),
                        ("isian.rt_rw", "002/003"),
                        ("isian.lama_tinggal", "4"),
                        ("isian.status_tinggal", "Milik sendiri")):
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"'
                     '\r\n\r\n%s\r\n' % (b, name, value))
    for name, fn in (("berkas.ktp_el", "ktp.pdf"),
                     ("berkas.kartu_keluarga", "kk.pdf"),
                     ("berkas.surat_pengantar_rt_rw", "pengantar.pdf")):
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; '
                     'filename="%s"\r\nContent-Type: application/pdf\r\n\r\n'
                     '%s\r\n' % (b, name, fn, pdf(fn + " " + key)))
    body = ("".join(parts) + "--%s--\r\n" % b).encode()
    return ("/api/v1/permohonan", body,
            "multipart/form-data; boundary=" + b)


def complaint(n):
    body = json.dumps({
        "jenis": "pengaduan", "judul": "Uji beban pengaduan %d" % n,
        "isi": "Pengaduan uji beban nomor %d untuk mengukur halaman "
               "kinerja saat pengajuan terus berjalan." % n,
        "kategori": "lainnya", "wilayah": "14.08.01.1001"}).encode()
    return ("/api/v1/pengaduan", body, "application/json")


def worker(u, token, rate, duration, t0, idx, stats):
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    n = 0
    while time.monotonic() - t0 < duration:
        n += 1
        m = n * 100 + idx
        path, body, ctype = complaint(m) if n % 5 == 0 else application(m)
        try:
            conn.request("POST", path, body, {
                "Authorization": "Bearer " + token, "Content-Type": ctype})
            r = conn.getresponse()
            r.read()
            stats[idx][0] += 1
            stats[idx][1] += r.status == 201
        except (OSError, http.client.HTTPException):
            conn.close()
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        # keep the rate: sleep until this request's slot
        wait = t0 + n / rate - time.monotonic()
        if wait > 0:
            time.sleep(wait)


def main():
    base, tokfile, rate, duration, out = sys.argv[1:6]
    rate, duration = float(rate), float(duration)
    u = urllib.parse.urlparse(base)
    tokens = [t.strip() for t in open(tokfile) if t.strip()]
    stats = [[0, 0] for _ in tokens]
    t0 = time.monotonic()
    ts = [threading.Thread(target=worker, daemon=True,
                           args=(u, t, rate / len(tokens), duration, t0, i,
                                 stats))
          for i, t in enumerate(tokens)]
    for t in ts:
        t.start()
    while any(t.is_alive() for t in ts):
        time.sleep(1)
        with open(out, "w") as f:
            f.write("%d %d %.1f\n" % (sum(x[0] for x in stats),
                                       sum(x[1] for x in stats),
                                       time.monotonic() - t0))


if __name__ == "__main__":
    main()
