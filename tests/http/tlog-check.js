// tlog-check.js: an independent RFC 9162 verifier for the HTTP tests
// (Node's crypto; shares no code with src/domain/merkle.c).
//
//   node tlog-check.js root ENTRIES.json SIZE CHECKPOINT
//	recompute the root of the first SIZE entries of a /log/entri answer
//	(mulai=0) and compare it with the checkpoint's root line.
//   node tlog-check.js inclusion ENTRY_B64 INDEX SIZE PROOF.json CHECKPOINT
//	verify a /log/bukti-inklusi answer for one entry.
//   node tlog-check.js consistency SIZE1 SIZE2 CP1 CP2 PROOF.json
//	verify a /log/bukti-konsistensi answer between two checkpoints.
//   node tlog-check.js pem VKEY
//	print the SubjectPublicKeyInfo PEM of a signed-note vkey after
//	checking its key ID.
// Exit 0 when it checks out, 1 when not.
"use strict";
const fs = require("fs");
const crypto = require("crypto");

const sha = (...parts) => crypto.createHash("sha256").update(Buffer.concat(parts)).digest();
const leaf = (d) => sha(Buffer.from([0]), d);
const node = (l, r) => sha(Buffer.from([1]), l, r);

function mth(leaves) {	// RFC 9162 2.1.1, literally
	if (leaves.length === 0) return sha(Buffer.alloc(0));
	if (leaves.length === 1) return leaves[0];
	let k = 1;
	while (k * 2 < leaves.length) k *= 2;
	return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

function cpRoot(file) {
	const lines = fs.readFileSync(file, "utf8").split("\n");
	return { size: BigInt(lines[1]), root: Buffer.from(lines[2], "base64") };
}

function verifyInclusion(index, size, h, path, root) {	// 2.1.3.2
	if (index >= size) return false;
	let fn = index, sn = size - 1n, r = h;
	for (const p of path) {
		if (sn === 0n) return false;
		if ((fn & 1n) || fn === sn) {
			r = node(p, r);
			if (!(fn & 1n)) while (!(fn & 1n) && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
		} else r = node(r, p);
		fn >>= 1n; sn >>= 1n;
	}
	return sn === 0n && r.equals(root);
}

function verifyConsistency(first, second, h1, h2, path) {	// 2.1.4.2
	if (first === second) return path.length === 0 && h1.equals(h2);
	if (first === 0n) return path.length === 0;
	if (path.length === 0) return false;
	if ((first & (first - 1n)) === 0n) path = [h1, ...path];
	let fn = first - 1n, sn = second - 1n;
	while (fn & 1n) { fn >>= 1n; sn >>= 1n; }
	let fr = path[0], sr = path[0];
	for (const c of path.slice(1)) {
		if (sn === 0n) return false;
		if ((fn & 1n) || fn === sn) {
			fr = node(c, fr); sr = node(c, sr);
			if (!(fn & 1n)) while (!(fn & 1n) && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
		} else sr = node(sr, c);
		fn >>= 1n; sn >>= 1n;
	}
	return fr.equals(h1) && sr.equals(h2) && sn === 0n;
}

const a = process.argv.slice(2);
const jalur = (f) => JSON.parse(fs.readFileSync(f, "utf8")).jalur.map((s) => Buffer.from(s, "base64"));
let ok = false;
switch (a[0]) {
case "root": {
	const data = JSON.parse(fs.readFileSync(a[1], "utf8")).data;
	const n = Number(a[2]);
	const ls = data.slice(0, n).map((e, i) => {
		if (e.indeks !== i) throw new Error("indeks " + e.indeks);
		return leaf(Buffer.from(e.entri, "base64"));
	});
	ok = ls.length === n && mth(ls).equals(cpRoot(a[3]).root);
	break;
}
case "inclusion":
	ok = verifyInclusion(BigInt(a[2]), BigInt(a[3]), leaf(Buffer.from(a[1], "base64")),
	    jalur(a[4]), cpRoot(a[5]).root);
	break;
case "consistency":
	ok = verifyConsistency(BigInt(a[1]), BigInt(a[2]), cpRoot(a[3]).root, cpRoot(a[4]).root,
	    jalur(a[5]));
	break;
case "pem": {
	const [name, hex, ...rest] = a[1].trim().split("+");
	const b64 = rest.join("+");	// base64 may itself contain '+'
	const k = Buffer.from(b64, "base64");
	const id = sha(Buffer.from(name + "\n"), k).subarray(0, 4).toString("hex");
	if (k.length !== 33 || k[0] !== 1 || id !== hex) break;
	const der = Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), k.subarray(1)]);
	console.log("-----BEGIN PUBLIC KEY-----\n" + der.toString("base64") + "\n-----END PUBLIC KEY-----");
	ok = true;
	break;
}
}
process.exit(ok ? 0 : 1);
