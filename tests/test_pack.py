"""The board pack: as at its period's end (replayed from a recorded history), counts of
practices, new v. read late, the board paper's content and escaping, JSON, PDF, CLI."""

from __future__ import annotations

import copy
import json
import re
from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner

from practicedb import dates, pipeline, reviews, storage
from practicedb.board import charts, pack, render
from practicedb.classification import load_taxonomy
from practicedb.cli import cli
from tests.conftest import make_reports

TODAY = date(2027, 1, 10)
FRAUD = "[bold]Fraud[/bold] triage <script>alert(1)</script>"
SEP_OCT = (date(2026, 9, 1), date(2026, 10, 31))


def _clock(monkeypatch, when: str) -> None:
    moment = datetime.fromisoformat(when).replace(tzinfo=UTC)
    monkeypatch.setattr(dates, "now", lambda: moment)


def _october_report():
    report = copy.deepcopy(make_reports()[0])
    report.title, report.published, report.sha256 = "PEEL 2026: Kent Police", "2026-10-15", "f" * 64
    report.file_name = "peel-kent.pdf"
    report.practices = report.practices[:1]
    report.practices[0].title = "Night-time economy <b>marshals</b>"
    report.practices[0].body = "Kent Police trains door staff to spot vulnerability. " * 12
    report.practices[0].forces = ["Kent Police"]
    return report


