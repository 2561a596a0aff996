"""Tests for the Whoosh search index (practicedb.index)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from practicedb.search import finder as searching
from practicedb.search import index as ix
from practicedb.search import parsing, phrases
from practicedb.search.index import Hit, IndexBusyError, IndexMissingError, QueryError


def practice(pid: str, **kw) -> dict:
    base = {
        "id": pid,
        "kind": "innovative",
        "title": f"Practice {pid}",
        "body": "A general description of work.",
        "forces": ["Kent Police"],
        "areas": ["Neighbourhood policing"],
        "report_title": "PEEL 2023",
        "published": "2023-05-01",
        "source_file": f"{pid}.pdf",
        "page_start": 1,
        "page_end": 2,
        "section": None,
    }
    base.update(kw)
    return base


CORPUS = [
    practice(
        "title-match",
        title="Supporting victims of stalking",
        body="The team calls people within a day.",
        forces=["Kent Police"],
        areas=["Stalking and harassment", "Victims"],
        published="2023-05",
    ),
    practice(
        "body-match",
        kind="promising",
        title="Call handling review",
        body="Call handlers flag stalking concerns to supervisors.",
        forces=["Thames Valley Police"],
        areas=["Call handling"],
        published="2022-11-15",
    ),
    practice(
        "victim-singular",
        kind="notable",
        title="Custody care",
        body="Each victim gets a named officer while the suspect is in custody.",
        forces=["Essex Police", "Kent Police"],
        areas=["Custody"],
        published="2021-01-10",
    ),
    practice(
        "undated",
        kind="good",
        title="Neighbourhood surgeries",
        body="Officers hold surgeries in libraries.",
        forces=["Durham Constabulary"],
        areas=["Neighbourhood policing"],
        published=None,
    ),
]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    path = tmp_path / "index"
    assert ix.rebuild(path, CORPUS) == len(CORPUS)
    return path


def ids(hits: list[Hit]) -> list[str]:
    return [h.id for h in hits]


def test_rebuild_and_doc_count(tmp_path: Path, built: Path) -> None:
    assert ix.doc_count(built) == 4
    assert ix.doc_count(tmp_path / "nowhere") is None
    assert ix.is_healthy(built, {p["id"] for p in CORPUS})
    # A second rebuild replaces, it does not add.
    assert ix.rebuild(built, CORPUS[:2]) == 2
    assert ix.doc_count(built) == 2
    assert not list(tmp_path.glob(".index.*")), "temp/old folders must be cleaned up"


def test_title_match_ranks_above_body_only_match(built: Path) -> None:
    hits = searching.search(built, "stalking")
    assert ids(hits) == ["title-match", "body-match"]
    assert hits[0].score > hits[1].score


def test_title_boost_beats_repeated_body_mentions(tmp_path: Path) -> None:
    path = tmp_path / "i"
    docs = [
        practice(
            "in-title",
            title="Stalking advocates in the control room",
            body="Advocates sit with call handlers and help them assess risk. " * 3,
        ),
        practice(
            "in-body",
            title="Control room advocates",
            body="Stalking cases: handlers spot stalking; stalking advocates assess stalking.",
        ),
    ]
    docs += [
        practice(f"filler{n}", body="Neighbourhood policing and custody. " * 2) for n in range(6)
    ]
    ix.rebuild(path, docs)
    hits = searching.search(path, "stalking")
    assert ids(hits) == ["in-title", "in-body"]
    assert hits[0].snippet == "«Stalking» advocates in the control room"  # title fallback


def test_stemming_and_snippet_marks(built: Path) -> None:
    hits = searching.search(built, "victims")
    assert "victim-singular" in ids(hits)
    snippet = next(h.snippet for h in hits if h.id == "victim-singular")
    assert "«victim»" in snippet
    assert "\n" not in snippet and "  " not in snippet


def test_snippet_is_short_and_balanced(tmp_path: Path) -> None:
    body = "Filler words here.\n\n" * 40 + "The burglary unit " + "more filler text " * 40
    path = tmp_path / "i"
    ix.rebuild(path, [practice("long", body=body)])
    (hit,) = searching.search(path, "burglary")
    assert "«burglary»" in hit.snippet
    assert len(hit.snippet) <= 240
    assert hit.snippet.count("«") == hit.snippet.count("»")


def test_snippet_with_dense_matches_is_cut_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "i"
    ix.rebuild(path, [practice("dense", body="burglary and robbery " * 60)])
    (hit,) = searching.search(path, "burglary robbery")
    assert len(hit.snippet) <= 240
    assert hit.snippet.count("«") == hit.snippet.count("»") > 2
    assert "«»" not in hit.snippet


def test_forces_and_areas_are_word_searchable(built: Path) -> None:
    assert ids(searching.search(built, "thames")) == ["body-match"]
    assert ids(searching.search(built, 'forces:"thames valley"')) == ["body-match"]


def test_filter_area_force_kind(built: Path) -> None:
    assert ids(searching.search(built, "", areas=["victims"])) == ["title-match"]
    # Exact names only: a word of an area is not the area.
    assert searching.search(built, "", areas=["Victim"]) == []
    assert set(ids(searching.search(built, "", forces=["KENT POLICE"]))) == {
        "title-match",
        "victim-singular",
    }
    assert ids(searching.search(built, "", kinds=["promising"])) == ["body-match"]
    # OR within a filter
    assert set(ids(searching.search(built, "", kinds=["promising", "good"]))) == {
        "body-match",
        "undated",
    }


def test_filters_combine_with_and(built: Path) -> None:
    kent = ["Kent Police"]
    assert ids(searching.search(built, "", forces=kent, kinds=["notable"])) == ["victim-singular"]
    assert searching.search(built, "", forces=kent, kinds=["promising"]) == []
    found = searching.search(built, "victims", forces=kent, areas=["Custody"])
    assert ids(found) == ["victim-singular"]
    assert searching.search(built, "stalking", forces=["Essex Police"]) == []


def test_date_filters_inclusive_and_partial(built: Path) -> None:
    def dated(**kw) -> set[str]:
        return set(ids(searching.search(built, "", **kw)))

    assert dated(since="2022-11-15") == {"title-match", "body-match"}
    assert dated(since="2022-11-16") == {"title-match"}
    assert dated(until="2022-11") == {"body-match", "victim-singular"}  # whole month
    assert dated(until="2022-10") == {"victim-singular"}
    assert dated(since="2023-05", until="2023-05") == {"title-match"}  # "YYYY-MM" stored as 1st
    assert dated(since="2023-05-02") == set()
    assert dated(since="2021", until="2021") == {"victim-singular"}
    assert "undated" not in dated(until="2099-01-01")
    assert "undated" in dated()


def test_bad_dates_raise_query_error(built: Path) -> None:
    with pytest.raises(QueryError, match="not a date"):
        searching.search(built, "x", since="last week")
    with pytest.raises(QueryError):
        searching.search(built, "x", since="2023-05", until="2022-01")


def test_browse_lists_newest_first_undated_last(built: Path) -> None:
    newest_first = ["title-match", "body-match", "victim-singular", "undated"]
    assert ids(searching.search(built, "")) == newest_first
    assert ids(searching.search(built, "", limit=2)) == ["title-match", "body-match"]
    assert ids(searching.search(built, " * ", limit=2)) == ["title-match", "body-match"]


def test_update_upsert_replaces_and_delete(built: Path) -> None:
    ix.update(built, upserts=[practice("body-match", title="Burglary response", body="New text")])
    assert ix.doc_count(built) == 4
    assert searching.search(built, "stalking", forces=["Thames Valley Police"]) == []
    assert ids(searching.search(built, "burglary")) == ["body-match"]
    ix.update(built, upserts=[practice("new-one", title="Burglary prevention")])
    ix.update(built, delete_ids=["title-match", "no-such-id"])
    assert ix.doc_count(built) == 4
    assert ids(searching.search(built, "stalking")) == []
    assert ix.is_healthy(built, {"body-match", "victim-singular", "undated", "new-one"})


def test_failed_update_changes_nothing_and_frees_the_lock(built: Path) -> None:
    def exploding():
        yield practice("half-done")
        raise RuntimeError("bad row")

    with pytest.raises(RuntimeError):
        ix.update(built, upserts=exploding(), delete_ids=["undated"])
    assert ix.is_healthy(built, {p["id"] for p in CORPUS})
    ix.update(built, delete_ids=["undated"], lock_timeout=0.5)
    assert ix.doc_count(built) == 3


def test_update_without_index_raises(tmp_path: Path) -> None:
    with pytest.raises(IndexMissingError):
        ix.update(tmp_path / "missing", upserts=[practice("a")])
    with pytest.raises(IndexMissingError):
        searching.search(tmp_path / "missing", "anything")


def test_failed_rebuild_keeps_old_index(built: Path) -> None:
    def exploding():
        yield practice("x1", title="Fresh record")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        ix.rebuild(built, exploding())
    assert ix.doc_count(built) == 4
    assert ids(searching.search(built, "stalking"))[0] == "title-match"
    assert searching.search(built, "fresh") == []
    assert not list(built.parent.glob(".index.*"))


def test_rebuild_clears_leftovers_of_dead_rebuilds(built: Path) -> None:
    stale, fresh = built.parent / ".index.tmp-1-stale", built.parent / ".index.old-2-fresh"
    for d in (stale, fresh):
        (d / "sub").mkdir(parents=True)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    ix.rebuild(built, CORPUS)
    assert not stale.exists()
    assert fresh.exists(), "may belong to a rebuild still running in another process"


def segment_files(path: Path) -> list[Path]:
    """The segments' data files (one compound .seg file, or its parts written apart)."""
    files = [f for f in path.iterdir() if f.name.startswith("MAIN_") and f.suffix != ""
             and not f.name.endswith("WRITELOCK")]
    assert files, f"expected a segment file in {sorted(p.name for p in path.iterdir())}"
    return files


