#!/usr/bin/env python3
"""house-loops.py: loops and calls up between the files of src/ (issue 13).

house-loops.py [SRC]
	Loops of includes.  A file's node is its path under src/ without
	the extension, so a .c and its own .h are one node
	("mod/dokumen/dokumen").  An edge runs from a file to each file it
	includes with #include "..." (found next to the file, else under
	src/, as the compiler's -Isrc finds it).  Prints each strongly
	connected component of more than one node (a loop), one line per
	loop, nodes in name order; prints nothing when there is none.

house-loops.py --calls OBJDIR
	Calls, from the objects the build left in OBJDIR (build/obj): nm's
	defined and undefined symbols give an edge from each object to the
	object defining what it uses.  Prints "up FILE -> FILE SYMBOL" for
	each use of a layer above the user's own (src/lib, src/store,
	src/http, src/kernel, src/mod, src/cmd, bottom to top; the
	generated module list counts as src/kernel, the embedded migrations
	as src/store, the embedded assets as src/http), then "loop A <-> B
	..." for each loop of calls between objects.  The module list's
	references to the descriptors are the registry, not calls: the
	kernel and src/http reach a module only through the function
	pointers its descriptor declares.
"""
import os
import re
import subprocess
import sys

INC = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def nodes(src):
	"""Map node -> set of nodes it includes."""
	graph = {}
	for d, _, files in os.walk(src):
		for f in files:
			if not f.endswith(('.c', '.h')):
				continue
			path = os.path.join(d, f)
			me = os.path.splitext(os.path.relpath(path, src))[0]
			graph.setdefault(me, set())
			with open(path, encoding='utf-8', errors='replace') as fh:
				text = fh.read()
			for inc in INC.findall(text):
				for base in (d, src):
					p = os.path.normpath(os.path.join(base, inc))
					if os.path.isfile(p):
						n = os.path.splitext(
						    os.path.relpath(p, src))[0]
						if n != me:
							graph[me].add(n)
						break
	return graph


def loops(graph):
	"""Tarjan's strongly connected components of more than one node."""
	index, low, stack, on, out = {}, {}, [], set(), []
	sys.setrecursionlimit(10000)

	def visit(v):
		index[v] = low[v] = len(index)
		stack.append(v)
		on.add(v)
		for w in graph.get(v, ()):
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
				out.append(sorted(comp))

	for v in sorted(graph):
		if v not in index:
			visit(v)
	return sorted(out)


LAYERS = {'lib': 0, 'store': 1, 'http': 2, 'kernel': 3, 'mod': 4, 'cmd': 5}
GEN = {'gen/modules': 3, 'gen/migrations': 1, 'gen/assets': 2}


def layer(node):
	"""The layer of an object's node ("src/mod/x/y" or "gen/z")."""
	if node in GEN:
		return GEN[node]
	return LAYERS.get(node.split('/')[1], 4)


def calls(objdir):
	"""Print the calls up a layer and the loops of calls of objdir."""
	defs, uses = {}, {}
	for d, _, files in os.walk(objdir):
		for f in files:
			if not f.endswith('.o'):
				continue
			path = os.path.join(d, f)
			me = os.path.splitext(os.path.relpath(path, objdir))[0]
			if me.startswith('tests/'):
				continue
			out = subprocess.run(['nm', path], capture_output=True,
			    text=True, check=True).stdout
			uses[me] = set()
			for line in out.splitlines():
				f3 = line.split()
				if len(f3) == 2 and f3[0] == 'U':
					uses[me].add(f3[1])
				elif len(f3) == 3 and f3[1] in 'TDBRCV':
					defs[f3[2]] = me
	graph = {}
	for me, syms in sorted(uses.items()):
		graph[me] = set()
		for sym in sorted(syms):
			to = defs.get(sym)
			if to is None or to == me:
				continue
			if me == 'gen/modules':
				continue	# the registry: data, not calls
			graph[me].add(to)
			if layer(to) > layer(me):
				print('up %s -> %s %s' % (me, to, sym))
	for comp in loops(graph):
		print('loop ' + ' <-> '.join(comp))


if __name__ == '__main__':
	if len(sys.argv) > 2 and sys.argv[1] == '--calls':
		calls(sys.argv[2])
	else:
		for comp in loops(nodes(sys.argv[1] if len(sys.argv) > 1
		    else 'src')):
			print(' <-> '.join(comp))
