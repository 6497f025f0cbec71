#!/usr/bin/env python3
"""pgsql.py URL SQL: run one of the HTTP scripts' own queries, written for
SQLite (sql "..." in tests/http/t*.sh), on the PostgreSQL test database
URL (test-lib.sh, PAMONG_TEST_PG), printing what sqlite3 -batch would.

The scripts are the contract and stay as they are; this is plumbing for
the test side only.  The product's queries never pass through here.  The
text is rewritten where SQLite's dialect has no PostgreSQL spelling:

  group_concat(x [, sep])		string_agg(CAST(x AS text), sep)
  json_extract(j, '$.a.b')		CAST(j AS jsonb) #>> '{a,b}'
  strftime(fmt, t [, mods...])		to_char() (%s: epoch, %w: day of week)
  date(t [, mods]) / datetime(...)	to_char(..., 'YYYY-MM-DD[ HH24:MI:SS]')
  instr(hay, needle)			strpos(hay, needle)
  CAST(x AS TEXT)			pamong_test.as_text(x) (a blob's text)
  readfile('path')			the file's text as a literal
  FROM (subquery) with no alias		FROM (subquery) AS _sN
  count(*) || col (a bare column)	count(*) || max(col)
  group_concat(x) ... ORDER BY y	string_agg(..., sep ORDER BY the first
					table's primary key), as SQLite ignores
					that ORDER BY and visits it in rowid order
  substr(s, -n [, len])			from the end, as SQLite's
  pragma_table_info('t')		information_schema.columns
  INSERT OR IGNORE ...			INSERT ... ON CONFLICT DO NOTHING
  CAST(x AS BLOB)			convert_to(x, 'UTF8')
  "," (not a name)			',' (SQLite's string fallback)
  a || b				as_text(a) || as_text(b) (1/0 for booleans)
  X'hex'				decode('hex', 'hex')
  DROP TRIGGER name			DROP TRIGGER name ON its table
  PRAGMA integrity_check		SELECT 'ok' (nothing to check here)

Times: 'now', 'unixepoch' and modifiers such as '-10 days' or '+7 hours'
(as PostgreSQL intervals), in UTC as SQLite does.  Booleans print as 1
and 0, as SQLite's do.  The schema pamong_test (test-lib.sh puts it in
the template database; only this client has it on its search_path) holds
=, <> between text and integers, compared as text like a SQLite column of
TEXT affinity, as_text() (a bytea's UTF-8 text, 1 or 0 for a boolean)
and hex().  Exit status and error text as psql's.
"""
import os
import re
import subprocess
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def scan(sql, i):
    """Index after the quoted string or parenthesized group at sql[i]."""
    q = sql[i]
    if q in "'\"":
        j = i + 1
        while j < len(sql):
            if sql[j] == q:
                if j + 1 < len(sql) and sql[j + 1] == q:
                    j += 2
                    continue
                return j + 1
            j += 1
        return len(sql)
    depth = 0
    j = i
    while j < len(sql):
        c = sql[j]
        if c in "'\"":
            j = scan(sql, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return len(sql)


def split_args(inner):
    args, start, j = [], 0, 0
    while j < len(inner):
        c = inner[j]
        if c in "'\"(":
            j = scan(inner, j)
            continue
        if c == ",":
            args.append(inner[start:j].strip())
            start = j + 1
        j += 1
    args.append(inner[start:].strip())
    return [a for a in args if a != ""] if inner.strip() else []


def lit(a):
    """The value of a string literal argument, or None."""
    if len(a) >= 2 and a[0] == "'" and a[-1] == "'":
        return a[1:-1].replace("''", "'")
    return None


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def timeval(args):
    """A timestamp (UTC, without time zone) for SQLite time arguments."""
    t, mods = args[0], args[1:]
    unix = any(lit(m) == "unixepoch" for m in mods)
    if lit(t) == "now":
        v = "(now() AT TIME ZONE 'UTC')"
    elif unix:
        v = "(to_timestamp(%s) AT TIME ZONE 'UTC')" % t
    else:
        v = "CAST(%s AS timestamp)" % t
    for m in mods:
        s = lit(m)
        if s is None or s == "unixepoch":
            continue
        v = "(%s + CAST(%s AS interval))" % (v, quote(s))
    return v


FMT = {"Y": "YYYY", "m": "MM", "d": "DD", "H": "HH24", "M": "MI", "S": "SS"}


def strftime(fmt, args):
    v = timeval(args)
    if fmt == "%s":
        return "CAST(extract(epoch FROM %s) AS bigint)" % v
    if fmt == "%w":
        return "CAST(CAST(extract(dow FROM %s) AS int) AS text)" % v
    out, i = "", 0
    while i < len(fmt):
        if fmt[i] == "%" and i + 1 < len(fmt) and fmt[i + 1] in FMT:
            out += FMT[fmt[i + 1]]
            i += 2
        else:
            out += '"' + fmt[i] + '"'
            i += 1
    return "to_char(%s, %s)" % (v, quote(out))


def call(name, args):
    """PostgreSQL text for SQLite function name(args), or None to keep."""
    n = name.lower()
    if n == "group_concat" and len(args) in (1, 2):
        x = args[0]
        dist = ""
        m = re.match(r"(?i)distinct\s+", x)
        if m:
            dist, x = "DISTINCT ", x[m.end():]
        sep = args[1] if len(args) == 2 else "','"
        order = " ORDER BY " + AGG_ORDER[0] if AGG_ORDER[0] else ""
        return "string_agg(%sCAST(%s AS text), %s%s)" % (dist, x, sep, order)
    if n == "substr" and len(args) in (2, 3) and re.match(r"-\d+$", args[1]):
        if len(args) == 2:
            return "right(%s, %s)" % (args[0], args[1][1:])
        return "substr(%s, length(%s) + 1 %s, %s)" % (args[0], args[0],
                                                       args[1], args[2])
    if n == "pragma_table_info" and len(args) == 1:
        return ("(SELECT column_name AS name, data_type AS type FROM"
                " information_schema.columns WHERE table_schema = 'public'"
                " AND table_name = %s) AS _pti" % args[0])
    if n == "json_extract" and len(args) == 2 and lit(args[1]) is not None:
        p = lit(args[1])
        keys = re.findall(r"[^.\[\]]+", p[1:]) if p.startswith("$") else []
        return "(CAST(%s AS jsonb) #>> %s)" % (args[0],
                                               quote("{" + ",".join(keys) + "}"))
    if n == "strftime" and len(args) >= 2 and lit(args[0]) is not None:
        return strftime(lit(args[0]), args[1:])
    if n == "date" and args:
        return "to_char(%s, 'YYYY-MM-DD')" % timeval(args)
    if n == "datetime" and args:
        return "to_char(%s, 'YYYY-MM-DD HH24:MI:SS')" % timeval(args)
    if n == "cast" and len(args) == 1:
        m = re.match(r"(?is)(.*)\s+AS\s+TEXT$", args[0])
        if m:
            return "pamong_test.as_text(%s)" % m.group(1)
        m = re.match(r"(?is)(.*)\s+AS\s+BLOB$", args[0])
        if m:
            return "convert_to(%s, 'UTF8')" % m.group(1)
        return None
    if n == "instr" and len(args) == 2:
        return "strpos(%s, %s)" % (args[0], args[1])
    if n == "readfile" and len(args) == 1 and lit(args[0]) is not None:
        with open(lit(args[0]), encoding="utf-8") as f:
            return quote(f.read())
    return None


AGG_ORDER = [None]
ALIAS_OK = re.compile(r"\s*(AS\b|[A-Za-z_][A-Za-z0-9_]*)", re.I)
NOT_ALIAS = {"where", "group", "order", "limit", "union", "join", "left",
             "inner", "cross", "on", "except", "intersect", "having",
             "natural", "offset", "window"}


def rewrite(sql, counter):
    out, i = [], 0
    while i < len(sql):
        c = sql[i]
        if c in "'\"":
            j = scan(sql, i)
            t = sql[i:j]
            if c == '"' and not IDENT.fullmatch(t[1:-1]):
                t = quote(t[1:-1].replace('""', '"'))
            out.append(t)
            i = j
            continue
        if c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = len(sql) if j < 0 else j
            out.append(sql[i:j])
            i = j
            continue
        m = IDENT.match(sql, i)
        if m and (i == 0 or not (sql[i - 1].isalnum() or sql[i - 1] in "_.")):
            word = m.group(0)
            j = m.end()
            if word in ("X", "x") and j < len(sql) and sql[j] == "'":
                e = scan(sql, j)
                out.append("decode(%s, 'hex')" % sql[j:e])
                i = e
                continue
            k = j
            while k < len(sql) and sql[k] in " \t\n":
                k += 1
            if k < len(sql) and sql[k] == "(":
                e = scan(sql, k)
                inner = rewrite(sql[k + 1:e - 1], counter)
                if word.upper() == "FROM" or word.upper() == "JOIN":
                    out.append(word + sql[j:k] + "(" + inner + ")")
                    a = ALIAS_OK.match(sql, e)
                    if word.upper() == "FROM" and re.match(r"\s*(select|with|values)\b",
                                                           inner, re.I) and \
                            (not a or a.group(1).lower() in NOT_ALIAS):
                        counter[0] += 1
                        out.append(" AS _s%d" % counter[0])
                    i = e
                    continue
                r = call(word, split_args(inner))
                out.append(r if r is not None
                           else word + sql[j:k] + "(" + inner + ")")
                i = e
                continue
            out.append(word)
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


def bare_max(sql):
    """SELECT count(*) || col ... FROM with no GROUP BY: max(col), as
    SQLite takes a bare column of an aggregate query from some row."""
    m = re.match(r"(?is)(\s*SELECT\s+)(.*?)(\s+FROM\b.*)$", sql)
    if not m or re.search(r"\bGROUP\s+BY\b", sql, re.I) or \
            "(" in m.group(2).replace("count(*)", ""):
        return sql
    terms = re.split(r"(\|\|)", m.group(2))
    if not any(t.strip().lower() == "count(*)" for t in terms):
        return sql
    terms = ["max(%s)" % t.strip()
             if re.fullmatch(r"\s*[A-Za-z_][\w.]*\s*", t) else t
             for t in terms]
    return m.group(1) + " ".join(terms) + m.group(3)


TOKEN = re.compile(r"\s+|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\|\||"
                   r"<>|!=|<=|>=|[=<>]|[A-Za-z_][A-Za-z0-9_.]*|\d+(?:\.\d+)?|.",
                   re.S)
STOP = {"select", "from", "where", "and", "or", "not", "then", "else",
        "when", "end", "case", "as", "on", "in", "like", "is", "between",
        "group", "order", "by", "limit", "having", "set", "values", "join",
        "union", "distinct", "escape", "glob", "exists"}


def operands(sql):
    """Wrap every operand of || in pamong_test.as_text(), at every depth:
    SQLite's || makes text of anything (integers, booleans as 1/0)."""
    toks, i = [], 0
    while i < len(sql):
        if sql[i] == "(":
            j = scan(sql, i)
            toks.append("(" + operands(sql[i + 1:j - 1]) + ")")
            i = j
            continue
        m = TOKEN.match(sql, i)
        toks.append(m.group(0))
        i = m.end()
    if "||" not in toks:
        return "".join(toks)

    def stop(t):
        return t in ("," , "||", "=", "<>", "!=", "<", ">", "<=", ">=",
                     ";") or t.lower() in STOP

    out, k = [], 0
    while k < len(toks):
        # an operand: the tokens from k up to a stop, if a || borders it
        e = k
        while e < len(toks) and not stop(toks[e]):
            e += 1
        seg = "".join(toks[k:e])
        near = (e < len(toks) and toks[e] == "||") or \
            (out and out[-1] == "||")
        if near and seg.strip():
            lead = seg[:len(seg) - len(seg.lstrip())]
            trail = seg[len(seg.rstrip()):]
            out.append(lead + "pamong_test.as_text(" + seg.strip() + ")" +
                       trail)
        else:
            out.append(seg)
        if e < len(toks):
            out.append(toks[e])
        k = e + 1
    return "".join(out)


def first_key(sql):
    """SQLite ignores ORDER BY in a query of one aggregated row and visits
    the first table of FROM in rowid order: that table's primary key."""
    m = re.search(r"(?i)\bFROM\s+([A-Za-z_]\w*)(?:\s+(?:AS\s+)?"
                  r"(?!WHERE\b|JOIN\b|LEFT\b|ON\b)([A-Za-z_]\w*))?", sql)
    if not m or URL[0] is None:
        return None
    p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-d", URL[0], "-c",
                        "SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                        " ON a.attrelid = i.indrelid AND a.attnum ="
                        " ANY(i.indkey) WHERE i.indisprimary AND i.indrelid ="
                        " to_regclass(%s)" % quote(m.group(1))],
                       stdout=subprocess.PIPE, text=True)
    cols = p.stdout.split()
    if p.returncode != 0 or not cols:
        return None
    return ", ".join("%s.%s" % (m.group(2) or m.group(1), c) for c in cols)


