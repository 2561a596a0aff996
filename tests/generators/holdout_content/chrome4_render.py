"""Render a fourth-set REPORT to HTML + CSS for headless Chromium's print-to-PDF.

Layouts the earlier renderers do not make (see tests/holdout4/README.md):

* box variant ``card``: consecutive ``card`` boxes form a CSS grid of two columns (a 2x2 grid
  of cards for four boxes); a ``case`` box may be one of the cards.
* box variant ``band``: the kind heading is white text on a dark filled band, directly on top
  of a light tinted body (no border).
* box variant ``incols``: heading, title and force line full width, the body set in two
  columns inside the box (CSS ``columns: 2``).
* box variant ``split``: the box may break (``break-inside: auto``), used at the foot of the
  right-hand column of a two-column run so that it carries on at the top of the next page.
* box key ``table``: ``{"after": i, "head": [...], "rows": [[...], ...]}``, a small table
  printed inside the box after body item ``i``.
* blocks ``("cols", True)`` / ``("cols", False)``: start / end a two-column run (CSS
  ``columns: 2``; ``h1`` inside it spans both columns, and so does ``("figure", ...)``).
* blocks ``("landscape", True)`` / ``("landscape", False)``: what lies between is printed on
  its own landscape page(s) (CSS named page ``wide`` with ``size: A4 landscape``).
* block ``("summary", caption, head, rows)``: a table near the start listing practices
  (kind labels as column headings, practice titles in the rows).
* block ``("figure", caption, head, rows)``: a plain data table (spans both columns).
"""

from html import escape

from .model import PRACTICE_KINDS

