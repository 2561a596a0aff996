"""HTML and CSS for held-out set 12, printed by headless Chromium or WeasyPrint.

Box styles new in this set (``box["style"]``):
  * "rule"    - no fill, no side rules: a thick top rule and a bold kind heading
  * "tab"     - the kind heading is a coloured tab sitting above a bordered box
  * "icon"    - a glyph (a star in a circle) before the kind heading, pale fill
  * "label"   - the kind heading and title in a left-hand label column, text on the right
  * "sidebar" - a shaded panel beside running text (("sidebar", box, paragraphs) block)
  * "col"     - a column-wide box in a two-column flow, may break into the next column
("pair", box1, box2) sets two boxes side by side in one row. Body items: a string (a
paragraph), a list (bullets), ("ol", [items]) (a numbered list, numbers as text) or
("table", [[cells], ...]) (a table of figures, first row the header).
"""

from html import escape

CSS = """
@page { size: A4; margin: 24mm 18mm 20mm 18mm;
  @top-left { content: "%(header)s"; font: 8pt %(font)s; color: #555;
              vertical-align: bottom; padding-bottom: 2.5mm; }
  @bottom-right { content: counter(page); font: 8.5pt %(font)s; color: #333; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
body { font: %(size)s/1.45 %(font)s; color: #1a1a1a; margin: 0; }
.cover { break-after: page; padding-top: 45mm; }
.cover .kicker { font-size: 10pt; color: %(ink)s; margin-bottom: 9mm; font-weight: bold; }
.cover .l1 { font-size: 26pt; font-weight: bold; color: %(ink)s; }
.cover .l2, .cover .l3 { font-size: 14pt; margin-top: 4mm; }
.cover .date { margin-top: 15mm; font-size: 11pt; }
h1 { font-size: 15pt; color: %(ink)s; margin: 13pt 0 6pt; break-after: avoid; }
h2 { font-size: 11.5pt; color: %(ink)s; margin: 9pt 0 4pt; break-after: avoid; }
p { margin: 0 0 7pt; }
ul { margin: 0 0 7pt; padding-left: 15pt; }
ol.num { list-style: none; margin: 0 0 7pt; padding-left: 0; }
ol.num li { padding-left: 16pt; text-indent: -16pt; margin-bottom: 3pt; }
ol.num li span { display: inline-block; width: 16pt; text-indent: 0; }
table.fig { border-collapse: collapse; margin: 2pt 0 8pt; font-size: 0.95em; }
table.fig th, table.fig td { border-bottom: 0.6pt solid #888; padding: 2pt 9pt 2pt 0;
                             text-align: left; }
table.fig th { font-weight: bold; }
.box { margin: 11pt 0 12pt; break-inside: avoid; }
.box h3 { font-size: 11pt; margin: 0 0 4pt; color: %(ink)s; }
.box h4 { font-size: 1em; margin: 0 0 3pt; }
.box .force { font-style: italic; margin-bottom: 5pt; }
.box.split { break-inside: auto; }
.rule { border-top: 4.5pt solid %(ink)s; padding-top: 6pt; }
.tabwrap { margin: 14pt 0 12pt; break-inside: avoid; }
.tabwrap .tab { display: inline-block; background: %(ink)s; color: #fff; font-weight: bold;
                font-size: 10.5pt; padding: 3pt 10pt; border-radius: 4pt 4pt 0 0; }
.tabwrap .box { margin: 0; border: 1pt solid %(ink)s; padding: 7pt 10pt 2pt; }
.icon { background: %(fill)s; padding: 8pt 10pt 2pt; border-radius: 6pt; }
.icon h3 .glyph { display: inline-block; width: 13pt; height: 13pt; border-radius: 7pt;
                  background: %(ink)s; color: #fff; text-align: center; font-size: 9pt;
                  line-height: 13pt; margin-right: 5pt; font-weight: normal; }
.label { display: flex; border-top: 1pt solid %(ink)s; border-bottom: 1pt solid %(ink)s;
         padding: 7pt 0 2pt; }
.label .lcol { width: 40mm; flex: none; padding-right: 8pt; }
.label .lcol h3 { margin-bottom: 5pt; }
.label .lcol h4 { font-size: 0.95em; color: #333; }
.label .rcol { flex: 1; border-left: 2.5pt solid %(fill2)s; padding-left: 9pt; }
.pair { display: flex; gap: 6mm; margin: 11pt 0 12pt; break-inside: avoid; }
.pair > .box { flex: 1; margin: 0; }
.sidewrap { display: flex; gap: 6mm; margin: 6pt 0 10pt; }
.sidewrap .main { flex: 1.35; }
.sidewrap .sidebar { flex: 1; margin: 0; background: %(fill)s; padding: 8pt 9pt 2pt; }
.col { background: %(fill)s; border-left: 3pt solid %(ink)s; padding: 7pt 9pt 2pt; }
.cols { column-count: 2; column-gap: 7mm; column-fill: auto; }
.contents p { margin-bottom: 3pt; }
.contents .pg { float: right; }
dl.glossary dt { font-weight: bold; margin-top: 5pt; }
dl.glossary dd { margin: 0 0 4pt 0; }
.summary p { padding-left: 9mm; text-indent: -9mm; margin-bottom: 4pt; }
"""


