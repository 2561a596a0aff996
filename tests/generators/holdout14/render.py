"""HTML for set 14's PDFs (WeasyPrint 70 and headless Chromium) from pdf_content blocks."""

import base64
import io
from html import escape

KIND_LABEL = {"innovative": "Innovative practice", "promising": "Promising practice",
              "notable": "Notable practice", "good": "Good practice"}

THEMES = {
    "durham": {"font": "'Liberation Serif', serif", "size": "10.5pt", "ink": "#1f3f6e",
               "fill": "#eef3fa"},
    "stalking": {"font": "'DejaVu Sans', sans-serif", "size": "9pt", "ink": "#5c1f5a",
                 "fill": "#f7eef6"},
    "firearms": {"font": "'Liberation Sans', sans-serif", "size": "9.5pt", "ink": "#2e4d2a",
                 "fill": "#eff5ed"},
}

CSS = """
@page { size: A4; margin: 24mm 20mm 20mm 20mm;
  @top-left { content: "%(header)s"; font: 8pt %(font)s; color: #555;
              vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-right { content: counter(page); font: 8.5pt %(font)s; color: #333; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
body { font: %(size)s/1.45 %(font)s; color: #161616; margin: 0; }
.cover { break-after: page; padding-top: 45mm; }
.cover .l0 { font-size: 26pt; font-weight: bold; color: %(ink)s; }
.cover .l1 { font-size: 14pt; margin-top: 4mm; }
.cover .date { margin-top: 18mm; font-size: 11pt; }
h1 { font-size: 15pt; color: %(ink)s; margin: 14pt 0 6pt; break-after: avoid; }
p { margin: 0 0 7pt; }
.contents p { margin: 0 0 5pt; }
.brk { break-before: page; }
section.box { background: %(fill)s; border-left: 1pt solid %(ink)s;
  border-right: 1pt solid %(ink)s; border-bottom: 1pt solid %(ink)s;
  border-top: 3pt solid %(ink)s; padding: 7pt 10pt 3pt; margin: 11pt 0 12pt;
  break-inside: avoid; }
section.box h3 { font-size: 11.5pt; color: %(ink)s; margin: 0 0 4pt; }
section.box h4 { font-size: 1em; margin: 0 0 4pt; }
section.box .force { font-weight: bold; margin-bottom: 4pt; }
section.box .ititle { font-style: italic; font-size: 1.05em; margin-bottom: 4pt; }
section.icon .head { overflow: hidden; margin-bottom: 3pt; }
section.icon .head img { float: left; width: 20pt; height: 20pt; margin-right: 6pt; }
section.icon .head h3 { line-height: 20pt; margin: 0; }
section.runin .kind { color: %(ink)s; letter-spacing: 0.4pt; }
section.bands { padding: 0; border-top-width: 1pt; }
section.bands .band { background: %(ink)s; color: #fff; font-weight: bold;
  font-size: 11pt; padding: 4pt 10pt; }
section.bands .band.bottom { padding: 0; height: 9pt; }
section.bands .inner { padding: 7pt 10pt 3pt; }
section.box.just { width: 112mm; }
.just p { text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
section.margin { background: none; border: none; padding: 0; overflow: hidden; }
section.margin .note { float: left; width: 27mm; color: %(ink)s; font-weight: bold;
  font-size: 8.5pt; border-top: 2pt solid %(ink)s; padding-top: 2pt; }
section.margin .text { margin-left: 32mm; }
ol li { margin-bottom: 5pt; }
ol li p { margin: 0 0 4pt; }
table.sum { border-collapse: collapse; width: 100%%; margin: 10pt 0 12pt; font-size: 0.95em; }
table.sum th { background: %(ink)s; color: #fff; text-align: left; padding: 4pt 6pt; }
table.sum th.cap { font-size: 11pt; }
table.sum td { border: 0.6pt solid %(ink)s; padding: 4pt 6pt; vertical-align: top;
  background: %(fill)s; }
table.sum td p { margin: 0; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; }
section.box.split { break-inside: auto; }
table.annex { border-collapse: collapse; width: 100%%; }
table.annex td, table.annex th { border-bottom: 0.5pt solid #999; padding: 3pt 5pt;
  text-align: left; }
"""


