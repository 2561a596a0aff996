"""The ids of a search's best matches, ranked as ``finder.find`` ranks them but without
making a snippet for each (snippets are most of a search's cost): what a page needs to
count its matches by area, force, kind and year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from practicedb.search import query as qu
from practicedb.search.parsing import corrections, filters_query, parse


def match_ids(index_dir: Path, query: str, *, glossary: qu.Glossary | None = None,
              limit: int = 100, **filters: Any) -> list[str] | None:
    """Up to ``limit`` ids of the best matches for ``query`` (spelling corrected and the
    glossary applied, as in ``find``), or None when the query needs ``find``'s fallbacks
    (a listing without words, syntax it cannot parse): use ``find``'s own hits then."""
    from practicedb.search.finder import _engine

    text = qu.clean(query)
    if not text.replace("*", "").strip():
        return None
    flt = filters_query(**{k: filters.get(k) for k in ("areas", "forces", "kinds", "since",
                                                       "until")})
    try:
        engine = _engine(Path(index_dir))
        searcher = engine.searcher
        fixes = corrections(searcher, qu.rewrite(text).words, glossary)
        q = parse(qu.rewrite(text, glossary, fixes).text, searcher.schema, searcher.reader())
        top = engine.top(q, flt, None, max(1, int(limit)))
        return [searcher.stored_fields(docnum)["id"] for docnum, _ in top]
    except Exception:  # noqa: BLE001 - find() explains failures; here they mean "use find"
        return None
