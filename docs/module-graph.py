#!/usr/bin/env python3
"""Prints the feature-package dependency graph of src/main/java/org/jixiao as a mermaid block.

An edge A --> B means some main class in org.jixiao.A (or below) names a type of org.jixiao.B (import or fully
qualified name; comments ignored); the label is the number of A's files that do. Run from the repository root and
paste the output into docs/architecture.md:  python3 docs/module-graph.py
"""
import collections
import pathlib
import re

ROOT = pathlib.Path("src/main/java/org/jixiao")
REF = re.compile(r"\borg\.jixiao\.(\w+)")
COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)

files = collections.defaultdict(set)
modules = set()
for path in sorted(ROOT.rglob("*.java")):
    rel = path.relative_to(ROOT)
    if len(rel.parts) == 1:
        continue  # JixiaoApplication and friends in the root package
    module = rel.parts[0]
    modules.add(module)
    for ref in REF.findall(COMMENTS.sub("", path.read_text(encoding="utf-8"))):
        if ref != module and not ref[0].isupper():
            files[(module, ref)].add(rel)

print("```mermaid")
print("flowchart LR")
for module in sorted(modules):
    print(f"  {module}")
for (source, target), names in sorted(files.items()):
    print(f"  {source} -->|{len(names)}| {target}")
print("```")
