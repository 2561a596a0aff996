"""Render a held-out REPORT to HTML + CSS for headless Chromium's print-to-PDF."""

from html import escape

from .model import PRACTICE_KINDS

BASE_CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1b1b1b; }
p { margin: 0 0 8pt 0; }
ul { margin: 0 0 8pt 0; padding-left: 18pt; }
li { margin-bottom: 3pt; }
h1, h2 { page-break-after: avoid; break-after: avoid; }
.cover { page-break-after: always; break-after: page; }
.contents { page-break-after: always; break-after: page; }
.contents table { width: 100%; border-collapse: collapse; }
.contents td { padding: 3pt 0; vertical-align: bottom; }
.contents td.pg { text-align: right; width: 14mm; }
.contents tr.sub td.t { padding-left: 14pt; font-size: 92%; }
.box { page-break-inside: avoid; break-inside: avoid; }
.box .label, .box .title, .box .head, .box .force { page-break-after: avoid; break-after: avoid; }
.box.split { page-break-inside: auto; break-inside: auto; }
.box p:last-child, .box ul:last-child { margin-bottom: 0; }
"""

STYLE_CSS = {
    # Report 1: tinted rounded boxes, running header/footer as position:fixed elements.
    "tinted": """
body { font: 10.5pt/1.45 'Liberation Sans', sans-serif; }
h1 { font-size: 17pt; color: #003d6b; margin: 18pt 0 8pt; font-weight: bold; }
.box { background: #e4eef6; border-radius: 9px; padding: 10pt 14pt; margin: 12pt 0; }
.box .label { font-weight: bold; color: #003d6b; font-size: 11.5pt; margin-bottom: 2pt; }
.box .title { font-weight: bold; font-size: 11pt; margin-bottom: 6pt; }
@page { margin: 12mm 20mm 12mm 20mm; }
table.frame { width: 100%; border-collapse: collapse; }
table.frame > thead td, table.frame > tfoot td { padding: 0; }
.runhead { font-size: 8pt; color: #555; border-bottom: 0.5pt solid #999; padding-bottom: 2pt;
           margin-bottom: 10mm; }
.runfoot { font-size: 8pt; color: #555; text-align: center; margin-top: 8mm; }
.cover { height: 265mm; }
.cover .band { background: #003d6b; color: #fff; padding: 28mm 12mm 14mm; margin: 0 -4mm; }
.cover .kicker { font-size: 15pt; letter-spacing: 1pt; }
.cover .l1 { font-size: 13pt; margin-top: 6pt; }
.cover .l2 { font-size: 24pt; font-weight: bold; margin-top: 10pt; }
.cover .meta { margin: 18mm 8mm 0; font-size: 11pt; }
.contents h1 { margin-top: 0; }
""",
    # Report 2: two-column pages, left-bar callouts, label not bold but coloured and larger.
    "leftbar": """
body { font: 9.5pt/1.4 'DejaVu Serif', serif; }
.cols { columns: 2; column-gap: 9mm; column-fill: auto; }
h1 { column-span: all; font: normal 16pt 'DejaVu Sans', sans-serif; color: #5a2a82;
     border-bottom: 1.5pt solid #5a2a82; padding-bottom: 3pt; margin: 14pt 0 8pt; }
h2 { font: bold 10.5pt 'DejaVu Sans', sans-serif; color: #5a2a82; margin: 8pt 0 4pt; }
.box { border-left: 6px solid #5a2a82; padding: 2pt 0 2pt 9pt; margin: 9pt 0 11pt; }
.box .label { font: normal 14pt 'DejaVu Sans', sans-serif; color: #8a3fb8; margin-bottom: 3pt; }
.box .title { font: bold 10pt 'DejaVu Sans', sans-serif; margin-bottom: 2pt; }
.box .force { font-style: italic; color: #444; margin-bottom: 5pt; }
.box.decoy { border-left-color: #5a2a82; }
.cover { font-family: 'DejaVu Sans', sans-serif; padding-top: 45mm; }
.cover .kicker { color: #5a2a82; font-size: 13pt; }
.cover .l1 { font-size: 26pt; font-weight: bold; margin: 8pt 0; color: #2b1740; }
.cover .l2 { font-size: 14pt; color: #333; }
.cover .meta { margin-top: 40mm; font-size: 11pt; }
""",
    # Report 3: heading-strip boxes, plain 1px boxes, a split box, @page margin text.
    "strip": """
@page { @top-right { content: "Tackling hate crime"; font: 8pt 'DejaVu Sans'; color: #666; }
        @bottom-center { content: "Page " counter(page) " of " counter(pages);
                         font: 8.5pt 'DejaVu Sans'; color: #333; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font: 10pt/1.5 'DejaVu Sans', sans-serif; }
h1 { font-size: 15pt; color: #0b5c4b; margin: 16pt 0 7pt; }
h2 { font-size: 11pt; color: #0b5c4b; margin: 10pt 0 5pt; }
.box { border: 1.5pt solid #0b5c4b; margin: 12pt 0; }
.box .head { background: #0b5c4b; color: #fff; padding: 5pt 10pt; font-weight: bold;
             font-size: 10.5pt; }
.box .inner { padding: 8pt 10pt 9pt; }
.box .title { font-weight: bold; margin-bottom: 2pt; }
.box .force { color: #0b5c4b; margin-bottom: 6pt; }
.box.plain { border: 1px solid #333; padding: 8pt 10pt; }
.box.plain .label { font-weight: bold; margin-bottom: 4pt; }
.cover { padding-top: 30mm; }
.cover .stripe { height: 8mm; background: #0b5c4b; margin-bottom: 16mm; }
.cover .l1 { font-size: 28pt; font-weight: bold; color: #0b5c4b; }
.cover .l2 { font-size: 14pt; margin-top: 8pt; }
.cover .meta { margin-top: 30mm; font-size: 10.5pt; line-height: 1.8; }
""",
}


def _esc(text):
    return escape(text, quote=False)


def _body_html(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{_esc(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in item) + "</ul>")
    return "\n".join(out)


def _box_html(box, style):
    kind = box["kind"]
    classes = ["box"] + ([] if kind in PRACTICE_KINDS else ["decoy"])
    variant = box.get("variant", "")
    classes += variant.split()
    title = box.get("title", "")
    force = box.get("force_line")
    force_html = f'<div class="force">{_esc(force)}</div>' if force else ""
    title_html = f'<div class="title">{_esc(title)}</div>' if title else ""
    if box.get("force_pos") == "above":
        meta = force_html + title_html
    else:
        meta = title_html + force_html
    body = _body_html(box["body"])
    if style == "strip" and "plain" not in classes:
        return (f'<div class="{" ".join(classes)}"><div class="head">{_esc(box["label"])}</div>'
                f'<div class="inner">{meta}{body}</div></div>')
    return (f'<div class="{" ".join(classes)}"><div class="label">{_esc(box["label"])}</div>'
            f"{meta}{body}</div>")


def _cover_html(report):
    c = report["cover"]
    style = report["style"]
    meta = "".join(f"<div>{_esc(x)}</div>" for x in (c.get("date"), c.get("fieldwork")) if x)
    if style == "tinted":
        lines = "".join(f'<div class="l{i + 1}">{_esc(t)}</div>'
                        for i, t in enumerate(c["lines"]))
        return (f'<div class="cover"><div class="band"><div class="kicker">'
                f'{_esc(c["kicker"])}</div>{lines}</div><div class="meta">{meta}</div></div>')
    head = '<div class="stripe"></div>' if style == "strip" else ""
    kicker = f'<div class="kicker">{_esc(c["kicker"])}</div>' if c.get("kicker") else ""
    lines = "".join(f'<div class="l{i + 1}">{_esc(t)}</div>' for i, t in enumerate(c["lines"]))
    return f'<div class="cover">{head}{kicker}{lines}<div class="meta">{meta}</div></div>'


def contents_entries(report):
    """(key, text, level) for the contents page: sections and practice boxes."""
    entries = []
    for block in report["blocks"]:
        if block[0] == "h1":
            entries.append((("h1", block[1]), block[1], 0))
        elif block[0] == "box" and block[1]["kind"] in PRACTICE_KINDS and block[1].get("title"):
            box = block[1]
            label = box["label"].rstrip(":").strip()
            label = label[0].upper() + label[1:].lower()
            entries.append((("box", box["title"]), f"{label}: {box['title']}", 1))
    return entries


def _contents_html(report, page_map):
    rows = []
    for key, text, level in contents_entries(report):
        page = (page_map or {}).get(key, "")
        cls = ' class="sub"' if level else ""
        rows.append(f'<tr{cls}><td class="t">{_esc(text)}</td><td class="pg">{page}</td></tr>')
    return f'<div class="contents"><h1>Contents</h1><table>{"".join(rows)}</table></div>'


def render_html(report, page_map=None):
    style = report["style"]
    parts = [_cover_html(report)]
    if report.get("contents"):
        parts.append(_contents_html(report, page_map))
    body = []
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            body.append(f"<h1>{_esc(block[1])}</h1>")
        elif kind == "h2":
            body.append(f"<h2>{_esc(block[1])}</h2>")
        elif kind == "p":
            body.append(f"<p>{_esc(block[1])}</p>")
        elif kind == "ul":
            body.append(_body_html([block[1]]))
        elif kind == "break":
            body.append('<div style="break-after: page; page-break-after: always"></div>')
        elif kind == "box":
            body.append(_box_html(block[1], style))
    main = "\n".join(body)
    if style == "leftbar":
        main = f'<div class="cols">{main}</div>'
    if style == "tinted":
        # running header/footer: Chromium repeats a table's thead/tfoot on every page
        cover = parts.pop(0)
        main = (f'{cover}<table class="frame"><thead><tr><td><div class="runhead">'
                f'{_esc(report["header"])}</div></td></tr></thead><tfoot><tr><td>'
                f'<div class="runfoot">{_esc(report["footer"])}</div></td></tr></tfoot>'
                f'<tbody><tr><td>' + "\n".join(parts) + f"\n{main}</td></tr></tbody></table>")
        parts = []
    title = _esc(report.get("meta_title", ""))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{title}</title>'
            f"<style>{BASE_CSS}{STYLE_CSS[style]}</style></head><body>"
            + "\n".join(parts) + f"\n{main}</body></html>")