BASE_CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
@page wide { size: A4 landscape; margin: 18mm 22mm 18mm 22mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p { margin: 0 0 7pt 0; }
ul { margin: 0 0 7pt 0; padding-left: 16pt; }
li { margin-bottom: 2pt; }
h1, h2 { break-after: avoid; }
.cover { break-after: page; }
.box { break-inside: avoid; }
.box.split { break-inside: auto; }
.box .label, .box .title, .box .force, .box .head { break-after: avoid; }
.box p:last-child, .box ul:last-child { margin-bottom: 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; row-gap: 6mm;
        margin: 10pt 0 12pt; break-inside: avoid; }
.grid .box { margin: 0; }
.bodycols { columns: 2; column-gap: 8mm; }
.bodycols p { break-inside: auto; }
.cols { columns: 2; column-gap: 8mm; column-fill: auto; }
.cols h1, .cols .figure { column-span: all; }
.wide { page: wide; }
table.figs { border-collapse: collapse; margin: 4pt 0 8pt; }
table.figs th, table.figs td { padding: 2pt 10pt 2pt 0; text-align: left; }
table.figs td.n, table.figs th.n { text-align: right; }
"""

STYLE_CSS = {
    # h12: modern thematic; Nimbus Sans with 0.02em tracking; cards, a band box, in-box columns.
    "ai": """
@page { @top-left { content: "Machine assistance: police use of artificial intelligence";
                    font: 7.5pt 'Nimbus Sans'; color: #555; }
        @bottom-right { content: "Page " counter(page); font: 8pt 'Nimbus Sans'; color: #333; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
body { font: 9.8pt/1.45 'Nimbus Sans', sans-serif; color: #1a1a1a; letter-spacing: 0.02em; }
h1 { font-size: 16pt; color: #143d59; margin: 16pt 0 7pt; letter-spacing: 0; }
h2 { font-size: 11pt; color: #143d59; margin: 10pt 0 5pt; letter-spacing: 0; }
.box .label { font-weight: bold; font-size: 10.5pt; color: #0f6a73; margin-bottom: 2pt; }
.box .title { font-weight: bold; margin-bottom: 2pt; }
.box .force { color: #0f6a73; margin-bottom: 5pt; }
.box.card { background: #eef5f5; border-top: 3pt solid #0f6a73; padding: 7pt 9pt 9pt; }
.box.card.case { background: #f3f1ea; border-top-color: #8a7a4a; }
.box.card.case .label, .box.card.case .force { color: #6d5f33; }
.box.band { margin: 12pt 0; background: #e6edf7; }
.box.band .head { background: #1c2f57; color: #fff; font-weight: bold; font-size: 10.5pt;
                  padding: 5pt 10pt; letter-spacing: 0; }
.box.band .inner { padding: 8pt 10pt 10pt; }
.box.incols { border: 0.75pt solid #143d59; padding: 8pt 10pt 10pt; margin: 12pt 0; }
.box.incols .label { color: #143d59; }
.summary { margin: 10pt 0 12pt; break-inside: avoid; }
.summary .caption { font-weight: bold; color: #143d59; margin-bottom: 4pt; }
.summary table { width: 100%; border-collapse: collapse; font-size: 9pt; }
.summary th { background: #143d59; color: #fff; text-align: left; padding: 4pt 6pt; }
.summary td { border-bottom: 0.5pt solid #9ab; padding: 4pt 6pt; vertical-align: top; }
.summary th:first-child { width: 24%; }
.cover { padding-top: 0; }
.cover .band { background: #143d59; color: #fff; padding: 34mm 12mm 18mm; letter-spacing: 0; }
.cover .kicker { font-size: 12pt; }
.cover .l1 { font-size: 27pt; font-weight: bold; margin-top: 10pt; line-height: 1.2; }
.cover .l2 { font-size: 14pt; margin-top: 8pt; }
.cover .meta { margin: 20mm 12mm 0; font-size: 11pt; line-height: 1.8; }
""",
    # h14: older thematic; P052 (Palatino); two-column pages, a landscape page.
    "youth": """
@page { @bottom-center { content: counter(page); font: 9pt 'P052'; } }
@page :first { @bottom-center { content: none; } }
body { font: 10pt/1.42 'P052', serif; color: #111; }
p { text-align: left; }
h1 { font-size: 15pt; font-weight: bold; color: #4b2350; margin: 12pt 0 8pt;
     border-bottom: 0.75pt solid #4b2350; padding-bottom: 2pt; }
h2 { font-size: 10.5pt; font-weight: bold; font-style: italic; margin: 8pt 0 4pt; }
.box { border: 1pt solid #4b2350; background: #f6f0f7; padding: 7pt 9pt 8pt; margin: 9pt 0 10pt; }
.box .label { font-weight: bold; font-size: 11pt; color: #4b2350; margin-bottom: 3pt; }
.box .title { font-weight: bold; font-style: italic; margin-bottom: 2pt; }
.box .force { font-style: italic; margin-bottom: 4pt; }
.box.split { box-decoration-break: slice; }
table.figs th { border-bottom: 0.75pt solid #4b2350; }
table.figs td { border-bottom: 0.4pt solid #c9b8cc; }
.figure { margin: 4pt 0 12pt; }
.figure .caption { font-weight: bold; font-size: 9.5pt; margin-bottom: 3pt; }
.figure table.figs { width: 100%; font-size: 9.5pt; }
.wide h1 { margin-top: 0; }
.cover { text-align: left; padding-top: 18mm; }
.cover .kicker { font-size: 11pt; letter-spacing: 1pt; text-transform: uppercase; color: #4b2350; }
.cover .l1 { font-size: 30pt; font-weight: bold; margin: 60mm 0 8pt; color: #4b2350; }
.cover .l2 { font-size: 15pt; font-style: italic; line-height: 1.3; }
.cover .meta { margin-top: 70mm; font-size: 11pt; line-height: 1.7; }
""",
}


def _esc(text):
    return escape(text, quote=False)


def _body_html(body, table=None):
    out = []
    for i, item in enumerate(body):
        if isinstance(item, str):
            out.append(f"<p>{_esc(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in item) + "</ul>")
        if table and table["after"] == i:
            out.append(_table_html(table["head"], table["rows"]))
    return "\n".join(out)


def _cell(text, tag):
    numeric = text[:1].isdigit() or text[:1] in "£-+"
    cls = ' class="n"' if numeric else ""
    return f"<{tag}{cls}>{_esc(text)}</{tag}>"


def _table_html(head, rows, cls="figs"):
    th = "".join(_cell(h, "th") if i else f"<th>{_esc(h)}</th>" for i, h in enumerate(head))
    trs = "".join("<tr>" + "".join(_cell(c, "td") if i else f"<td>{_esc(c)}</td>"
                                   for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'


def _meta_html(box):
    title = box.get("title", "")
    force = box.get("force_line")
    force_html = f'<div class="force">{_esc(force)}</div>' if force else ""
    title_html = f'<div class="title">{_esc(title)}</div>' if title else ""
    if box.get("force_pos") == "above":
        return force_html + title_html
    return title_html + force_html


def box_html(box):
    kind = box["kind"]
    variant = box.get("variant", "").split()
    classes = ["box", *variant] + ([] if kind in PRACTICE_KINDS else ["decoy", kind])
    cls = " ".join(classes)
    body = _body_html(box["body"], box.get("table"))
    label = _esc(box["label"])
    if "band" in variant:
        return (f'<div class="{cls}"><div class="head">{label}</div>'
                f'<div class="inner">{_meta_html(box)}{body}</div></div>')
    if "incols" in variant:
        return (f'<div class="{cls}"><div class="label">{label}</div>{_meta_html(box)}'
                f'<div class="bodycols">{body}</div></div>')
    return f'<div class="{cls}"><div class="label">{label}</div>{_meta_html(box)}{body}</div>'


def cover_html(report, banded=("ai",)):
    """The cover: kicker, title lines and dates; the title in a band for ``banded`` styles."""
    c = report["cover"]
    meta = "".join(f"<div>{_esc(x)}</div>" for x in (c.get("date"), c.get("fieldwork")) if x)
    kicker = f'<div class="kicker">{_esc(c["kicker"])}</div>' if c.get("kicker") else ""
    lines = "".join(f'<div class="l{i + 1}">{_esc(t)}</div>' for i, t in enumerate(c["lines"]))
    if report["style"] in banded:
        return (f'<div class="cover"><div class="band">{kicker}{lines}</div>'
                f'<div class="meta">{meta}</div></div>')
    return f'<div class="cover">{kicker}{lines}<div class="meta">{meta}</div></div>'


def render_html(report):
    parts = [cover_html(report)]
    cards = []

    def flush_cards():
        if cards:
            parts.append('<div class="grid">' + "".join(cards) + "</div>")
            cards.clear()

    for block in report["blocks"]:
        kind = block[0]
        if kind == "box" and "card" in block[1].get("variant", "").split():
            cards.append(box_html(block[1]))
            continue
        flush_cards()
        if kind == "h1":
            parts.append(f"<h1>{_esc(block[1])}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{_esc(block[1])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{_esc(block[1])}</p>")
        elif kind == "ul":
            parts.append(_body_html([block[1]]))
        elif kind == "break":
            parts.append('<div style="break-after: page"></div>')
        elif kind == "box":
            parts.append(box_html(block[1]))
        elif kind == "cols":
            parts.append('<div class="cols">' if block[1] else "</div>")
        elif kind == "landscape":
            parts.append('<div class="wide">' if block[1] else "</div>")
        elif kind == "summary":
            _k, caption, head, rows = block
            parts.append(f'<div class="summary"><div class="caption">{_esc(caption)}</div>'
                         f'{_table_html(head, rows, "sum")}</div>')
        elif kind == "figure":
            _k, caption, head, rows = block
            parts.append(f'<div class="figure"><div class="caption">{_esc(caption)}</div>'
                         f"{_table_html(head, rows)}</div>")
        else:
            raise ValueError(kind)
    flush_cards()
    title = _esc(report.get("meta_title", ""))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{BASE_CSS}{STYLE_CSS[report['style']]}</style>"
            f"</head><body>\n" + "\n".join(parts) + "\n</body></html>")


def write_pdf(report, target, work):
    """Render with headless Chromium (flags of tests/generators/build_holdout.py) to ``target``."""
    from build_holdout import run_chromium
    run_chromium(render_html(report), target, work)
    return target
