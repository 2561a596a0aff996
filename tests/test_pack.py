"""The Inspection and Audit Board pack: content, escaping, the chart, Markdown, PDF, CLI."""

from __future__ import annotations

import re
from datetime import date

import pytest
from click.testing import CliRunner

from practicedb import reviews, storage
from practicedb.board import pack
from practicedb.classification import load_taxonomy
from practicedb.cli import cli

TODAY = date(2026, 11, 26)
FRAUD = "[bold]Fraud[/bold] triage <script>alert(1)</script>"


@pytest.fixture
def db(db_path):
    """make_reports() with fixed dates: first added long ago, so only publication dates count."""
    db = storage.open_db(db_path)
    db.execute("update practices set first_seen = '2022-01-01T00:00:00+00:00'")
    db.execute("update reviews set opened_at = '2026-08-01T09:00:00+00:00'")
    db.conn.commit()
    ids = {p["title"]: p["id"] for p in storage.iter_practices(db)}
    reviews.assess(db, ids["Burglary victims get a prevention visit"], by="Insp Shah",
                   status="adopted", note="Now <b>force-wide</b> & audited",
                   at="2026-11-10T10:00:00+00:00")
    reviews.assess(db, ids[FRAUD], by="DS Cole", status="under review", due="2026-10-31",
                   note="</td><script>alert('note')</script>", at="2026-10-01T10:00:00+00:00")
    return db


def _pack(db, start=date(2024, 1, 1), end=TODAY, leads=None):
    leads = leads or reviews.Leads(force="Kent Police", by_area={
        "Fraud and cyber crime": reviews.Lead("Fraud and cyber crime", "DCI Amos", "Fraud lead")})
    return pack.build_pack(db, leads, load_taxonomy().names, period_from=start, period_to=end,
                           today=TODAY)


def test_pack_figures(db):
    data = _pack(db)
    # published in 2024-01-01..today: only the Cumbria PEEL report (two practices)
    assert data.new_count == 2
    assert [(r["title"][:7], r["count"]) for r in data.by_report] == [("PEEL 20", 2)]
    areas = {a["name"]: a for a in data.areas}
    assert len(data.areas) == 19
    assert areas["Neighbourhood policing"]["counts"]["adopted"] == 1
    assert areas["Fraud and cyber crime"]["counts"]["under review"] == 1
    assert areas["Fraud and cyber crime"]["lead"] == "DCI Amos (Fraud lead)"
    assert areas["Fraud and cyber crime"]["new_practices"] == 0  # published 2023: outside
    # overdue: the fraud review (due 31 Oct) and the two still new since 1 Aug (117 days)
    assert sorted(r["overdue"][:8] for r in data.overdue) == ["due 2026", "still ne", "still ne"]
    assert [h["to_status"] for h in data.adopted] == ["adopted"]  # since the period start
    wider = _pack(db, start=date(2023, 1, 1))
    assert wider.new_count == 3 and areas["Victim care"]["counts"] == dict.fromkeys(
        reviews.STATUSES, 0)


def test_adopted_since_the_last_pack_for_an_earlier_period(db):
    earlier = _pack(db, start=date(2026, 9, 1), end=date(2026, 10, 31))
    pack.record_pack(db, earlier, "html", "old.html", "x")  # produced now, after the adoption
    assert _pack(db, start=date(2026, 11, 1)).adopted == []
    assert "the last pack" in _pack(db, start=date(2026, 11, 1)).since_label
    # re-rendering the current period (HTML, then PDF) is not "the last pack"
    current = _pack(db, start=date(2026, 10, 1))
    pack.record_pack(db, current, "html", "now.html", "x")
    again = _pack(db, start=date(2026, 10, 1))
    assert "start of the period" in again.since_label and len(again.adopted) == 1


def test_period_the_wrong_way_round_is_a_clear_error(db):
    with pytest.raises(pack.PackError, match="starts .* after it ends"):
        _pack(db, start=TODAY, end=date(2026, 1, 1))


