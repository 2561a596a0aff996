"""Render a seventh-set REPORT (style ``peel1819``) to HTML + CSS for headless Chromium, made
to look like an HMICFRS PEEL effectiveness report of 2018/19.

A4, Liberation Sans 10.5pt. Footer from CSS ``@page`` margin boxes (Chromium 131+ prints
them): "HMICFRS | PEEL: Police effectiveness 2018/19 | <force>" bottom left and the page
number bottom right, none on the cover (``@page :first``). Question headings in dark green;
a grade line ("Good") under each question. Boxes: "Notable practice" on a light green fill
with a 2pt green rule along the top; "Area(s) for improvement" and "Cause of concern" on a
light grey fill with a grey rule. Extra blocks: ``("grade", text)``, ``("break",)``,
``("table", {"caption", "head", "rows"})``.
"""

from .model import PRACTICE_KINDS

STYLES = {
    "peel1819": {"accent": "#00573F", "fill": "#E6F0EC", "decoy": "#4D4D4D",
                 "decoy_fill": "#EFEFEF"},
}


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _css(report, st):
    footer = _esc(report["footer"]).replace('"', '\\"')
    return f"""
@page {{ size: A4; margin: 22mm 20mm 24mm 20mm;
  @bottom-left {{ content: "{footer}"; font: 8pt 'Liberation Sans'; color: #333; }}
  @bottom-right {{ content: counter(page); font: 8pt 'Liberation Sans'; color: #333; }} }}
@page :first {{ @bottom-left {{ content: none; }} @bottom-right {{ content: none; }} }}
body {{ font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; line-height: 1.4;
  color: #1a1a1a; margin: 0; }}
.cover {{ height: 250mm; position: relative; break-after: page; }}
.cover .org {{ font-size: 26pt; font-weight: bold; color: {st['accent']}; letter-spacing: 1pt; }}
.cover .org small {{ display: block; font-size: 9pt; letter-spacing: 0; font-weight: normal;
  color: #333; margin-top: 2mm; }}
.cover h1 {{ margin-top: 60mm; font-size: 26pt; color: {st['accent']}; line-height: 1.2; }}
.cover .sub {{ font-size: 17pt; color: #222; margin-top: 4mm; }}
.cover .date {{ margin-top: 18mm; font-size: 12pt; }}
.cover .small {{ position: absolute; bottom: 0; font-size: 8pt; color: #555; }}
h1 {{ font-size: 16pt; color: {st['accent']}; margin: 0 0 8pt; line-height: 1.25; }}
h2 {{ font-size: 12pt; color: {st['accent']}; margin: 14pt 0 5pt; break-after: avoid; }}
p {{ margin: 0 0 7pt; }}
.grade {{ display: inline-block; border: 1pt solid {st['accent']}; padding: 2pt 8pt;
  font-weight: bold; color: {st['accent']}; margin-bottom: 8pt; }}
.box {{ background: {st['fill']}; border-top: 2pt solid {st['accent']}; padding: 7pt 10pt 3pt;
  margin: 9pt 0 11pt; break-inside: avoid; }}
.box.decoy {{ background: {st['decoy_fill']}; border-top-color: {st['decoy']}; }}
.box .kind {{ font-weight: bold; font-size: 11pt; color: {st['accent']}; margin-bottom: 3pt; }}
.box.decoy .kind {{ color: {st['decoy']}; }}
.box .title {{ font-weight: bold; margin-bottom: 4pt; }}
.box ul {{ margin: 0 0 6pt; padding-left: 16pt; }}
.box li {{ margin-bottom: 3pt; }}
.break {{ break-after: page; }}
table.data {{ border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 4pt 0 10pt; }}
table.data caption {{ caption-side: top; text-align: left; font-weight: bold;
  margin-bottom: 4pt; }}
table.data th {{ background: {st['accent']}; color: white; text-align: left; padding: 4pt 6pt; }}
table.data td {{ border-bottom: 0.5pt solid #999; padding: 4pt 6pt; }}
table.data td + td, table.data th + th {{ text-align: right; }}
"""


def _body(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{_esc(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in item) + "</ul>")
    return "".join(out)


def _box(box):
    cls = "box" if box["kind"] in PRACTICE_KINDS else "box decoy"
    parts = [f'<div class="{cls}"><div class="kind">{_esc(box["label"])}</div>']
    if box.get("title"):
        parts.append(f'<div class="title">{_esc(box["title"])}</div>')
    if box.get("force_line"):
        parts.append(f'<div class="force">{_esc(box["force_line"])}</div>')
    parts.append(_body(box["body"]) + "</div>")
    return "".join(parts)


def render_html(report):
    st = STYLES[report["style"]]
    c = report["cover"]
    parts = [f'<div class="cover"><div class="org">HMICFRS<small>Her Majesty\'s '
             f'Inspectorate of Constabulary and Fire &amp; Rescue Services</small></div>'
             f'<h1>{_esc(c["lines"][0])}</h1><div class="sub">{_esc(c["lines"][1])}</div>'
             f'<div class="date">{_esc(c["date"])}</div>'
             f'<div class="small">{_esc(c["small"])}</div></div>']
    for block in report["blocks"]:
        kind = block[0]
        if kind in ("h1", "h2"):
            parts.append(f"<{kind}>{_esc(block[1])}</{kind}>")
        elif kind == "p":
            parts.append(f"<p>{_esc(block[1])}</p>")
        elif kind == "grade":
            parts.append(f'<div class="grade">{_esc(block[1])}</div>')
        elif kind == "ul":
            parts.append(_body([block[1]]))
        elif kind == "break":
            parts.append('<div class="break"></div>')
        elif kind == "box":
            parts.append(_box(block[1]))
        elif kind == "table":
            t = block[1]
            head = "".join(f"<th>{_esc(h)}</th>" for h in t["head"])
            rows = "".join("<tr>" + "".join(f"<td>{_esc(x)}</td>" for x in r) + "</tr>"
                           for r in t["rows"])
            parts.append(f'<table class="data"><caption>{_esc(t["caption"])}</caption>'
                         f"<tr>{head}</tr>{rows}</table>")
        else:
            raise ValueError(kind)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>{_esc(report["meta_title"])}</title><style>{_css(report, st)}</style>'
            f'</head><body>{"".join(parts)}</body></html>')


def write_pdf(report, target, work):
    from build_holdout import run_chromium
    run_chromium(render_html(report), target, work)
    return target
