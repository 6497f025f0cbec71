-- PostgreSQL form (issue 14) of ../0012-tlog.sql: same tables, names, rules.
-- 0012-tlog: the transparency log's tree, its signed checkpoints, and the
-- Inspektorat's commit-reveal audit samples (see doc/tlog.md).
--
-- tlog_node: the hash of every complete aligned subtree, written in the
-- same transaction as the leaf that closes it: (level, idx) covers leaves
-- [idx * 2^level, (idx + 1) * 2^level).  Level 0 repeats the leaf hashes
-- so that `pamong log verify` can name a tampered leaf exactly.  A proof
-- for any tree size is O(log n) lookups here.
CREATE TABLE tlog_node (
	level		bigint NOT NULL CHECK (level BETWEEN 0 AND 63),
	idx		bigint NOT NULL CHECK (idx >= 0),
	hash		bytea NOT NULL CHECK (length(hash) = 32),
	PRIMARY KEY (level, idx)
);
CREATE TRIGGER tlog_node_no_update BEFORE UPDATE ON tlog_node FOR EACH ROW
EXECUTE FUNCTION pamong_refuse('tlog_node is append-only');
CREATE TRIGGER tlog_node_no_delete BEFORE DELETE ON tlog_node FOR EACH ROW
EXECUTE FUNCTION pamong_refuse('tlog_node is append-only');

-- tlog_checkpoint: every signed checkpoint (C2SP signed note), kept.
CREATE TABLE tlog_checkpoint (
	size		bigint PRIMARY KEY CHECK (size >= 0),
	root		bytea NOT NULL CHECK (length(root) = 32),
	note		text NOT NULL,
	signed_at	bigint NOT NULL
);
CREATE TRIGGER tlog_checkpoint_no_update BEFORE UPDATE ON tlog_checkpoint FOR EACH ROW
EXECUTE FUNCTION pamong_refuse('tlog_checkpoint is append-only');
CREATE TRIGGER tlog_checkpoint_no_delete BEFORE DELETE ON tlog_checkpoint FOR EACH ROW
EXECUTE FUNCTION pamong_refuse('tlog_checkpoint is append-only');

-- tlog_sampel: one commit-reveal audit sample per period (YYYY-MM).  The
-- seed stays secret until revealed; komitmen = hex SHA-256(seed).
CREATE TABLE tlog_sampel (
	periode		text PRIMARY KEY CHECK (periode ~ '^[0-9][0-9][0-9][0-9]-[0-1][0-9]$'),
	benih		bytea NOT NULL CHECK (length(benih) = 32),
	komitmen	text NOT NULL CHECK (length(komitmen) = 64),
	jumlah		bigint NOT NULL CHECK (jumlah BETWEEN 1 AND 500),
	komitmen_idx	bigint NOT NULL,		-- tlog_entry.idx
	komitmen_by	bigint REFERENCES account(id),
	komitmen_at	bigint NOT NULL,
	buka_idx	bigint,			-- NULL until revealed
	buka_by		bigint REFERENCES account(id),
	buka_at		bigint
);

-- Leaves appended before this migration: their level-0 nodes now; higher
-- levels are computed (and stored) when first needed.
INSERT INTO tlog_node(level, idx, hash) SELECT 0, idx, leaf_hash FROM tlog_entry;
