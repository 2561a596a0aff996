"""Render a held-out REPORT (model.py block format, producer "weasyprint") to HTML + CSS for
WeasyPrint.

Styles (``REPORT["style"]``):
  grid     Liberation Sans; boxes are two-cell tables: the kind label in a narrow, filled left
           cell, title + force line + body in the right cell. ``@page`` margin boxes give a
           running header and a "Page n" footer; the contents page numbers come from
           ``target-counter()``. Variant ``continued-N``: the box is split by hand before body
           item N; the second part starts a new page under "<label> (continued)".
  mixed    DejaVu Serif text, DejaVu Sans headings, no running header or footer. Variants:
           ``float`` (half-width, floated right, text wraps round it), ``rules`` (horizontal
           rules above and below only), ``span`` (full border, ``column-span: all`` when it sits
           in a two-column section), ``col`` (tinted, breaks across columns), ``framed``; label
           options ``caps`` (letter-spaced capitals), ``icon`` (inline SVG before the label),
           ``glyph`` (a decorative character before the label). Sections named in
           ``REPORT["columns"]`` are set in two CSS columns; a section whose heading contains
           "Glossary" prints "Term – definition" paragraphs with the term in bold.
  older    Liberation Serif, numbered paragraphs (CSS counters), running header and a bare page
           number. Variants: ``outside`` (bold kind heading above a 0.75pt bordered box),
           ``double`` (3pt double border), ``dashed``.

Extra REPORT keys used here (all optional): ``header`` (running header text), ``columns``
(list of h1 texts set in two columns). The block format is model.py's, unchanged; a "Case
study" box uses kind ``case`` (a decoy, not a practice).
"""

from html import escape

from .html_render import _body_html, contents_entries
from .model import PRACTICE_KINDS

BASE_CSS = """
@page { size: A4; margin: 22mm 20mm 22mm 20mm; }
body { margin: 0; color: #1b1b1b; }
p { margin: 0 0 8pt 0; }
ul { margin: 0 0 8pt 0; padding-left: 18pt; }
li { margin-bottom: 3pt; }
h1, h2 { break-after: avoid; }
.cover { break-after: page; }
.contents { break-after: page; }
.box, .outwrap { break-inside: avoid; }
.box .label, .box .title, .box .force { break-after: avoid; }
.box p:last-child, .box ul:last-child { margin-bottom: 0; }
.pagebreak { break-after: page; }
"""