URL = [None]


def translate(sql):
    if re.match(r"\s*PRAGMA\s+integrity_check\s*;?\s*$", sql, re.I):
        return "SELECT 'ok'"
    m = re.match(r"(?is)\s*INSERT\s+OR\s+IGNORE\s+(.*?)\s*;?\s*$", sql)
    if m:
        sql = "INSERT " + m.group(1) + " ON CONFLICT DO NOTHING"
    # group_concat(x) ... ORDER BY y, no GROUP BY: the order of the values
    AGG_ORDER[0] = None
    m = re.match(r"(?is)(\s*SELECT\s+.*)\s+ORDER\s+BY\s+([\w.]+"
                 r"(?:\s+(?:ASC|DESC))?)\s*;?\s*$", sql)
    if m and re.search(r"(?i)\bgroup_concat\s*\(", m.group(1)) and \
            not re.search(r"(?i)\bGROUP\s+BY\b", m.group(1)) and \
            len(re.findall(r"(?i)\bSELECT\b", m.group(1))) == 1:
        sql, AGG_ORDER[0] = m.group(1), first_key(m.group(1))
    sql = operands(bare_max(rewrite(sql, [0])))
    return re.sub(r"(?i)\bDROP\s+TRIGGER\s+([A-Za-z_]\w*)\s*;?",
                  lambda m: "DO $pamong$DECLARE t text; BEGIN SELECT"
                  " CAST(CAST(tgrelid AS regclass) AS text) INTO t FROM"
                  " pg_trigger WHERE tgname = '%s'; EXECUTE format('DROP"
                  " TRIGGER %%I ON %%s', '%s', t); END$pamong$;"
                  % (m.group(1), m.group(1)), sql)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--translate":
        print(translate(sys.argv[2]))
        return 0
    url, sql = sys.argv[1], " ".join(sys.argv[2:])
    URL[0] = url
    env = dict(os.environ)
    env["PGOPTIONS"] = "-c search_path=public,pamong_test"
    p = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v",
                        "ON_ERROR_STOP=1", "-d", url, "-c", translate(sql)],
                       env=env, stdout=subprocess.PIPE, text=True)
    for line in p.stdout.splitlines():
        f = line.split("|")
        f = ["1" if x == "t" else "0" if x == "f" else x for x in f]
        print("|".join(f))
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