def test_html_pack_content_escaping_and_no_network(db):
    html = pack.render_html(_pack(db, start=date(2023, 1, 1)))
    for heading in ("Inspection and Audit Board — HMICFRS practice pack", "1. Summary",
                    "2. Review status by business area", "3. New practices by business area",
                    "4. Overdue and withdrawn", "Kent Police", "1 Jan 2023 to 26 Nov 2026"):
        assert heading in html
    # report text and notes are text, never markup
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/td&gt;&lt;script&gt;" in html and "Now &lt;b&gt;force-wide&lt;/b&gt; &amp;" in html
    assert "[bold]Fraud[/bold] triage" in html
    # self-contained: an inline chart, inline CSS, nothing fetched
    assert html.count("<svg") == 1 and "@page" in html and "size: A4" in html
    assert not re.search(r"https?://", html)
    assert not re.search(r"<(link|img|script|iframe)\b", html)
    assert 'class="overdue"' in html and "DCI Amos (Fraud lead)" in html
    summary = html[html.index('id="summary"'):html.index('id="chart"')]
    assert '<td class="n">3</td>' in summary  # total new this period


def test_chart_has_legend_labels_and_patterns():
    svg = pack.status_chart_svg([("Victim care", {"new": 3, "adopted": 2}),
                                 ("Roads <& policing>", {})])
    for status in reviews.STATUSES:
        assert status.capitalize() in svg
    assert svg.count("<pattern") == 4 and 'fill="url(#st1)"' in svg
    assert "Roads &lt;&amp; policing&gt;" in svg and ">3</text>" in svg and ">5</text>" in svg


def test_markdown_pack_escapes_table_cells(db):
    md = pack.render_markdown(_pack(db, start=date(2023, 1, 1)))
    assert md.startswith("# Inspection and Audit Board")
    assert "## 1. Summary" in md and "## 3. Overdue and withdrawn" in md
    assert "<script>" not in md and "\\<script\\>" in md
    fraud_rows = [line for line in md.splitlines() if "triage" in line and line.startswith("|")]
    assert fraud_rows and fraud_rows[0].count("|") == 8  # no stray cell breaks


def test_pdf_pack_has_the_expected_text(db, tmp_path):
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        pytest.skip(f"WeasyPrint or the Pango libraries are not available here ({exc})")
    import pypdfium2 as pdfium

    out = tmp_path / "pack.pdf"
    pack.render_pdf(pack.render_html(_pack(db, start=date(2023, 1, 1))), out)
    assert out.read_bytes().startswith(b"%PDF")
    pdf = pdfium.PdfDocument(out)
    first = pdf[0].get_textpage().get_text_range()
    assert "Inspection and Audit Board" in first and "Kent Police" in first
    text = " ".join(" ".join(pdf[i].get_textpage().get_text_range().split())
                    for i in range(len(pdf)))
    assert "Review status by business area" in text and "Page 1 of" in first
    # shown as text, as written (the PDF may break the line inside it)
    assert "triage<script>alert(1)</script>" in text.replace(" ", "")
    pdf.close()


def test_pdf_without_the_engine_is_a_clear_error(monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    with pytest.raises(pack.PackError, match="PDF output needs WeasyPrint.*--format html"):
        pack.render_pdf("<p>x</p>", tmp_path / "x.pdf")


def test_cli_pack(db, db_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("practicedb.cli._common.today", lambda: TODAY)
    base = ["--db", str(db_path), "--index", str(tmp_path / "index")]
    runner = CliRunner()
    result = runner.invoke(cli, base + ["pack", "--from", "2023"])
    assert result.exit_code == 0, result.output
    made = tmp_path / "board-pack-2026-11-26.html"
    assert made.exists() and "1 Jan 2023 to 26 Nov 2026" in made.read_text(encoding="utf-8")
    assert "3 new practices" in " ".join(result.output.split())
    md = runner.invoke(cli, base + ["pack", "-o", "pack.md"])  # format from the file name
    assert md.exit_code == 0 and (tmp_path / "pack.md").read_text().startswith("# Inspection")
    assert storage.open_db(db_path)["packs"].count == 2
    bad = runner.invoke(cli, base + ["pack", "--from", "2026-12-01", "--to", "2026-11-01"])
    assert bad.exit_code == 1 and "after it ends" in bad.output and "Traceback" not in bad.output
    monkeypatch.setitem(__import__("sys").modules, "weasyprint", None)
    nopdf = runner.invoke(cli, base + ["pack", "--format", "pdf", "-o", "x.pdf"])
    assert nopdf.exit_code == 1 and "print to PDF from a browser" in nopdf.output


def test_cli_offers_exactly_the_pack_formats() -> None:
    """The CLI lists the formats itself (importing pack at start-up would be slow)."""
    option = next(p for p in cli.commands["pack"].params if p.name == "fmt")
    assert tuple(option.type.choices) == pack.FORMATS
