#!/bin/sh
# t2004-kirim-server.sh: the server delivers the outbox by itself (the
# job notifikasi.kirim, once a minute in worker 1, inside Kore's sandbox)
# and takes delivery statuses by webhook (issue 15): the secret path,
# statuses out of order and repeated never move a state backwards,
# unknown ids and words; the Cloud API shape of both the message and the
# webhook.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

start_server
start_gateway --webhook "$BASE/api/v1/notifikasi/status/rahasia-kait-123" \
    --statuses read,sent,delivered,failed
kanal "wa_mode = cloud" "wa_url = http://127.0.0.1:$GW_PORT/v19.0/123/messages" \
    "wa_token = token-cloud" "wa_template = pemberitahuan_pamong" \
    "webhook_rahasia = rahasia-kait-123" "batas_waktu = 5"
HOOK=/api/v1/notifikasi/status/rahasia-kait-123
post() {
	expect_status "$1" POST "$2" -H 'Content-Type: application/json' -d "$3"
}

# --- the server's job sends it within a minute (Cloud API shape) ----------
queue whatsapp 081234567001 "Dikirim oleh server"
Q1=$QID
i=0
while [ "$(sql "SELECT sent_at IS NULL FROM outbox WHERE id = $Q1")" = 1 ] && [ $i -lt 75 ]; do sleep 1; i=$((i + 1)); done
expect_eq "the server's job sent it" "$(sql "SELECT count(*) FROM outbox_attempt WHERE outbox_id = $Q1 AND result = 'terkirim'")" 1
expect_eq "one request" "$(gw_count Dikirim)" 1
check "Cloud API: Authorization: Bearer <wa_token>" grep -q '"auth": "Bearer token-cloud"' "$GW_LOG"
check "Cloud API: a template message with the text as its variable" \
    grep -q '"json": {"messaging_product": "whatsapp", "to": "6281234567001", "type": "template", "template": {"name": "pemberitahuan_pamong", "language": {"code": "id"}, "components": \[{"type": "body", "parameters": \[{"type": "text", "text": "Dikirim oleh server"}\]}\]}}' "$GW_LOG"
expect_eq "the Cloud API's message id kept" "$(sql "SELECT provider_id FROM outbox WHERE id = $Q1")" wamid.1

# --- the stand-in's webhooks came back out of order: read first -----------
i=0
while [ "$(sql "SELECT count(*) FROM outbox_status WHERE provider_id = 'wamid.1'")" -lt 4 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
expect_eq "four statuses recorded" "$(sql "SELECT count(*) FROM outbox_status WHERE provider_id = 'wamid.1'")" 4
expect_eq "read, sent, delivered, failed: dibaca" "$(state "$Q1")" dibaca

# --- webhooks by hand ------------------------------------------------------
sql "UPDATE outbox SET provider_id = 'uji-2', state = 'terkirim' WHERE id = $Q1"
sql "DELETE FROM outbox_status WHERE provider_id = 'uji-2'"
post 200 "$HOOK" '{"id": "uji-2", "status": "delivered"}'
expect_json 'j.diubah === 1' "$BODY"
expect_eq "delivered: diterima" "$(state "$Q1")" diterima
post 200 "$HOOK" '{"id": "uji-2", "status": "delivered"}'
expect_json 'j.diubah === 0' "$BODY"
post 200 "$HOOK" '{"id": "uji-2", "status": "sent"}'
expect_eq "a late sent: still diterima" "$(state "$Q1")" diterima
post 200 "$HOOK" '{"id": "uji-2", "status": "failed", "alasan": "nomor tidak aktif"}'
expect_eq "a failed after delivered: still diterima" "$(state "$Q1")" diterima
post 200 "$HOOK" '{"entry": [{"changes": [{"value": {"statuses": [{"id": "uji-2", "status": "read"}]}}]}]}'
expect_json 'j.diubah === 1' "$BODY"
expect_eq "Cloud API webhook shape: dibaca" "$(state "$Q1")" dibaca
post 200 "$HOOK" '{"id": "uji-2", "status": "delivered"}'
expect_eq "a repeated delivered: still dibaca" "$(state "$Q1")" dibaca

# failed first, then delivered (the order the Cloud API may use)
sql "UPDATE outbox SET provider_id = 'uji-3', state = 'terkirim' WHERE id = $Q1"
post 200 "$HOOK" '{"id": "uji-3", "status": "failed", "alasan": "tidak terjangkau"}'
expect_eq "failed: gagal" "$(state "$Q1")" gagal
expect_eq "with the provider's reason" "$(sql "SELECT reason FROM outbox WHERE id = $Q1")" "tidak terjangkau"
post 200 "$HOOK" '{"id": "uji-3", "status": "delivered"}'
expect_eq "delivered after failed: diterima" "$(state "$Q1")" diterima

post 200 "$HOOK" '{"id": "tidak-ada", "status": "read"}'
expect_json 'j.diubah === 0' "$BODY"
post 400 "$HOOK" '{"id": "uji-3", "status": "terbang"}'
expect_json 'j.galat.kode === "isian_tidak_sah"' "$BODY"
post 400 "$HOOK" 'bukan json'
post 404 /api/v1/notifikasi/status/rahasia-salah '{"id": "uji-3", "status": "read"}'
expect_eq "a wrong secret changes nothing" "$(state "$Q1")" diterima
expect_status 405 GET "$HOOK"

finish
