"""HTML+CSS for headless Chromium (report r2) and WeasyPrint (report r4). Running header and page number in @page
margin boxes (not on the cover). Boxes are divs with a border and fill; ``split`` boxes
have ``break-inside: auto`` (the others ``avoid``); a grid box is a two-column table with
a heading row spanning both columns and label cells on the left."""

from html import escape as _e

CSS = """
@page { size: A4; margin: 24mm 20mm 20mm 20mm;
  @top-left { content: "%(header)s"; font: 8pt 'Liberation Sans'; color: #555;
              vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #999; }
  @bottom-center { content: counter(page); font: 9pt 'Liberation Sans'; color: #333; } }
@page :first { @top-left { content: none; border: none; } @bottom-center { content: none; } }
body { font: 10pt/1.42 'Liberation Sans', sans-serif; color: #111; margin: 0; }
.cover { break-after: page; padding-top: 1px; }
.cover .band { background: #0e5e63; color: white; padding: 16mm 12mm 14mm; margin-top: 25mm; }
.cover .kicker { font-size: 10pt; margin-bottom: 14mm; }
.cover .l1 { font-size: 30pt; font-weight: bold; }
.cover .l2 { font-size: 15pt; margin-top: 4mm; }
.cover .date { margin-top: 12mm; font-size: 11pt; }
h1 { font-size: 16pt; color: #0e5e63; margin: 14pt 0 6pt; break-after: avoid; }
h2 { font-size: 12pt; color: #0e5e63; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 7pt; }
.box { border: 1pt solid #0e5e63; background: #e8f3f2; padding: 8pt 11pt 4pt;
       margin: 10pt 0 12pt; break-inside: avoid; }
.box.split { break-inside: auto; -webkit-box-decoration-break: slice; }
.box .kind { font-weight: bold; font-size: 12pt; color: #0e5e63; margin-bottom: 3pt; }
.box .title { font-weight: bold; margin-bottom: 2pt; }
.box .force { font-style: italic; margin-bottom: 5pt; }
.box ul { margin: 0 0 7pt; padding-left: 16pt; }
table.grid { border-collapse: collapse; width: 100%%; margin: 10pt 0 12pt;
             break-inside: avoid; background: #e8f3f2; }
table.grid th { background: #0e5e63; color: white; text-align: left; font-size: 12pt;
                padding: 5pt 8pt; }
table.grid td { border: 0.8pt solid #0e5e63; padding: 5pt 8pt; vertical-align: top; }
table.grid td.label { width: 40mm; font-weight: bold; background: #c9e3e1; }
table.grid td p:last-child { margin-bottom: 0; }
.annex h1 { margin-top: 18pt; }
.annex p { margin-bottom: 3pt; }
"""


def _body(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{_e(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_e(b)}</li>" for b in item) + "</ul>")
    return "".join(out)


def box_html(box):
    if "grid" in box:
        rows = [f'<tr><th colspan="2">{_e(box["label"])}</th></tr>']
        for label, value in box["grid"]:
            cell = _body([value] if isinstance(value, str) else value)
            rows.append(f'<tr><td class="label">{_e(label)}</td><td>{cell}</td></tr>')
        return '<table class="grid">' + "".join(rows) + "</table>"
    cls = "box"
    if box["kind"] in ("afi", "rec", "coc", "case"):
        cls += " decoy"
    if box.get("variant") == "split":
        cls += " split"
    parts = [f'<div class="{cls}"><div class="kind">{_e(box["label"])}</div>']
    if box.get("title"):
        parts.append(f'<div class="title">{_e(box["title"])}</div>')
    if box.get("force_line"):
        parts.append(f'<div class="force">{_e(box["force_line"])}</div>')
    parts.append(_body(box["body"]) + "</div>")
    return "".join(parts)


def render_html(report):
    c = report["cover"]
    lines = "".join(f'<div class="l{i + 1}">{_e(t)}</div>' for i, t in enumerate(c["lines"]))
    parts = [f'<div class="cover"><div class="band"><div class="kicker">{_e(c["kicker"])}'
             f'</div>{lines}</div><div class="date">{_e(c["date"])}</div></div>']
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            parts.append(f"<h1>{_e(block[1])}</h1>")
        elif kind == "h2":
            parts.append(f"<h2>{_e(block[1])}</h2>")
        elif kind == "p":
            parts.append(f"<p>{_e(block[1])}</p>")
        elif kind == "ul":
            parts.append(_body([block[1]]))
        elif kind == "break":
            parts.append('<div style="break-after: page"></div>')
        elif kind == "space":
            parts.append(f'<div style="height: {block[1]}pt"></div>')
        elif kind == "box":
            parts.append(box_html(block[1]))
        elif kind == "numlist":
            items = "".join(f"<p>{_e(n)} {_e(t)}</p>" for n, t in block[2])
            parts.append(f'<div class="annex"><h1>{_e(block[1])}</h1>{items}</div>')
        else:
            raise ValueError(kind)
    css = CSS % {"header": report["header"].replace('"', '\\"')}
    css += report.get("css_extra", "")
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>{_e(report.get("meta_title", ""))}</title><style>{css}</style></head>'
            f'<body>{"".join(parts)}</body></html>')