@pytest.mark.parametrize("damage", ["truncate", "delete", "garbage"])
def test_damaged_index_detected_and_rebuilt(built: Path, damage: str) -> None:
    for seg in segment_files(built):
        if damage == "delete":
            seg.unlink()
        elif damage == "truncate":
            seg.write_bytes(b"")
        else:
            seg.write_bytes(b"\x00garbage" * 100)
    assert not ix.is_healthy(built)
    assert ix.rebuild(built, CORPUS) == 4
    assert ix.is_healthy(built, {p["id"] for p in CORPUS})
    assert ids(searching.search(built, "stalking"))[0] == "title-match"


def test_damaged_index_reports_missing_not_raw_errors(built: Path) -> None:
    for seg in segment_files(built):
        seg.unlink()
    with pytest.raises(IndexMissingError, match="rebuild"):
        searching.search(built, "stalking")
    with pytest.raises(IndexMissingError, match="rebuild"):
        ix.update(built, upserts=[practice("new")], delete_ids=["undated"])


def test_missing_or_empty_dir_is_unhealthy(tmp_path: Path) -> None:
    assert not ix.is_healthy(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    assert not ix.is_healthy(tmp_path / "empty")
    assert ix.doc_count(tmp_path / "empty") is None


def test_stale_index_detected(built: Path) -> None:
    all_ids = {p["id"] for p in CORPUS}
    assert ix.is_healthy(built, all_ids)
    assert not ix.is_healthy(built, all_ids - {"undated"})
    assert not ix.is_healthy(built, all_ids | {"added-in-sqlite"})


def _hold_lock(path: Path, holding: threading.Event, release: threading.Event) -> threading.Thread:
    """Start another writer that keeps the write lock until ``release`` is set."""

    def slow_upserts():
        holding.set()
        release.wait(10)
        yield practice("from-other-writer")

    t = threading.Thread(target=ix.update, args=(path, slow_upserts()), daemon=True)
    t.start()
    assert holding.wait(5)
    return t


def test_update_waits_for_lock_then_succeeds(built: Path) -> None:
    holding, release = threading.Event(), threading.Event()
    other = _hold_lock(built, holding, release)
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    ix.update(built, delete_ids=["undated"], lock_timeout=10)
    assert time.monotonic() - started >= 0.9, "update should have waited for the lock"
    other.join(5)
    assert ix.is_healthy(built, {p["id"] for p in CORPUS} - {"undated"} | {"from-other-writer"})


def test_update_busy_raises_after_timeout(built: Path) -> None:
    holding, release = threading.Event(), threading.Event()
    other = _hold_lock(built, holding, release)
    try:
        with pytest.raises(IndexBusyError, match="busy"):
            ix.update(built, delete_ids=["undated"], lock_timeout=0.3)
    finally:
        release.set()
        other.join(5)
    assert ix.doc_count(built) == 5  # the other writer's record; our delete never ran


HOSTILE = [
    '"unbalanced',
    "(a OR",
    "AND",
    "NOT",
    "OR OR AND NOT",
    "*",
    "a*b*c*d*",
    "*a*",
    "?",
    "x" * 5000,
    "stalking " * 1000,
    "",
    "   ",
    "title:",
    'forces:"',
    "{}[]~^",
    "published:[2020 to",
    "published:[zzz to yyy]",
    "page_start:5",
    "title:(stalking",
    "stalking^999999999999999999999",
    "\x00\x01\u202e",
    "OR ANDNOT ANDNOT ",  # whoosh's parser raises AssertionError on this one
    "ünïcödé «»",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise_raw_errors(built: Path, query: str) -> None:
    try:
        hits = searching.search(built, query, limit=5)
    except QueryError as exc:
        assert str(exc)
    else:
        assert isinstance(hits, list) and len(hits) <= 5
        assert all(isinstance(h, Hit) for h in hits)


def test_wildcard_expansion_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "i"
    words = [f"word{n}" for n in range(50)]
    ix.rebuild(path, [practice(str(n), body=" ".join(words[n:] + words[:n])) for n in range(3)])
    assert len(searching.search(path, "word*")) == 3
    monkeypatch.setattr(parsing, "MAX_EXPANDED_TERMS", 10)
    with pytest.raises(QueryError, match="too many"):
        searching.search(path, "word*")


def test_syntax_the_parser_chokes_on_is_retried_as_words(built: Path) -> None:
    assert ids(searching.search(built, "OR ANDNOT ANDNOT stalking"))[:1] == ["title-match"]


def test_long_queries_are_cut(built: Path) -> None:
    assert "title-match" in ids(searching.search(built, "stalking " + "zzz " * 2000))
    # Only the first MAX_QUERY_CHARS count: words beyond are ignored, keeping cost bounded.
    assert searching.search(built, "zzz " * 200 + "stalking") == []


def test_rebuild_waits_for_running_update(built: Path) -> None:
    holding, release = threading.Event(), threading.Event()
    other = _hold_lock(built, holding, release)
    try:
        with pytest.raises(IndexBusyError):
            ix.rebuild(built, CORPUS[:1], lock_timeout=0.3)
        assert ix.doc_count(built) == 4  # untouched
        threading.Timer(0.5, release.set).start()
        assert ix.rebuild(built, CORPUS[:1], lock_timeout=10) == 1
    finally:
        release.set()
        other.join(5)
    assert ix.is_healthy(built, {"title-match"})
    assert not list(built.parent.glob(".index.*"))


def test_index_of_an_older_schema_is_rebuilt_not_searched(built: Path) -> None:
    assert ix.current_doc_count(built) == 4
    (built / "practicedb-schema").write_text("1")  # as if built by an older version
    assert not ix.is_healthy(built)
    assert ix.current_doc_count(built) is None
    assert searching.indexed_count(built) is None
    with pytest.raises(IndexMissingError, match="rebuild"):
        searching.search(built, "stalking")
    ix.rebuild(built, CORPUS)
    assert ids(searching.search(built, "stalking"))[0] == "title-match"


def test_term_at_a_time_scores_match_whoosh(built: Path) -> None:
    """The fast scorer must rank and score exactly as whoosh's own search would."""
    ix.update(built, upserts=[practice("extra", body="Victims of stalking get a call.")])
    engine = searching._engine(built)  # two segments now, one with a deletion below
    ix.update(built, delete_ids=["undated"])
    engine = searching._engine(built)
    s = engine.searcher
    for text in ["stalking victims call", '"call handlers" OR custody^2', "victim* kent",
                 '"supporting victims of stalking" "the team calls"^0.5 victims']:
        q = phrases.to_pairs(parsing.parse(text, s.schema, s.reader()))
        ours = engine.top(q, None, None, 10)
        theirs = [(h.docnum, h.score) for h in s.search(q, limit=10)]
        assert [d for d, _ in ours] == [d for d, _ in theirs]
        assert [round(x, 6) for _, x in ours] == [round(x, 6) for _, x in theirs]


def test_andmaybe_keeps_its_meaning(built: Path) -> None:
    """Regression: rewriting NOT crashed on whoosh's two-operand queries, so
    'a ANDMAYBE b' fell back to plain words and matched b on its own too."""
    found = ids(searching.search(built, "stalking ANDMAYBE custody"))
    assert set(found) == {"title-match", "body-match"}


PHRASE_CORPUS = [
    practice("adjacent", title="Safeguarding work", body="We support victims of domestic abuse."),
    practice("apart", title="Safeguarding work",
             body="Abuse of trust is a domestic matter for the force."),
    practice("reversed", title="Safeguarding work", body="Abuse domestic is not English."),
    practice("near", title="Safeguarding work", body="Domestic cases of abuse."),
    practice("three", title="Recording", body="Officers use body worn video at every call."),
    practice("pairs-apart", title="Recording",
             body="The body worn on the vest, and worn video kept for a month."),
    practice("in-section", title="Unrelated", body="Nothing here.", section="Domestic abuse"),
]


@pytest.mark.parametrize(("query", "expected"), [
    ('"domestic abuse"', {"adjacent", "in-section"}),  # words apart or reversed: no
    ('"body worn video"', {"three"}),  # every neighbouring pair, in order
    ('"body-worn video"', {"three"}),
    ('"abuse domestic"', {"reversed"}),
    ('section:"domestic abuse"', {"in-section"}),  # a field's own phrases still work
    ('"domestic abuse"~3', {"adjacent", "near", "in-section"}),  # slop: in order, near
])
def test_quoted_phrases_match_words_side_by_side(tmp_path: Path, query: str,
                                                 expected: set[str]) -> None:
    """Phrases in the body are read from its word pairs, not its words' positions."""
    path = tmp_path / "index"
    ix.rebuild(path, PHRASE_CORPUS)
    assert set(ids(searching.search(path, query))) == expected


def test_phrase_pairs_score_as_whoosh(tmp_path: Path) -> None:
    """A phrase turned into word pairs is still scored exactly as whoosh scores it."""

    path = tmp_path / "index"
    ix.rebuild(path, PHRASE_CORPUS)
    engine = searching._engine(path)
    s = engine.searcher
    q = phrases.to_pairs(parsing.parse('"body worn video" "domestic abuse"^0.5 call',
                                               s.schema, s.reader()))
    assert {leaf.fieldname for leaf in q.leaves()} >= {"body_pairs", "section_pairs"}
    ours = engine.top(q, None, None, 10)
    theirs = [(h.docnum, h.score) for h in s.search(q, limit=None)][:10]
    assert [d for d, _ in ours] == [d for d, _ in theirs]
    assert [round(x, 6) for _, x in ours] == [round(x, 6) for _, x in theirs]


def test_fields_without_word_pairs_are_indexed(tmp_path: Path) -> None:
    """Regression: whoosh's own pair filter failed on a field with no words (an empty
    section, a title of stop words), which stopped the whole rebuild."""
    path = tmp_path / "index"
    odd = [practice("empty", title="The", section="", body="Victims of domestic abuse."),
           practice("one-word", title="Drones", section="Of", forces=[], areas=[])]
    assert ix.rebuild(path, odd) == 2
    assert ids(searching.search(path, '"domestic abuse"')) == ["empty"]
    assert ids(searching.search(path, "drones")) == ["one-word"]
