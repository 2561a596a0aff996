"""Compare Whoosh distributions (forks) on this machine.

Each fork ships the same top-level ``whoosh`` package, so each must live in its own
virtualenv. Make them first, e.g.::

    python3 -m venv /tmp/w-whoosh3 && /tmp/w-whoosh3/bin/pip install whoosh3==3.54.0

then run this script with any Python, passing the venvs' interpreters::

    python benchmarks/bench_whoosh_forks.py /tmp/w-whoosh3/bin/python /tmp/w-whoosh-ng/bin/python

For each interpreter it measures: warnings raised on import (SyntaxWarning and
DeprecationWarning, after clearing bytecode caches so the source is really compiled),
cold import time, the classic Whoosh 2.7 API the project uses (fields, StemmingAnalyzer,
MultifieldParser, highlights, more_like_this, correct_query, AsyncWriter) and the time to
index and query ~5,000 synthetic documents. Output is one JSON object per line.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

N_DOCS = 5000
WORDS = (
    "victim domestic abuse officer training custody vulnerable child exploitation "
    "neighbourhood policing call handling missing person stalking harassment fraud "
    "safeguarding partnership mental health drugs county lines knife crime review "
    "supervision wellbeing recruitment data analysis digital forensics investigation "
    "response prevention community engagement youth offending hate crime rural"
).split()
FORCES = ["Kent", "Essex", "Durham", "Thames Valley", "Merseyside", "Avon and Somerset"]


def _worker() -> None:
    """Run inside one fork's venv; print a JSON report."""
    import warnings

    report: dict = {"python": sys.version.split()[0]}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        import whoosh
        from whoosh import fields, highlight, index, qparser
        from whoosh.analysis import StemmingAnalyzer
        from whoosh.writing import AsyncWriter
    report["version"] = whoosh.versionstring()
    report["import_warnings"] = sorted(
        {f"{w.category.__name__}: {str(w.message)[:80]}" for w in caught}
    )

    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        title=fields.TEXT(stored=True, analyzer=StemmingAnalyzer(), field_boost=3.0),
        body=fields.TEXT(stored=True, analyzer=StemmingAnalyzer(), spelling=True),
        forces=fields.KEYWORD(commas=True, lowercase=True, scorable=True),
        kind=fields.ID(),
        published=fields.DATETIME(sortable=True),
        page=fields.NUMERIC(stored=True),
    )
    rnd = random.Random(42)
    import datetime as dt

    docs = []
    for i in range(N_DOCS):
        docs.append(
            dict(
                id=str(i),
                title=" ".join(rnd.choices(WORDS, k=6)),
                body=" ".join(rnd.choices(WORDS, k=150)),
                forces=",".join(rnd.sample(FORCES, 2)),
                kind=rnd.choice(["innovative", "promising"]),
                published=dt.datetime(2015 + i % 10, 1 + i % 12, 1),
                page=i % 300,
            )
        )
    tmp = tempfile.mkdtemp()
    usage_warnings: list = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            ix = index.create_in(tmp, schema)
            t0 = time.perf_counter()
            w = ix.writer(limitmb=128)
            for d in docs:
                w.add_document(**d)
            w.commit()
            report["index_5000_s"] = round(time.perf_counter() - t0, 2)

            api: dict = {}
            parser = qparser.MultifieldParser(
                ["title", "body", "forces"], ix.schema, group=qparser.OrGroup.factory(0.9)
            )
            queries = [
                "victims domestic",
                "custody AND training",
                '"mental health"',
                "forces:kent knife",
                "safeguard*",
            ]
            t0 = time.perf_counter()
            with ix.searcher() as s:
                for _ in range(20):
                    for q in queries:
                        r = s.search(parser.parse(q), limit=20)
                        r.fragmenter = highlight.ContextFragmenter(maxchars=200)
                        for hit in r:
                            hit.highlights("body")
                report["query_100_with_highlights_s"] = round(time.perf_counter() - t0, 2)
                r = s.search(parser.parse("victims"), limit=5)
                api["stemming"] = len(r) > 0
                api["highlight"] = "victim" in r[0].highlights("body").lower()
                api["more_like_this"] = len(r[0].more_like_this("body")) > 0
                q = parser.parse("vicitm custdy")
                corrected = s.correct_query(q, "vicitm custdy")
                api["correct_query"] = corrected.string
                drange = qparser.QueryParser("published", ix.schema).parse(
                    "published:[20200101 to 20201231]"
                )
                api["date_range_hits"] = len(s.search(drange, limit=None))
            aw = AsyncWriter(ix)
            aw.delete_by_term("id", "1")
            aw.commit()
            api["async_writer"] = ix.doc_count() == N_DOCS - 1
            report["api"] = api
        usage_warnings = sorted({f"{w.category.__name__}: {str(w.message)[:80]}" for w in caught})
    except Exception as exc:  # noqa: BLE001 - this is a report, not a library
        report["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report["usage_warnings"] = usage_warnings
    print(json.dumps(report))


def _import_ms(python: str) -> float:
    """Median cumulative import time of ``whoosh.index`` + ``whoosh.qparser`` (warm disk)."""
    times = []
    for _ in range(5):
        err = subprocess.run(
            [python, "-X", "importtime", "-c", "import whoosh.index, whoosh.qparser"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        total = 0
        for line in err.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() in ("whoosh.index", "whoosh.qparser"):
                total += int(parts[1])
        times.append(total / 1000)
    return sorted(times)[len(times) // 2]


def _syntax_warnings(python: str) -> str:
    """Import with SyntaxWarning as an error after clearing caches, so sources compile."""
    code = "import whoosh, os; print(os.path.dirname(whoosh.__file__))"
    pkg = subprocess.run([python, "-c", code], capture_output=True, text=True).stdout.strip()
    for root, dirs, _files in os.walk(pkg):
        if "__pycache__" in dirs:
            shutil.rmtree(os.path.join(root, "__pycache__"), ignore_errors=True)
    mods = "whoosh.index, whoosh.qparser, whoosh.highlight, whoosh.analysis, whoosh.spelling"
    proc = subprocess.run(
        [python, "-W", "error::SyntaxWarning", "-c", f"import whoosh, {mods}"],
        capture_output=True,
        text=True,
    )
    return "ok" if proc.returncode == 0 else proc.stderr.strip().splitlines()[-1]


def main(pythons: list[str]) -> None:
    for python in pythons:
        row = {"interpreter": python, "syntax_warning_as_error": _syntax_warnings(python)}
        row["import_ms"] = _import_ms(python)
        out = subprocess.run([python, __file__, "--worker"], capture_output=True, text=True)
        try:
            row.update(json.loads(out.stdout.strip().splitlines()[-1]))
        except (IndexError, ValueError):
            row["error"] = out.stderr.strip()[-300:]
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        _worker()
    elif sys.argv[1:]:
        main(sys.argv[1:])
    else:
        print(__doc__)
