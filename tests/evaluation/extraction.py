"""Score the extractor against an answer key: practices found, decoys taken, fields right.

    python benchmarks/eval_extraction.py                       # corpus/answers.json
    python benchmarks/eval_extraction.py tests/holdout/answers.json -v
    python benchmarks/eval_extraction.py corpus/web/answers.json -v   # web pages (.html)

Prints one line a report, then totals: recall and precision of practice boxes and
the share of matched practices whose kind, pages, forces, body and section are right,
and of reports whose title, type, forces and publication date are right (see title_ok
for how titles are compared).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rapidfuzz import fuzz

from practicedb.extraction import extract_report
from practicedb.models import ExtractionError  # noqa: E402

_BULLET = re.compile(r"^[ \t]*(?:[-•●▪◦–*])[ \t]+", re.MULTILINE)


def _norm(text: str | None) -> str:
    """Spacing and case folded, and every bullet marker ("- ", "• ") read as one: the PDF
    path writes "- text", a key may write "• text"."""
    return " ".join(_BULLET.sub("- ", text or "").split()).lower()


def _words(text: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def title_ok(got: str | None, want: str | None) -> bool:
    """Report title right: near-identical (ratio >= 90), or it contains the key's title.

    Key writers often shorten a long cover subtitle, so a title holding >= 90% of the
    key's words (and at most twice as many words) also counts. A plain token_set_ratio
    would be one-sided the wrong way: it also passes a title cut short ("Tackling hate
    crime" for the full title), since either token set containing the other scores 100.
    """
    if fuzz.ratio(_norm(got), _norm(want)) >= 90:
        return True
    mine, theirs = _words(got), _words(want)
    have = set(mine)
    return (bool(theirs) and len(mine) <= 2 * len(theirs)
            and sum(w in have for w in theirs) >= 0.9 * len(theirs))


def _same(got, want: dict) -> bool:
    if want["title"] and fuzz.ratio(_norm(got.title), _norm(want["title"])) >= 90:
        return True
    return fuzz.ratio(_norm(got.body)[:120], _norm(want["body"])[:120]) >= 90


def load_key(answers_path: Path) -> dict:
    """An answer key with each force under its one current name (a 2019 report prints
    "Hampshire Constabulary", which practicedb files, as every force, under the name it
    has now, "Hampshire and Isle of Wight Constabulary": the same force, not an error)."""
    from practicedb.forces import canonical_force

    key = json.loads(answers_path.read_text("utf-8"))
    for report in key["reports"]:
        for item in [report, *report["practices"]]:
            item["forces"] = [canonical_force(f) or f for f in item["forces"]]
    return dict(key)


def score(answers_path: Path, verbose: bool = False) -> dict:
    key = load_key(answers_path)
    folder = answers_path.parent
    totals = dict.fromkeys(
        ["expected", "found", "extra", "kind", "pages", "forces", "body", "section",
         "reports", "r_title", "r_type", "r_forces", "r_published"], 0)
    for answer in key["reports"]:
        totals["reports"] += 1
        try:
            report = extract_report(folder / answer["file"])
        except ExtractionError as exc:
            print(f"{answer['file']}: FAILED: {exc}")
            totals["expected"] += len(answer["practices"])
            continue
        totals["r_title"] += title_ok(report.title, answer["title"])
        totals["r_type"] += report.type == answer["type"]
        totals["r_forces"] += set(report.forces) == set(answer["forces"])
        totals["r_published"] += report.published == answer["published"]
        left = list(report.practices)
        notes = []
        for want in answer["practices"]:
            totals["expected"] += 1
            got = next((g for g in left if _same(g, want)), None)
            label = (want["title"] or want["body"][:40])[:50]
            if got is None:
                notes.append(f"  missed: {label}")
                continue
            left.remove(got)
            totals["found"] += 1
            checks = {
                "kind": got.kind == want["kind"],
                "pages": (got.page_start, got.page_end) == (want["page_start"], want["page_end"]),
                "forces": got.forces == want["forces"],
                "body": fuzz.ratio(_norm(got.body), _norm(want["body"])) >= 90,
                "section": _norm(got.section) == _norm(want.get("section")),
            }
            for field, ok in checks.items():
                totals[field] += ok
                if not ok and verbose:
                    notes.append(f"  {field} wrong for {label!r}: {_show(field, got, want)}")
        totals["extra"] += len(left)
        notes += [f"  extra: {p.title[:60]!r} (p. {p.page_start})" for p in left]
        if verbose:
            notes += [f"  report {name} wrong: {got!r} vs {want!r}" for name, got, want, ok in (
                ("title", report.title, answer["title"], title_ok(report.title, answer["title"])),
                ("type", report.type, answer["type"], report.type == answer["type"]),
                ("forces", report.forces, answer["forces"],
                 set(report.forces) == set(answer["forces"])),
                ("published", report.published, answer["published"],
                 report.published == answer["published"])) if not ok]
        found = len(answer["practices"]) - sum(n.startswith("  missed") for n in notes)
        print(f"{answer['file']}: {found}/{len(answer['practices'])} found, {len(left)} extra")
        for note in notes:
            print(note)
    return totals


def _show(field: str, got, want: dict) -> str:
    if field == "pages":
        return f"{got.page_start}-{got.page_end} vs {want['page_start']}-{want['page_end']}"
    if field == "body":
        return f"ratio {fuzz.ratio(_norm(got.body), _norm(want['body'])):.0f}"
    value = {"kind": got.kind, "forces": got.forces, "section": got.section}[field]
    return f"{value!r} vs {want.get(field)!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", nargs="?", default="corpus/answers.json", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="show each wrong field")
    args = parser.parse_args()
    t = score(args.answers, args.verbose)
    found = t["found"] or 1
    recall = t["found"] / max(1, t["expected"])
    precision = t["found"] / max(1, t["found"] + t["extra"])
    print(f"\nPractices: {t['found']}/{t['expected']} found (recall {recall:.0%}), "
          f"{t['extra']} extra (precision {precision:.0%})")
    print("Of those found, right: " + ", ".join(
        f"{f} {t[f] / found:.0%}" for f in ("kind", "pages", "forces", "body", "section")))
    n = t["reports"] or 1
    print("Reports right: " + ", ".join(
        f"{f[2:]} {t[f]}/{n}" for f in ("r_title", "r_type", "r_forces", "r_published")))


if __name__ == "__main__":
    main()
