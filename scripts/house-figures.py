#!/usr/bin/env python3
"""house-figures.py: figures on the shape of a checkout (issue 13).

Usage: scripts/house-figures.py [ROOT]   (default: this checkout)

Prints, for the tree under ROOT/src (.c and .h files):
  - files and lines per folder (src/<layer>, src/mod/<module>);
  - loops between files: strongly connected groups of the include graph,
    a .c file and its own .h counted as one node;
  - calls running up a layer: pairs (object, function) where an object
    file of a lower layer calls a function defined in a higher layer,
    read with nm from ROOT/build/obj (needs `make build` first; layers in
    order: lib, store, http, kernel, mod, cmd, or before the house: lib,
    store, domain, html, pages, web, cmd);
  - the largest file and the longest function;
  - the files and folders a complaint's code spans (files of any kind
    under src naming pengaduan or its adu_ prefix).
Only reads; not part of `make test`.
"""
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                       os.path.join(os.path.dirname(__file__), '..'))
SRC = os.path.join(ROOT, 'src')
LAYERS = ['lib', 'store', 'html', 'http', 'domain', 'pages', 'kernel', 'web',
          'mod', 'cmd']


def files():
    out = []
    for d, _, fs in os.walk(SRC):
        for f in fs:
            if f.endswith(('.c', '.h')):
                out.append(os.path.relpath(os.path.join(d, f), SRC))
    return sorted(out)


def folder(p):
    parts = p.split('/')
    if parts[0] == 'mod' and len(parts) > 2:
        return 'src/mod/' + parts[1]
    return 'src/' + parts[0]


def layer(p):
    top = p.split('/')[0]
    return LAYERS.index(top) if top in LAYERS else len(LAYERS)


def per_folder(fs):
    count = defaultdict(lambda: [0, 0])
    for p in fs:
        with open(os.path.join(SRC, p), errors='replace') as f:
            n = sum(1 for _ in f)
        c = count[folder(p)]
        c[0] += 1
        c[1] += n
    print('files and lines per folder:')
    tf = tl = 0
    for k in sorted(count):
        print('  %-24s %4d files %6d lines' % (k, count[k][0], count[k][1]))
        tf += count[k][0]
        tl += count[k][1]
    print('  %-24s %4d files %6d lines' % ('total', tf, tl))


INC = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def loops(fs):
    have = set(fs)
    node = lambda p: os.path.splitext(p)[0]
    edges = defaultdict(set)
    for p in fs:
        with open(os.path.join(SRC, p), errors='replace') as f:
            text = f.read()
        for inc in INC.findall(text):
            cands = [os.path.normpath(os.path.join(os.path.dirname(p), inc)),
                     os.path.normpath(inc)]
            for c in cands:
                if c in have:
                    if node(c) != node(p):
                        edges[node(p)].add(node(c))
                    break
    comps = scc(edges, {node(p) for p in fs})
    print('loops between files (include graph): %d' % len(comps))
    for c in comps:
        print('  ' + ' <-> '.join(c))


def scc(edges, nodes):
    """Tarjan: the strongly connected groups of more than one node."""
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return comps


def upcalls():
    obj = os.path.join(ROOT, 'build', 'obj', 'src')
    if not os.path.isdir(obj):
        print('calls running up a layer: (no build/obj; run make build)')
        return
    defs, undefs = {}, defaultdict(set)
    for d, _, fs in os.walk(obj):
        for f in fs:
            if not f.endswith('.o'):
                continue
            path = os.path.join(d, f)
            rel = os.path.relpath(path, obj)
            if not os.path.exists(os.path.join(SRC, rel[:-2] + '.c')):
                continue        # stale object of a moved source
            out = subprocess.run(['nm', path], capture_output=True,
                                 text=True).stdout
            for line in out.splitlines():
                parts = line.split()
                if len(parts) == 3 and parts[1] == 'T':
                    defs[parts[2]] = rel
                elif len(parts) == 2 and parts[0] == 'U':
                    undefs[rel].add(parts[1])
    calls = defaultdict(set)
    for o, syms in undefs.items():
        for sym in syms:
            if sym in defs and defs[sym] != o:
                calls[o[:-2]].add(defs[sym][:-2])
    comps = scc(calls, set(calls) | {d[:-2] for d in defs.values()})
    print('loops between files (call graph, nm): %d' % len(comps))
    for c in comps:
        print('  ' + ' <-> '.join(c))
    ups = []
    for o, syms in undefs.items():
        for s in syms:
            if s in defs and layer(defs[s]) > layer(o):
                ups.append((o, s, defs[s]))
    print('calls running up a layer: %d (in %d files)' %
          (len(ups), len({u[0] for u in ups})))
    for o, s, t in sorted(ups)[:40]:
        print('  %s -> %s (%s)' % (o, s, t))


FUNC = re.compile(r'^([a-z_][a-z0-9_]*)\(')


def largest(fs):
    big, longest = (0, ''), (0, '')
    for p in fs:
        with open(os.path.join(SRC, p), errors='replace') as f:
            lines = f.read().split('\n')
        big = max(big, (len(lines) - 1, p))
        name, start = None, None
        for i, l in enumerate(lines):
            m = FUNC.match(l)
            if m:
                name = m.group(1)
            if l.startswith('{'):
                start = i
            elif l.startswith('}') and start is not None:
                longest = max(longest, (i - start, '%s:%s' % (p, name)))
                start = None
    print('largest file: src/%s (%d lines)' % (big[1], big[0]))
    print('longest function: src/%s (%d lines)' % (longest[1], longest[0]))


def complaint(fs):
    pat = re.compile(r'^[a-z_]*(pengaduan|adu_)[a-z0-9_]*\(|'
                     r'^struct [a-z_]*(pengaduan|adu_)[a-z_]* \{|'
                     r'^MSG\((PENGADUAN|ADU)_|'
                     r'CREATE TABLE (IF NOT EXISTS )?pengaduan|'
                     r'"/(api/v1/)?pengaduan', re.M)
    hit = []
    for d, _, names in os.walk(SRC):
        for f in names:
            fs.append(os.path.relpath(os.path.join(d, f), SRC))
    for p in sorted(set(fs)):
        with open(os.path.join(SRC, p), errors='replace') as f:
            if pat.search(f.read()):
                hit.append(p)
    dirs = sorted({os.path.dirname(p) for p in hit})
    print('a complaint\'s code spans %d files in %d folders: %s' %
          (len(hit), len(dirs), ' '.join(dirs)))


fs = files()
per_folder(fs)
loops(fs)
upcalls()
largest(fs)
complaint(fs)
