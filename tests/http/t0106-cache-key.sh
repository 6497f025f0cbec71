#!/bin/sh
# t0106-cache-key.sh: the anonymous page cache (src/pages/cache.c) keys a
# page on its path and raw, undecoded query string.  "tingkat=kampung%26q%3D
# surat" is one parameter whose value holds "&q=surat"; "tingkat=kampung&q=
# surat" is two.  Decoded they read the same, and before the fix the second
# URL was answered with the first one's cached page (issue 12 item 8).
. "$(dirname "$0")/test-lib.sh"

start_server
ONE='/layanan?tingkat=kampung%26q%3Dsurat'
TWO='/layanan?tingkat=kampung&q=surat'

# fill the cache of both workers with the one-parameter page
for i in 1 2 3 4 5 6; do
	curl -s -o /dev/null "$BASE$ONE"
done
expect_status 200 GET "$ONE"
check "one parameter: the search box stays empty" \
    grep -qF 'name="q" type="search" maxlength="100" value=""' "$BODY"
for i in 1 2 3 4 5 6; do
	expect_status 200 GET "$TWO"
	grep -qF 'value="surat"' "$BODY" || break
done
check "two parameters: q=surat is in the search box (not the cached page)" \
    grep -qF 'name="q" type="search" maxlength="100" value="surat"' "$BODY"
check "two parameters: kampung level is selected" \
    grep -qF '<option value="kampung" selected' "$BODY"

# and the other way round, on a fresh pair of URLs
THREE='/layanan?q=akta%26tingkat%3Dopd'
FOUR='/layanan?q=akta&tingkat=opd'
for i in 1 2 3 4 5 6; do
	curl -s -o /dev/null "$BASE$FOUR"
done
for i in 1 2 3 4 5 6; do
	expect_status 200 GET "$THREE"
	grep -qF 'value="akta&amp;tingkat=opd"' "$BODY" || break
done
check "q holding an encoded & is shown as typed (not the cached page)" \
    grep -qF 'value="akta&amp;tingkat=opd"' "$BODY"
# the same raw URL is still served from the cache: identical bodies
expect_status 200 GET "$FOUR"
cp "$BODY" "$WORK/four1"
expect_status 200 GET "$FOUR"
check "the same URL twice gives the same page" cmp -s "$BODY" "$WORK/four1"
finish
