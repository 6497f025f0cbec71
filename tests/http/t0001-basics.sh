#!/bin/sh
# t0001-basics.sh: security headers, error pages, assets, limits, HEAD.
. "$(dirname "$0")/test-lib.sh"

start_server

# security_headers: the headers every response must carry.
security_headers() {
	expect_header content-security-policy "frame-ancestors 'none'"
	expect_header content-security-policy "script-src 'self'"
	if grep -i '^content-security-policy:' "$HEADERS" |
	    grep -q "unsafe-inline"; then
		fail "CSP allows 'unsafe-inline'"
	else
		ok "CSP has no 'unsafe-inline'"
	fi
	expect_header x-content-type-options '^nosniff$'
	expect_header referrer-policy '^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$'
}

# Home, catalog, 404 page and API 404 all carry the headers.
expect_status 200 GET /
security_headers
expect_contains '<html lang="id">' "$BODY"

expect_status 200 GET /layanan
security_headers

expect_status 404 GET /tidak-ada-halaman-ini
security_headers
expect_header content-type '^text/html'
expect_contains '<html lang="id">' "$BODY"
expect_contains 'Halaman tidak ditemukan' "$BODY"

expect_status 404 GET /api/v1/tidak-ada
security_headers
expect_header content-type '^application/json'
expect_json 'typeof j.galat.kode === "string" && j.galat.kode.length > 0' "$BODY"
expect_json 'typeof j.galat.pesan === "string" && j.galat.pesan.length > 0' "$BODY"
expect_json 'j.galat.kode === "tidak_ditemukan"' "$BODY"

# Assets: right type, long-lived caching is allowed but not required.
expect_status 200 GET /aset/pamong.css
expect_header content-type '^text/css'
security_headers
expect_status 404 GET /aset/tidak-ada.css
expect_status 404 GET /aset/../pamong.db

# Large bodies: an oversized form is refused, a body over Kore's
# http_body_max gets 413; neither may crash a worker.
head -c 1572864 /dev/zero | tr '\0' a >"$WORK/big"
code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary @"$WORK/big" "$BASE/masuk")
case $code in
400|403|413) ok "1.5 MB form POST -> $code" ;;
*) fail "1.5 MB form POST -> $code (expected 400, 403 or 413)" ;;
esac
max=$(awk '$1 == "http_body_max" { print $2 }' "$DATA/kore.conf")
if [ -n "$max" ]; then
	head -c $((max + 1048576)) /dev/zero >"$WORK/huge"
	code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' \
	    -H 'Content-Type: application/octet-stream' \
	    --data-binary @"$WORK/huge" "$BASE/masuk")
	case $code in
	413|400) ok "POST of http_body_max + 1 MiB -> $code" ;;
	*) fail "POST of http_body_max + 1 MiB -> $code (expected 413)" ;;
	esac
	rm -f "$WORK/huge"
else
	fail "http_body_max is set in kore.conf"
fi
# the next requests, whichever worker takes them, are served normally
# (Kore reuses request objects: no state of the refused one may leak)
for i in 1 2 3 4; do
	expect_status 200 GET /
done

# Malformed query strings are a 400, not a guess.
expect_status 400 GET '/layanan?q=%ZZ'
expect_status 400 GET '/?a=%'
expect_status 400 GET '/api/v1/layanan?q=%ZZ'
expect_header content-type '^application/json'

# HEAD gives the headers of GET and no body.
expect_status 200 HEAD /
expect_header content-type '^text/html'
security_headers

# Unsupported methods are refused.
expect_status 405 PUT / --data ''
expect_status 405 DELETE /

finish
