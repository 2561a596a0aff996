"""Validate holdout_queries.toml against the holdout answer keys."""
import collections
import json
import sys
import tomllib
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
QFILE = TESTS / "evaluation" / "holdout_queries.toml"
STYLES = {"keywords", "acronym", "misspelling", "question", "description"}

practices = []  # (folder, file, title, body)
for d in sorted(TESTS.glob("holdout*")):
    for r in json.loads((d / "answers.json").read_text())["reports"]:
        for p in r["practices"]:
            practices.append((d.name, r["file"], p["title"], p["body"]))

data = tomllib.loads(QFILE.read_text())
errors = []
resolved = {}
for key, handle in data["practices"].items():
    loc, _, ref = handle.partition(" | ")
    folder, _, fname = loc.partition("/")
    cands = [p for p in practices if p[0] == folder and p[1] == fname]
    if ref.startswith("~"):
        hits = [p for p in cands if p[2] == "" and p[3].startswith(ref[1:])]
    else:
        hits = [p for p in cands if p[2] == ref]
    if len(hits) != 1:
        errors.append(f"handle {key!r} resolves to {len(hits)} practices: {handle}")
    else:
        resolved[key] = hits[0]
if len(set(map(id, resolved.values()))) != len(resolved):
    errors.append("two handles resolve to the same practice")

styles = collections.Counter(); njudg = 0
for i, q in enumerate(data["query"], 1):
    st = q.get("style")
    if st not in STYLES:
        errors.append(f"query {i}: bad style {st!r}")
    styles[st] += 1
    j = q["judgments"]
    for k, g in j.items():
        if k not in data["practices"]:
            errors.append(f"query {i}: unknown handle {k!r}")
        if g not in (1, 2, 3):
            errors.append(f"query {i}: bad grade {g} for {k}")
    if not any(g >= 2 for g in j.values()):
        errors.append(f"query {i}: no practice graded 2 or 3")
    njudg += len(j)

print(f"practices in answer keys: {len(practices)}; handles: {len(data['practices'])}, resolved: {len(resolved)}")
print(f"queries: {len(data['query'])}; judgments: {njudg}; styles: {dict(styles)}")
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
