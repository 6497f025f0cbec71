-- 0012-tlog: the transparency log's tree, its signed checkpoints, and the
-- Inspektorat's commit-reveal audit samples (see doc/tlog.md).
--
-- tlog_node: the hash of every complete aligned subtree, written in the
-- same transaction as the leaf that closes it: (level, idx) covers leaves
-- [idx * 2^level, (idx + 1) * 2^level).  Level 0 repeats the leaf hashes
-- so that `pamong log verify` can name a tampered leaf exactly.  A proof
-- for any tree size is O(log n) lookups here.
CREATE TABLE tlog_node (
	level		INTEGER NOT NULL CHECK (level BETWEEN 0 AND 63),
	idx		INTEGER NOT NULL CHECK (idx >= 0),
	hash		BLOB NOT NULL CHECK (length(hash) = 32),
	PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE TRIGGER tlog_node_no_update BEFORE UPDATE ON tlog_node
BEGIN SELECT RAISE(ABORT, 'tlog_node is append-only'); END;
CREATE TRIGGER tlog_node_no_delete BEFORE DELETE ON tlog_node
BEGIN SELECT RAISE(ABORT, 'tlog_node is append-only'); END;

-- tlog_checkpoint: every signed checkpoint (C2SP signed note), kept.
CREATE TABLE tlog_checkpoint (
	size		INTEGER PRIMARY KEY CHECK (size >= 0),
	root		BLOB NOT NULL CHECK (length(root) = 32),
	note		TEXT NOT NULL,
	signed_at	INTEGER NOT NULL
);
CREATE TRIGGER tlog_checkpoint_no_update BEFORE UPDATE ON tlog_checkpoint
BEGIN SELECT RAISE(ABORT, 'tlog_checkpoint is append-only'); END;
CREATE TRIGGER tlog_checkpoint_no_delete BEFORE DELETE ON tlog_checkpoint
BEGIN SELECT RAISE(ABORT, 'tlog_checkpoint is append-only'); END;

-- tlog_sampel: one commit-reveal audit sample per period (YYYY-MM).  The
-- seed stays secret until revealed; komitmen = hex SHA-256(seed).
CREATE TABLE tlog_sampel (
	periode		TEXT PRIMARY KEY CHECK (periode GLOB
			    '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	benih		BLOB NOT NULL CHECK (length(benih) = 32),
	komitmen	TEXT NOT NULL CHECK (length(komitmen) = 64),
	jumlah		INTEGER NOT NULL CHECK (jumlah BETWEEN 1 AND 500),
	komitmen_idx	INTEGER NOT NULL,		-- tlog_entry.idx
	komitmen_by	INTEGER REFERENCES account(id),
	komitmen_at	INTEGER NOT NULL,
	buka_idx	INTEGER,			-- NULL until revealed
	buka_by		INTEGER REFERENCES account(id),
	buka_at		INTEGER
);

-- Leaves appended before this migration: their level-0 nodes now; higher
-- levels are computed (and stored) when first needed.
INSERT INTO tlog_node(level, idx, hash) SELECT 0, idx, leaf_hash FROM tlog_entry;
