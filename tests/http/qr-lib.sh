# qr-lib.sh: read back a QR code that a page carries as inline SVG
# (src/http/qr.c).  Sourced after test-lib.sh.

# qr_read HTMLFILE: print what the first <svg class="qr"> of the page
# says: the SVG's runs are rasterised (8 pixels a module) and read by
# zbarimg.  Prints nothing when there is no code or it does not read.
qr_read() {
	python3 - "$1" "$WORK/qr.pgm" <<'PY' || return 0
import re, sys
t = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'<svg class="qr"[^>]*viewBox="0 0 (\d+) \d+".*?<path fill="#000" d="([^"]*)"', t)
if not m:
    sys.exit(1)
n, d, k = int(m.group(1)), m.group(2), 8
g = [[255] * n for _ in range(n)]
for x, y, w in re.findall(r'M(\d+) (\d+)h(\d+)v1h-\d+z', d):
    for i in range(int(w)):
        g[int(y)][int(x) + i] = 0
with open(sys.argv[2], 'wb') as f:
    f.write(b'P5 %d %d 255\n' % (n * k, n * k))
    for row in g:
        f.write(bytes(v for v in row for _ in range(k)) * k)
PY
	zbarimg -q --raw "$WORK/qr.pgm" 2>/dev/null
}