@pytest.fixture
def db(tmp_path, monkeypatch):
    """A recorded history: the back catalogue read on 1 Aug 2026, a new report read on 20 Oct,
    and assessments in October, November and December."""
    db = storage.open_db(tmp_path / "p.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="t")
    _clock(monkeypatch, "2026-08-01T09:00:00")
    for report in make_reports():
        pipeline.store(db, report)
    ids = {p["title"]: p["id"] for p in storage.iter_practices(db)}
    _clock(monkeypatch, "2026-10-01T10:00:00")
    reviews.assess(db, ids[FRAUD], by="DS Cole", status="under review", due="2026-10-31",
                   note="</td><script>alert('note')</script>")
    reviews.assess(db, ids[FRAUD], by="DS Cole", area="Victim care", status="will adopt")
    _clock(monkeypatch, "2026-10-20T10:00:00")
    pipeline.store(db, _october_report())
    _clock(monkeypatch, "2026-11-10T10:00:00")
    reviews.assess(db, ids["Burglary victims get a prevention visit"], by="Insp Shah",
                   status="adopted", note="Now <b>force-wide</b> & audited")
    _clock(monkeypatch, "2026-12-03T10:00:00")
    reviews.assess(db, ids["Operation Harbour: safeguarding repeat victims"], by="DI Khan",
                   status="will adopt", due="2027-03-31")
    monkeypatch.undo()
    db.ids = ids
    return db


def _pack(db, span=SEP_OCT, leads=None, today=TODAY):
    leads = leads or reviews.Leads(force="Kent Police", by_area={
        "Fraud and cyber crime": reviews.Lead("Fraud and cyber crime", "DCI Amos", "Fraud lead")})
    return pack.build_pack(db, leads, load_taxonomy().names, period_from=span[0],
                           period_to=span[1], today=today, meeting=date(2026, 11, 12),
                           author="Head of Inspection")


def test_statuses_counts_and_overdue_are_as_at_the_period_end(db):
    data = _pack(db)
    ids = db.ids
    # New = published in the period; the back catalogue was read in August, so not read late.
    assert [r["title"] for r in data.new] == ["Night-time economy <b>marshals</b>"]
    assert data.read_late == []
    # As at 31 Oct: burglary still new (adopted 10 Nov), harbour new (will adopt 3 Dec).
    assert data.statuses[ids["Burglary victims get a prevention visit"]] == "new"
    assert data.statuses[ids["Operation Harbour: safeguarding repeat victims"]] == "new"
    # The fraud practice has two reviews but counts once, by its primary area's review.
    assert data.statuses[ids[FRAUD]] == "under review"
    assert len(data.statuses) == 5 and data.figures["in_review"] == 5
    assert sum(a["total"] for a in data.areas) == 5
    assert sum(len(a["new"]) for a in data.areas) == len(data.new) == 1
    # Overdue on 31 Oct: the three opened on 1 Aug and still new (91 days); fraud is due that
    # very day, so not yet late; the October practice is only 11 days old.
    assert sorted(r["overdue"] for r in data.overdue) == ["still new after 91 days"] * 3
    assert data.figures["adopted_in_period"] == 0 and data.proposed == []
    # Nov-Dec: burglary adopted in it; fraud past its due date; harbour proposed on 3 Dec
    later = _pack(db, span=(date(2026, 11, 1), date(2026, 12, 31)))
    assert [r["title"] for r in later.adopted] == ["Burglary victims get a prevention visit"]
    assert [r["title"] for r in later.proposed] == [
        "Operation Harbour: safeguarding repeat victims"]
    fraud = next(r for r in later.overdue if r["id"] == ids[FRAUD])
    assert fraud["overdue"] == "due 31 Oct 2026: 61 days late"
    assert later.previous["from"] == "2026-09-01" and later.previous["figures"] == data.figures
    assert later.change["adopted"] == 1


def test_the_same_period_gives_the_same_pack_later(db):
    before = pack.pack_data(_pack(db))
    for pid in db.ids.values():
        reviews.assess(db, pid, by="Later", status="not applicable", note="Changed later")
    pipeline.store(db, copy.deepcopy(make_reports()[1]))  # re-ingest: nothing changes in Sep-Oct
    after = pack.pack_data(_pack(db, today=date(2028, 1, 1)))
    for key in ("new", "statuses", "overdue", "areas", "figures", "trend", "read_late"):
        assert after[key] == before[key], key


def test_read_late_is_listed_apart(db):
    aug = _pack(db, span=(date(2026, 7, 1), date(2026, 8, 31)))
    assert aug.new == [] and len(aug.read_late) == 4
    assert aug.figures["read_late"] == 4 and aug.figures["new"] == 0


def test_pack_json_has_the_agreed_keys(db):
    data = json.loads(render.render_json(_pack(db)))
    assert data["from"] == "2026-09-01" and data["to"] == "2026-10-31"
    assert [set(r) >= {"id", "title", "status", "area"} for r in data["new"]] == [True]
    assert set(data["statuses"].values()) == {"new", "under review"}
    assert len(data["overdue"]) == 3 and data["overdue"][0]["id"].startswith("p-")
    areas = {a["name"]: a for a in data["areas"]}
    assert areas["Fraud and cyber crime"]["counts"]["under review"] == 1
    assert len(data["trend"]) == pack.TREND_PERIODS


def test_period_helpers():
    assert pack.period_before(*SEP_OCT) == (date(2026, 7, 1), date(2026, 8, 31))
    assert pack.period_before(date(2026, 10, 3), date(2026, 12, 3)) == (
        date(2026, 8, 2), date(2026, 10, 2))
    assert pack.day_text("2026-11-26") == "26 Nov 2026" and pack.day_text("2023-03") == "Mar 2023"
    with pytest.raises(pack.PackError, match="starts .* after it ends"):
        pack.build_pack(None, reviews.Leads(), [], period_from=TODAY, period_to=date(2026, 1, 1))


def test_html_board_paper_content_escaping_and_no_network(db):
    storage.set_setting(db, "marking", "OFFICIAL-SENSITIVE", by="t")
    html = render.render_html(_pack(db, span=(date(2026, 9, 1), date(2026, 12, 31))))
    for text in ("Inspection and Audit Board", "1. Purpose", "2. Executive summary",
                 "3. Decisions and recommendations", "4. Overdue reviews", "Endorse",
                 "Escalate", "6. New practices by business area", "Kent Police",
                 "1 Sep 2026 to 31 Dec 2026", "12 Nov 2026", "Head of Inspection",
                 "Deputy Chief Constable"):
        assert text in html, text
    assert html.count("OFFICIAL-SENSITIVE") >= 4  # margin boxes top and bottom, both bands
    assert '@top-center { content: "OFFICIAL-SENSITIVE"' in html
    # overdue comes before the practices by area
    assert html.index('id="overdue"') < html.index('id="areas"')
    # report text and notes are text, never markup
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Night-time economy &lt;b&gt;marshals&lt;/b&gt;" in html
    # self-contained: inline charts, inline CSS, nothing fetched; one date style
    assert html.count("<svg") == 2 and "size: A4" in html
    assert not re.search(r"https?://", html)
    assert not re.search(r"<(link|img|script|iframe)\b", html)
    body = html[html.index("<body>"):]
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", re.sub(r"p-[0-9a-f]+", "", body))


def test_charts_have_legends_labels_and_patterns():
    svg = charts.status_chart_svg([("Victim care", {"new": 3, "adopted": 2}),
                                   ("Roads <& policing>", {})])
    for status in reviews.STATUSES:
        assert status.capitalize() in svg
    assert svg.count("<pattern") == 4 and 'fill="url(#st1)"' in svg
    assert "Roads &lt;&amp; policing&gt;" in svg and ">3</text>" in svg and ">5</text>" in svg
    trend = charts.trend_chart_svg([("Jul–Aug", {"open": 4, "overdue": 0}),
                                    ("Sep–Oct", {"open": 5, "overdue": 3})])
    assert trend.count("stroke-dasharray") >= 8 and "Overdue" in trend and ">3</text>" in trend


def test_markdown_pack_escapes_table_cells(db):
    md = render.render_markdown(_pack(db))
    assert md.startswith("**OFFICIAL**") and md.rstrip().endswith("**OFFICIAL**")
    assert "## 3. Decisions and recommendations" in md and "## 4. Overdue reviews (3)" in md
    assert "<b>" not in md and "\\<b\\>" in md


def test_pdf_pack_has_the_marking_on_every_page(db, tmp_path):
    pypdfium2 = pytest.importorskip("pypdfium2")
    out = tmp_path / "pack.pdf"
    render.render_pdf(render.render_html(_pack(db)), out)
    pdf = pypdfium2.PdfDocument(str(out))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    assert len(pages) >= 2
    for text in pages:
        assert text.count("OFFICIAL") >= 2  # top and bottom
    assert "Page 1 of" in pages[0] and "Executive summary" in pages[0]
    assert "Night-timeeconomy<b>marshals</b>" in "".join(pages).replace(" ", "")


def test_pdf_without_the_engine_is_a_clear_error(monkeypatch, tmp_path):
    import builtins

    real_import = builtins.__import__

    def no_weasyprint(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_weasyprint)
    with pytest.raises(pack.PackError, match="PDF output needs WeasyPrint.*--format html"):
        render.render_pdf("<p>x</p>", tmp_path / "x.pdf")


def test_cli_pack(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    base = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "idx")]
    result = runner.invoke(cli, base + ["pack", "--from", "2026-09-01", "--to", "2026-10-31",
                                        "--meeting", "12 Nov 2026", "-o", "pack.html"])
    assert result.exit_code == 0, result.output
    made = (tmp_path / "pack.html").read_text(encoding="utf-8")
    assert "1 Sep 2026 to 31 Oct 2026" in made and "12 Nov 2026" in made
    assert "1 new practice," in " ".join(result.output.split())
    js = runner.invoke(cli, base + ["pack", "--from", "2026-09-01", "--to", "2026-10-31",
                                    "--format", "json", "-o", "-"])
    assert js.exit_code == 0 and json.loads(js.output)["figures"]["overdue"] == 3
    md = runner.invoke(cli, base + ["pack", "-o", "pack.md"])  # format from the file name
    assert md.exit_code == 0 and (tmp_path / "pack.md").read_text().startswith("**OFFICIAL**")
    assert storage.open_db(tmp_path / "p.db")["packs"].count == 2
    bad = runner.invoke(cli, base + ["pack", "--from", "2026-12-01", "--to", "2026-01-01"])
    assert bad.exit_code == 1 and "after it ends" in bad.output and "Traceback" not in bad.output


def test_cli_offers_exactly_the_pack_formats() -> None:
    from practicedb.cli.pack import pack as command

    option = next(p for p in command.params if p.name == "fmt")
    assert tuple(option.type.choices) == pack.FORMATS


def test_a_fetched_report_links_to_its_address_and_only_a_web_address(db):
    """Where a report came from a web address (practicedb fetch/follow), the pack links to
    it; an address that is not http(s) is never made a link."""
    span = (date(2026, 9, 1), date(2026, 12, 31))
    rid = db.execute("select report_id from practices where title like 'Night-time%'"
                     ).fetchone()[0]
    db.execute("update report_sources set url = ? where report_id = ?",
               ["https://example.org/peel-2026-kent/", rid])
    assert '<a href="https://example.org/peel-2026-kent/">PEEL 2026: Kent Police</a>' in \
        render.render_html(_pack(db, span=span))
    db.execute("update report_sources set url = ? where report_id = ?",
               ["javascript:alert(1)", rid])
    html = render.render_html(_pack(db, span=span))
    assert "javascript:" not in html and "PEEL 2026: Kent Police" in html