def icon_uri():
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (64, 64), "white")
    d = ImageDraw.Draw(img)
    d.ellipse((14, 6, 50, 42), fill="#f5c518", outline="#333333", width=3)
    d.rectangle((24, 42, 40, 54), fill="#888888", outline="#333333", width=2)
    d.line((26, 58, 38, 58), fill="#333333", width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _label(item):
    return item.get("decoy") or KIND_LABEL[item["kind"]]


def _paras(body):
    return "".join(f"<p>{escape(t)}</p>" for t in body)


def _force(item, report):
    if report["type"] == "thematic" and item.get("forces"):
        return f'<p class="force">{escape(" and ".join(item["forces"]))}</p>'
    return ""


def box(item, style, just, report):
    lab, title = escape(_label(item)), escape(item["title"])
    cls = f"box {style}" + (" just" if just else "") + (" split" if item.get("split") else "")
    force = _force(item, report)
    h4 = f"<h4>{title}</h4>" if title else ""
    if style == "icon":
        inner = (f'<div class="head"><img src="{icon_uri()}" alt=""><h3>{lab}</h3></div>'
                 f"{h4}{force}{_paras(item['body'])}")
    elif style == "runin":
        first, rest = item["body"][0], item["body"][1:]
        inner = (f'<p><b class="kind">{lab.upper()}:</b> {escape(first)}</p>'
                 f"{force}{_paras(rest)}")
    elif style == "bands":
        inner = (f'<div class="band">{lab}</div><div class="inner">{h4}{force}'
                 f"{_paras(item['body'])}</div><div class=\"band bottom\"></div>")
    elif style == "italic":
        it = f'<p class="ititle">{title}</p>' if title else ""
        inner = f"<h3>{lab}</h3>{it}{force}{_paras(item['body'])}"
    elif style == "margin":
        t = f"<p><b>{title}</b></p>" if title else ""
        inner = (f'<div class="note">{lab}</div><div class="text">{t}{force}'
                 f"{_paras(item['body'])}</div>")
    else:
        inner = f"<h3>{lab}</h3>{h4}{force}{_paras(item['body'])}"
    return f'<section class="{cls}">{inner}</section>'


def _li(entry):
    if isinstance(entry, str):
        return f"<li>{escape(entry)}</li>"
    first, rest = entry["body"][0], entry["body"][1:]
    return (f"<li><p><b>{escape(_label(entry))}:</b> {escape(first)}</p>"
            f"{_paras(rest)}</li>")


def table(heading, rows):
    head = (f'<tr><th class="cap" colspan="4">{escape(heading)}</th></tr>'
            "<tr><th>Force</th><th>Practice</th><th>What they did</th>"
            "<th>Why it matters</th></tr>")
    if rows and rows[0].get("decoy"):
        head = head.replace("Practice</th>", "Finding</th>").replace(
            "What they did", "What we found").replace("Why it matters", "Forces")
    body = ""
    for r in rows:
        force = r.get("force") or ", ".join(r.get("forces", []))
        cells = [escape(force), escape(r["title"])]
        if r.get("decoy"):
            cells += [escape(r["body"][0]), escape(force)]
        else:
            cells += [escape(r["body"][0]), escape(r["body"][1])]
        body += "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in cells) + "</tr>"
    return f'<table class="sum">{head}{body}</table>'


def annex(rows):
    out = ('<h1 class="brk">Annex A: Practice in this report</h1>'
           "<p>The table lists each example of practice in this report and the page where "
           "it is described.</p><table class=\"annex\"><tr><th>Practice</th>"
           "<th>Section</th><th>Page</th></tr>")
    for text, section, page in rows:
        out += f"<tr><td>{escape(text)}</td><td>{escape(section)}</td><td>{page}</td></tr>"
    return out + "</table>"


def _blocks(report, blocks, annex_rows):
    parts, brk = [], False
    for b in blocks:
        kind = b[0]
        if kind == "break":
            brk = True
            continue
        cls = ' class="brk"' if brk else ""
        brk = False
        if kind == "h1":
            parts.append(f"<h1{cls}>{escape(b[1])}</h1>")
        elif kind == "p":
            parts.append(f"<p>{escape(b[1])}</p>")
        elif kind == "contents":
            parts.append('<div class="contents">' + "".join(
                f"<p>{escape(x)}</p>" for x in b[1]) + "</div>")
        elif kind == "box":
            parts.append(box(b[1], b[2], "just" in b[3:], report))
        elif kind == "ol":
            parts.append("<ol>" + "".join(_li(e) for e in b[1]) + "</ol>")
        elif kind == "table":
            parts.append(table(b[1], b[2]))
        elif kind == "annex":
            parts.append(annex(annex_rows))
        elif kind == "grid2":
            cols = "".join(f"<div>{''.join(_blocks(report, c, annex_rows))}</div>"
                           for c in b[1:])
            parts.append(f'<div class="grid2">{cols}</div>')
    return parts


def html(report, annex_rows):
    t = THEMES[report["theme"]]
    css = CSS % {**t, "header": report["header"]}
    cov = report["cover"]
    parts = [f'<div class="cover"><div class="l0">{escape(cov[0])}</div>']
    parts += [f'<div class="l1">{escape(c)}</div>' for c in cov[1:]]
    parts.append(f'<div class="date">Published {escape(report["date"])}</div></div>')
    parts += _blocks(report, report["blocks"], annex_rows)
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{escape(report['title'])}</title><style>{css}</style></head>"
            f"<body>{''.join(parts)}</body></html>")
