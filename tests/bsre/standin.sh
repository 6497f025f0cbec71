# standin.sh: the BSrE stand-in for the HTTP scripts (sourced after
# test-lib.sh; doc/bsre.md "Tests").
#
#	bsre_standin NIK PASSPHRASE [NIK2 PASSPHRASE2 STATE2]
#
# Makes in $WORK/bsre, with openssl, a throw-away TLS CA and the
# stand-in's certificate for 127.0.0.1 ($BSRE_TLS_CA, exported as
# PAMONG_BSRE_CA for the server to start after it), a throw-away "BSrE"
# signer CA ($BSRE/ca.pem) with an officer certificate whose subject
# serialNumber is the NIK, builds the signing tool, and starts
# tests/bsre/standin.py on a free port ($BSRE_URL).  bsre_conf VERSI
# [BATAS] writes $DATA/bsre.conf for it; bsre_switch WORD sets the
# stand-in's switch (ok 500 lambat diam nik_lain); bsre_calls PATTERN
# counts its log lines.
BSRE=$WORK/bsre
BSRE_USER=pamong-uji
BSRE_PASS=sandi-basic-uji

_bsre_signer() {	# _bsre_signer NIK NAME
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout "$BSRE/signer-$1.key" -subj "/C=ID/O=Pemerintah Kabupaten Siak/CN=$2/serialNumber=$1" \
	    -out "$BSRE/signer-$1.csr" 2>/dev/null &&
	openssl x509 -req -in "$BSRE/signer-$1.csr" -CA "$BSRE/ca.pem" \
	    -CAkey "$BSRE/ca.key" -CAcreateserial -days 30 \
	    -extfile "$BSRE/signer.ext" -out "$BSRE/signer-$1.pem" 2>/dev/null
}

bsre_standin() {
	mkdir -p "$BSRE"
	printf 'keyUsage = critical, digitalSignature, nonRepudiation\nbasicConstraints = CA:FALSE\n' >"$BSRE/signer.ext"
	printf 'basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n' >"$BSRE/ca.ext"
	printf 'subjectAltName = IP:127.0.0.1\nbasicConstraints = CA:FALSE\n' >"$BSRE/tls.ext"
	# the stand-in's TLS: its own throw-away CA
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout "$BSRE/tlsca.key" -subj "/CN=TLS Tiruan Uji" -days 30 \
	    -addext "basicConstraints=critical,CA:TRUE" \
	    -out "$BSRE/tlsca.pem" 2>/dev/null &&
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout "$BSRE/tls.key" -subj "/CN=127.0.0.1" \
	    -out "$BSRE/tls.csr" 2>/dev/null &&
	openssl x509 -req -in "$BSRE/tls.csr" -CA "$BSRE/tlsca.pem" \
	    -CAkey "$BSRE/tlsca.key" -CAcreateserial -days 30 \
	    -extfile "$BSRE/tls.ext" -out "$BSRE/tls.pem" 2>/dev/null &&
	# "BSrE": a throw-away signer CA
	openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
	    -keyout "$BSRE/ca.key" -subj "/C=ID/O=BSrE Tiruan Uji/CN=BSrE Tiruan Uji CA" \
	    -out "$BSRE/ca.csr" 2>/dev/null &&
	openssl x509 -req -in "$BSRE/ca.csr" -signkey "$BSRE/ca.key" -days 30 \
	    -extfile "$BSRE/ca.ext" -out "$BSRE/ca.pem" 2>/dev/null &&
	_bsre_signer "$1" "Petugas Uji" || {
		fail "openssl made the stand-in's certificates"
		finish
	}
	printf '%s %s ISSUE\n' "$1" "$2" >"$BSRE/users"
	if [ $# -ge 5 ]; then
		_bsre_signer "$3" "Petugas Lain" || fail "second signer"
		printf '%s %s %s\n' "$3" "$4" "$5" >>"$BSRE/users"
	fi
	printf '%s:%s\n' "$BSRE_USER" "$BSRE_PASS" >"$BSRE/auth"
	export PAMONG_BSRE_CA="$BSRE/tlsca.pem"
	_bd=$(dirname "$PAMONG")
	case $_bd in */san) _bd=$(dirname "$_bd") ;; esac
	BSRE_TOOL=$_bd/san/unit/dokumen/pades_tool
	[ -x "$BSRE_TOOL" ] || (cd "$ROOT" && make -s B="${_bd#"$ROOT"/}" \
	    "${_bd#"$ROOT"/}/san/unit/dokumen/pades_tool") >"$WORK/make.log" 2>&1
	for _try in 1 2 3 4 5; do
		BSRE_PORT=$(_t_free_port)
		rm -f "$BSRE/ready"
		python3 "$ROOT/tests/bsre/standin.py" "$BSRE" "$BSRE_PORT" \
		    "$BSRE_TOOL" >>"$WORK/standin.log" 2>&1 &
		BSRE_PID=$!
		_i=0
		while [ ! -f "$BSRE/ready" ] && kill -0 "$BSRE_PID" 2>/dev/null &&
		    [ $_i -lt 100 ]; do
			sleep 0.1
			_i=$((_i + 1))
		done
		[ -f "$BSRE/ready" ] && break
		kill "$BSRE_PID" 2>/dev/null
	done
	BSRE_URL=https://127.0.0.1:$BSRE_PORT
	trap 'kill "$BSRE_PID" 2>/dev/null; _t_cleanup' EXIT
	check "the BSrE stand-in runs (HTTPS, throw-away CA)" \
	    curl -sf -o /dev/null --cacert "$BSRE/tlsca.pem" -u "$BSRE_USER:$BSRE_PASS" \
	    -X POST -H 'Content-Type: application/json' -d '{"nik":"x"}' \
	    "$BSRE_URL/api/v2/user/check/status"
}

bsre_conf() {	# bsre_conf VERSI [BATAS]
	cp "$BSRE/ca.pem" "$DATA/bsre-akar.pem"
	cat >"$DATA/bsre.conf" <<EOC
# BSrE stand-in of $0
url = $BSRE_URL/
versi = $1
pengguna = $BSRE_USER
sandi = $BSRE_PASS
batas_waktu = ${2:-30}
akar = bsre-akar.pem
EOC
}

bsre_switch() { printf '%s\n' "$1" >"$BSRE/saklar"; }

bsre_calls() { grep -c "$1" "$BSRE/log" 2>/dev/null || true; }