STYLE_CSS = {
    "grid": """
@page { margin: 26mm 20mm 22mm 20mm;
        @top-left { content: "%(header)s"; font: 8pt 'Liberation Sans', sans-serif;
                    color: #555; vertical-align: bottom; padding-bottom: 5pt; }
        @bottom-right { content: "Page " counter(page); font: 8.5pt 'Liberation Sans', sans-serif;
                        color: #333; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; }
h1 { font-size: 16pt; color: #1d4f7a; margin: 16pt 0 7pt; }
h2 { font-size: 11.5pt; color: #1d4f7a; margin: 10pt 0 5pt; }
table.box { width: 100%; border-collapse: collapse; border: 1pt solid #1d4f7a; margin: 12pt 0; }
table.box td { vertical-align: top; padding: 8pt 10pt 9pt; }
table.box td.lab { width: 27mm; background: #1d4f7a; color: #fff; font-weight: bold;
                   font-size: 10.5pt; line-height: 1.3; }
table.box td.main { background: #f4f7fa; }
table.box .title { font-weight: bold; font-size: 10.5pt; margin-bottom: 1pt; }
table.box .force { color: #1d4f7a; margin-bottom: 6pt; }
table.box.decoy td.lab { background: #5b6770; }
table.box.decoy { border-color: #5b6770; }
.cover { padding-top: 0; }
.cover .band { background: #1d4f7a; color: #fff; padding: 30mm 12mm 16mm; }
.cover .kicker { font-size: 12pt; }
.cover .l1 { font-size: 26pt; font-weight: bold; margin-top: 10pt; line-height: 1.2; }
.cover .meta { margin: 20mm 12mm 0; font-size: 11pt; line-height: 1.8; }
.contents h1 { margin-top: 0; }
.contents table { width: 100%; border-collapse: collapse; }
.contents td { padding: 3pt 0; }
.contents tr.sub td { padding-left: 14pt; font-size: 9.5pt; }
.contents a { color: inherit; text-decoration: none; }
.contents a::after { content: leader('.') target-counter(attr(href), page); }
""",
    "mixed": """
body { font: 10pt/1.45 'DejaVu Serif', serif; }
h1 { font: bold 15pt 'DejaVu Sans', sans-serif; color: #1f4e5f; margin: 14pt 0 7pt; }
h2 { font: bold 11pt 'DejaVu Sans', sans-serif; color: #1f4e5f; margin: 10pt 0 5pt; }
.cols { columns: 2; column-gap: 9mm; }
.cols h1 { column-span: all; }
.box { margin: 11pt 0; }
.box .label { font: bold 10.5pt 'DejaVu Sans', sans-serif; color: #1f4e5f; margin-bottom: 3pt; }
.box .title { font: bold 10pt 'DejaVu Sans', sans-serif; margin-bottom: 1pt; }
.box .force { font-style: italic; color: #444; margin-bottom: 5pt; }
.box.float { float: right; width: 45%; margin: 2pt 0 8pt 14pt; background: #f3eee3;
             border-top: 3pt solid #8a5a00; padding: 8pt 10pt 9pt; font-size: 9pt;
             line-height: 1.4; }
.box.float .label { color: #8a5a00; font-size: 9pt; }
.box .label.caps { letter-spacing: 0.06em; }
.box.rules { border-top: 1pt solid #1b1b1b; border-bottom: 1pt solid #1b1b1b;
             padding: 8pt 0 9pt; }
.box.span, .box.framed { border: 1pt solid #1f4e5f; padding: 9pt 12pt 10pt; }
.cols .box.span { column-span: all; margin: 12pt 0; }
.box.col { background: #e9f0f2; border-top: 2.5pt solid #1f4e5f; padding: 7pt 9pt 8pt;
           break-inside: auto; }
.box .label svg { vertical-align: -1.5pt; margin-right: 4pt; }
.box .label .glyph { color: #b5651d; margin-right: 4pt; }
.gloss b { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
.cover { font-family: 'DejaVu Sans', sans-serif; padding-top: 40mm; }
.cover .kicker { color: #1f4e5f; font-size: 12pt; }
.cover .l1 { font-size: 30pt; font-weight: bold; margin: 10pt 0 6pt; color: #1f4e5f; }
.cover .l2 { font-size: 14pt; color: #333; }
.cover .meta { margin-top: 50mm; font-size: 10.5pt; line-height: 1.8; }
""",
    "older": """
@page { margin: 25mm 25mm 25mm 25mm;
        @top-center { content: "%(header)s"; font: italic 8.5pt 'Liberation Serif', serif;
                      color: #444; }
        @bottom-center { content: counter(page); font: 9pt 'Liberation Serif', serif; } }
@page :first { @top-center { content: none; } @bottom-center { content: none; } }
body { font: 11pt/1.4 'Liberation Serif', serif; counter-reset: sec; }
h1 { font-size: 15pt; margin: 16pt 0 8pt; counter-increment: sec; counter-reset: para; }
h2 { font-size: 12pt; font-style: italic; margin: 10pt 0 5pt; }
.main > p { counter-increment: para; }
.main > p::before { content: counter(sec) "." counter(para); display: inline-block;
                    width: 11mm; margin-left: -11mm; }
.main > p, .main > ul { margin-left: 11mm; }
.main > .box, .main > .outwrap { margin-left: 11mm; }
.box { padding: 8pt 11pt 9pt; margin: 12pt 0; }
.box .label { font-weight: bold; font-size: 11.5pt; margin-bottom: 4pt; }
.box .title { font-weight: bold; font-style: italic; }
.box .force { margin-bottom: 6pt; }
.outwrap { margin: 14pt 0 12pt; }
.outwrap .kindhead { font-weight: bold; font-size: 11.5pt; margin-bottom: 3pt;
                     break-after: avoid; }
.box.outside { border: 0.75pt solid #000; margin: 0; }
.box.double { border: 3pt double #000; }
.box.dashed { border: 1pt dashed #333; }
.cover { padding-top: 20mm; text-align: center; }
.cover .kicker { font-size: 12pt; font-variant: small-caps; }
.cover .l1 { font-size: 30pt; font-weight: bold; margin: 50mm 0 8pt; }
.cover .l2 { font-size: 15pt; font-style: italic; }
.cover .meta { margin-top: 60mm; font-size: 12pt; line-height: 1.7; }
""",
}

ICON_SVG = ('<svg width="11" height="11" viewBox="0 0 12 12"><circle cx="6" cy="6" r="5.5" '
            'fill="#1f4e5f"/><path d="M3.2 6.3 L5.2 8.3 L8.9 4" stroke="#fff" stroke-width="1.6" '
            'fill="none"/></svg>')


def _esc(text):
    return escape(text, quote=False)


def _css_string(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')




def _meta_html(box):
    title = box.get("title", "")
    force = box.get("force_line")
    force_html = f'<div class="force">{_esc(force)}</div>' if force else ""
    title_html = f'<div class="title">{_esc(title)}</div>' if title else ""
    return force_html + title_html if box.get("force_pos") == "above" else title_html + force_html


def _variants(box):
    return box.get("variant", "").split()


def _grid_table(label, meta, body, classes, anchor):
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<table class="{" ".join(classes)}"{ident}><tr><td class="lab"><div class="label">'
            f'{_esc(label)}</div></td><td class="main">{meta}{body}</td></tr></table>')


def _box_grid(box, anchor):
    classes = ["box"] + ([] if box["kind"] in PRACTICE_KINDS else ["decoy"])
    split = [v for v in _variants(box) if v.startswith("continued-")]
    if not split:
        return _grid_table(box["label"], _meta_html(box), _body_html(box["body"]), classes,
                           anchor)
    n = int(split[0].split("-")[1])
    first = _grid_table(box["label"], _meta_html(box), _body_html(box["body"][:n]),
                        classes + ["part1"], anchor)
    second = _grid_table(f'{box["label"]} (continued)', "", _body_html(box["body"][n:]),
                         classes + ["part2"], None)
    return f'{first}\n<div class="pagebreak"></div>\n{second}'