def _items(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{escape(item)}</p>")
        elif isinstance(item, list):
            out.append("<ul>" + "".join(f"<li>{escape(b)}</li>" for b in item) + "</ul>")
        elif item[0] == "ol":
            out.append('<ol class="num">' + "".join(
                f"<li><span>{i}.</span>{escape(t)}</li>" for i, t in enumerate(item[1], 1))
                + "</ol>")
        elif item[0] == "table":
            head, *rows = item[1]
            cells = "".join(f"<th>{escape(c)}</th>" for c in head)
            html = [f"<tr>{cells}</tr>"]
            for row in rows:
                html.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
            out.append('<table class="fig">' + "".join(html) + "</table>")
        else:
            raise ValueError(item)
    return "".join(out)


def _heads(box):
    out = []
    if box.get("title"):
        out.append(f"<h4>{escape(box['title'])}</h4>")
    if box.get("force_line"):
        out.append(f'<div class="force">{escape(box["force_line"])}</div>')
    return "".join(out)


def _box(box):
    style = box["style"]
    split = " split" if box.get("variant") == "split" else ""
    body = _items(box["body"])
    if style == "tab":
        return (f'<div class="tabwrap"><div class="tab">{escape(box["label"])}</div>'
                f'<div class="box">{_heads(box)}{body}</div></div>')
    if style == "label":
        return (f'<div class="box label"><div class="lcol"><h3>{escape(box["label"])}</h3>'
                f'{_heads(box)}</div><div class="rcol">{body}</div></div>')
    glyph = '<span class="glyph">\u2605</span>' if style == "icon" else ""
    return (f'<div class="box {style}{split}"><h3>{glyph}{escape(box["label"])}</h3>'
            f"{_heads(box)}{body}</div>")


def _block(block):
    tag = block[0]
    if tag in ("h1", "h2", "p"):
        return f"<{tag}>{escape(block[1])}</{tag}>"
    if tag == "break":
        return '<div style="break-after: page"></div>'
    if tag == "space":
        return f'<div style="height: {block[1]}pt"></div>'
    if tag == "cols":
        return '<div class="cols">' if block[1] else "</div>"
    if tag == "box":
        return _box(block[1])
    if tag == "pair":
        return f'<div class="pair">{_box(block[1])}{_box(block[2])}</div>'
    if tag == "sidebar":
        side = dict(block[1], style="sidebar")
        main = "".join(f"<p>{escape(t)}</p>" for t in block[2])
        return (f'<div class="sidewrap"><div class="main">{main}</div>'
                f"{_box(side)}</div>")
    if tag == "contents":
        rows = "".join(f'<p>{escape(t)}<span class="pg">{p}</span></p>' for t, p in block[1])
        return f'<div class="contents"><h1>Contents</h1>{rows}</div>'
    if tag == "glossary":
        rows = "".join(f"<dt>{escape(t)}</dt><dd>{escape(d)}</dd>" for t, d in block[2])
        return f'<h1>{escape(block[1])}</h1><dl class="glossary">{rows}</dl>'
    if tag == "numlist":
        lines = "".join(f"<p>{escape(n)}&emsp;{escape(t)}</p>" for n, t in block[2])
        return f'<div class="summary"><h1>{escape(block[1])}</h1>{lines}</div>'
    raise ValueError(tag)


def render_html(report):
    theme = report["theme"]
    cover = report["cover"]
    lines = "".join(f'<div class="l{i + 1}">{escape(t)}</div>'
                    for i, t in enumerate(cover["lines"]))
    head = (f'<div class="cover"><div class="kicker">{escape(cover["kicker"])}</div>'
            f'{lines}<div class="date">{escape(cover["date"])}</div></div>')
    css = CSS % dict(theme, header=report["header"].replace('"', '\\"'))
    css += report.get("css_extra", "")
    body = head + "".join(_block(b) for b in report["blocks"])
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{escape(report['title'])}</title><style>{css}</style>"
            f"</head><body>{body}</body></html>")
