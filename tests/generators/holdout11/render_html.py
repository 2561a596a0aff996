"""HTML and CSS for headless Chromium (reports r2, r3) and WeasyPrint (r4), set 11.

Each report picks a ``theme`` (fonts and colours). The running header and the page number
sit in @page margin boxes, not on the cover. A box is a <section> with a coloured top rule
and a fill; ``split`` boxes may break (``break-inside: auto``), the others may not. A grid
box is a table: a heading row across both columns, then label cells on the left.
("cols", True) ... ("cols", False) wraps blocks in a two-column div.
"""

from html import escape

THEMES = {
    "custody": {"font": "'DejaVu Sans', sans-serif", "size": "9.5pt", "ink": "#6b2d0f",
                "fill": "#fbf1ea", "label": "#f0d9c8"},
    "fraud": {"font": "'Liberation Serif', serif", "size": "11pt", "ink": "#1d4d2b",
              "fill": "#edf5ee", "label": "#d3e6d6"},
    "roads": {"font": "'Liberation Sans', sans-serif", "size": "9.5pt", "ink": "#3b3b8f",
              "fill": "#eeeef9", "label": "#d9d9f0"},
}

CSS = """
@page { size: A4; margin: 25mm 19mm 21mm 19mm;
  @top-right { content: "%(header)s"; font: 8pt %(font)s; color: #555;
               vertical-align: bottom; padding-bottom: 2.5mm; }
  @bottom-left { content: "Page " counter(page); font: 8.5pt %(font)s; color: #333; } }
@page :first { @top-right { content: none; } @bottom-left { content: none; } }
body { font: %(size)s/1.45 %(font)s; color: #161616; margin: 0; }
.cover { break-after: page; padding-top: 40mm; }
.cover .kicker { font-size: 10pt; text-transform: uppercase; letter-spacing: 1pt;
                 color: %(ink)s; margin-bottom: 10mm; }
.cover .l1 { font-size: 27pt; font-weight: bold; color: %(ink)s; }
.cover .l2, .cover .l3 { font-size: 14pt; margin-top: 4mm; }
.cover .date { margin-top: 16mm; font-size: 11pt; border-top: 2pt solid %(ink)s;
               padding-top: 4mm; width: 60mm; }
h1 { font-size: 15pt; color: %(ink)s; margin: 14pt 0 6pt; break-after: avoid; }
h2 { font-size: 11.5pt; color: %(ink)s; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 7pt; }
ul { margin: 0 0 7pt; padding-left: 15pt; }
section.box { border-top: 3pt solid %(ink)s; border-bottom: 0.8pt solid %(ink)s;
              background: %(fill)s; padding: 7pt 10pt 3pt; margin: 11pt 0 12pt;
              break-inside: avoid; }
section.box.split { break-inside: auto; -webkit-box-decoration-break: slice;
                    box-decoration-break: slice; }
section.box h3 { font-size: 11.5pt; color: %(ink)s; margin: 0 0 4pt; }
section.box h4 { font-size: 1em; margin: 0 0 3pt; }
section.box .force { font-weight: bold; color: #333; margin-bottom: 5pt; }
table.grid { border-collapse: collapse; width: 100%%; margin: 11pt 0 12pt;
             break-inside: avoid; }
table.grid th { background: %(ink)s; color: #fff; text-align: left; font-size: 11.5pt;
                padding: 5pt 8pt; }
table.grid td { border: 0.7pt solid %(ink)s; padding: 5pt 8pt; vertical-align: top;
                background: %(fill)s; }
table.grid td.label { width: 38mm; font-weight: bold; background: %(label)s; }
table.grid td p:last-child { margin-bottom: 0; }
.cols { column-count: 2; column-gap: 8mm; }
.cols h1 { break-before: avoid; }
.summary p { padding-left: 10mm; text-indent: -10mm; margin-bottom: 4pt; }
"""


def _paragraphs(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{escape(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in item) + "</ul>")
    return "".join(out)


def _grid(box):
    rows = [f'<tr><th colspan="2">{escape(box["label"])}</th></tr>']
    for label, value in box["grid"]:
        cell = _paragraphs([value] if isinstance(value, str) else value)
        rows.append(f'<tr><td class="label">{escape(label)}</td><td>{cell}</td></tr>')
    return '<table class="grid">' + "".join(rows) + "</table>"


def _box(box):
    if "grid" in box:
        return _grid(box)
    split = " split" if box.get("variant") == "split" else ""
    out = [f'<section class="box{split}"><h3>{escape(box["label"])}</h3>']
    if box.get("title"):
        out.append(f"<h4>{escape(box['title'])}</h4>")
    if box.get("force_line"):
        out.append(f'<div class="force">{escape(box["force_line"])}</div>')
    return "".join(out) + _paragraphs(box["body"]) + "</section>"


def _block(block):
    tag = block[0]
    if tag in ("h1", "h2", "p"):
        return f"<{tag}>{escape(block[1])}</{tag}>"
    if tag == "ul":
        return _paragraphs([block[1]])
    if tag == "break":
        return '<div style="break-after: page"></div>'
    if tag == "space":
        return f'<div style="height: {block[1]}pt"></div>'
    if tag == "cols":
        return '<div class="cols">' if block[1] else "</div>"
    if tag == "box":
        return _box(block[1])
    if tag == "numlist":
        lines = "".join(f"<p>{escape(n)}&emsp;{escape(t)}</p>" for n, t in block[2])
        return f'<div class="summary"><h1>{escape(block[1])}</h1>{lines}</div>'
    raise ValueError(tag)


def render_html(report):
    theme = THEMES[report["theme"]]
    cover = report["cover"]
    lines = "".join(f'<div class="l{i + 1}">{escape(t)}</div>'
                    for i, t in enumerate(cover["lines"]))
    head = (f'<div class="cover"><div class="kicker">{escape(cover["kicker"])}</div>'
            f'{lines}<div class="date">{escape(cover["date"])}</div></div>')
    css = CSS % dict(theme, header=report["header"].replace('"', '\\"'))
    css += report.get("css_extra", "")
    body = head + "".join(_block(b) for b in report["blocks"])
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>{escape(report.get("meta_title", ""))}</title><style>{css}</style>'
            f"</head><body>{body}</body></html>")