def _box_mixed(box, anchor):
    variants = _variants(box)
    classes = ["box"] + [v for v in variants if v not in ("caps", "icon", "glyph")]
    if box["kind"] not in PRACTICE_KINDS:
        classes.append("decoy")
    label = _esc(box["label"])
    if "icon" in variants:
        label = ICON_SVG + label
    if "glyph" in variants:
        label = '<span class="glyph">\u25c6</span>' + label
    lab_cls = "label caps" if "caps" in variants else "label"
    ident = f' id="{anchor}"' if anchor else ""
    return (f'<div class="{" ".join(classes)}"{ident}><div class="{lab_cls}">{label}</div>'
            f'{_meta_html(box)}{_body_html(box["body"])}</div>')


def _box_older(box, anchor):
    variants = _variants(box)
    ident = f' id="{anchor}"' if anchor else ""
    meta, body = _meta_html(box), _body_html(box["body"])
    if "outside" in variants:
        return (f'<div class="outwrap"{ident}><div class="kindhead">{_esc(box["label"])}</div>'
                f'<div class="box outside">{meta}{body}</div></div>')
    classes = ["box"] + variants
    return (f'<div class="{" ".join(classes)}"{ident}><div class="label">{_esc(box["label"])}'
            f"</div>{meta}{body}</div>")


BOX_RENDERERS = {"grid": _box_grid, "mixed": _box_mixed, "older": _box_older}


def _cover_html(report):
    c = report["cover"]
    meta = "".join(f"<div>{_esc(x)}</div>" for x in (c.get("date"), c.get("fieldwork")) if x)
    kicker = f'<div class="kicker">{_esc(c["kicker"])}</div>' if c.get("kicker") else ""
    lines = "".join(f'<div class="l{i + 1}">{_esc(t)}</div>' for i, t in enumerate(c["lines"]))
    if report["style"] == "grid":
        return (f'<div class="cover"><div class="band">{kicker}{lines}</div>'
                f'<div class="meta">{meta}</div></div>')
    return f'<div class="cover">{kicker}{lines}<div class="meta">{meta}</div></div>'


def _contents_html(report, anchors):
    rows = []
    for key, text, level in contents_entries(report):
        cls = ' class="sub"' if level else ""
        rows.append(f'<tr{cls}><td><a href="#{anchors[key]}">{_esc(text)}</a></td></tr>')
    return f'<div class="contents"><h1>Contents</h1><table>{"".join(rows)}</table></div>'


def _gloss_html(text):
    term, sep, rest = text.partition(" \u2013 ")
    if not sep:
        return f'<p class="gloss">{_esc(text)}</p>'
    return f'<p class="gloss"><b>{_esc(term)}</b> \u2013 {_esc(rest)}</p>'


def render_weasy(report):
    style = report["style"]
    render_box = BOX_RENDERERS[style]
    columns = set(report.get("columns", []))
    anchors = {}
    body, in_cols, glossary = [], False, False
    for i, block in enumerate(report["blocks"]):
        kind = block[0]
        if kind in ("h1", "break") and in_cols:
            body.append("</div>")
            in_cols = False
        if kind == "h1":
            anchors[("h1", block[1])] = f"s{i}"
            glossary = "Glossary" in block[1]
            if block[1] in columns:
                body.append('<div class="cols">')
                in_cols = True
            body.append(f'<h1 id="s{i}">{_esc(block[1])}</h1>')
        elif kind == "h2":
            body.append(f"<h2>{_esc(block[1])}</h2>")
        elif kind == "p":
            body.append(_gloss_html(block[1]) if glossary else f"<p>{_esc(block[1])}</p>")
        elif kind == "ul":
            body.append(_body_html([block[1]]))
        elif kind == "break":
            body.append('<div class="pagebreak"></div>')
        elif kind == "box":
            box = block[1]
            anchor = None
            if box["kind"] in PRACTICE_KINDS and box.get("title"):
                anchor = f"b{i}"
                anchors[("box", box["title"])] = anchor
            body.append(render_box(box, anchor))
    if in_cols:
        body.append("</div>")
    parts = [_cover_html(report)]
    if report.get("contents"):
        parts.append(_contents_html(report, anchors))
    parts.append('<div class="main">' + "\n".join(body) + "</div>")
    css = BASE_CSS + STYLE_CSS[style].replace("%(header)s",
                                              _css_string(report.get("header", "")))
    meta_title = report.get("meta_title", "")
    title = f"<title>{_esc(meta_title)}</title>" if meta_title else ""
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">{title}'
            f"<style>{css}</style></head><body>\n" + "\n".join(parts) + "\n</body></html>")


def write_pdf(report, pdf_path):
    from weasyprint import HTML
    HTML(string=render_weasy(report)).write_pdf(str(pdf_path))
    return pdf_path
