"""Render a sixth-set REPORT to HTML + CSS, for WeasyPrint (style ``gwent``) or headless
Chromium (style ``sas``). Cases (see tests/holdout6/README.md):

* box key ``label2``: a second heading line printed directly under ``label`` in the same
  style (the Welsh kind name under the English one: "Promising practice" / "Arfer addawol").
  A bilingual heading on one line is just a ``label`` such as
  "Innovative practice / Arfer arloesol".
* box variant ``frameless``: no frame, fill or rule. The kind heading is set in the accent
  colour (dark teal) and a sans family over the serif body, at the body size and in normal
  weight; the
  title follows in bold, then the body. The practice ends where the next heading starts.
* box key ``image``: ``{"seed": n, "w": px, "h": px, "alt": text}``, a photo-like raster
  PNG made with Pillow (blurred noise and shapes), embedded as a data URI and floated right
  beside the body text.
* box variant ``spanall``: inside a column run, the box spans all columns
  (``column-span: all``).
* box variant ``split``: the box may break across columns and pages (``break-inside: auto``,
  sliced frame); used at the foot of a right-hand column so that it continues in the
  left-hand column of the next page.
* box variant ``colstart``: the box starts a new column (``break-before: column``).
* blocks ``("cols", n)`` / ``("cols", 0)``: start / end a run of ``n`` columns (CSS
  ``columns: n``, ``column-fill: balance``: full pages, the last one balanced); an ``h1``
  inside it spans all columns.
* block ``("colbreak",)``: what follows starts at the top of the next column.
* block ``("space", pt)``: vertical space; ``("break",)``: page break.
"""

import base64
import io
import random
from html import escape

from .chrome4_render import cover_html
from .model import PRACTICE_KINDS

BASE_CSS = """
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p { margin: 0 0 7pt 0; }
ul { margin: 0 0 7pt 0; padding-left: 16pt; }
li { margin-bottom: 2pt; }
h1, h2 { break-after: avoid; }
.cover { break-after: page; }
.box { break-inside: avoid; }
.box.split { break-inside: auto; box-decoration-break: slice; }
.box .label, .box .label2, .box .title, .box .force { break-after: avoid; }
.box p:last-child, .box ul:last-child { margin-bottom: 0; }
.box.colstart, .colbreak { break-before: column; }
.box .photo { float: right; margin: 2pt 0 4pt 10pt; }
.box .clear { clear: both; }
.cols { column-fill: balance; }
.cols h1, .cols .spanall { column-span: all; }
.cols p, .cols li { orphans: 2; widows: 2; }
"""

STYLE_CSS = {
    # h18: PEEL, Gwent Police, WeasyPrint; Liberation Serif body, Liberation Sans headings.
    "gwent": """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
        @top-left { content: "PEEL 2025: Police effectiveness, efficiency and legitimacy – "
                             "Gwent Police";
                    font: 7.5pt 'Liberation Sans'; color: #555; }
        @bottom-center { content: counter(page); font: 8pt 'Liberation Sans'; color: #333; } }
@page :first { @top-left { content: none; } @bottom-center { content: none; } }
body { font: 10pt/1.45 'Liberation Serif', serif; color: #1b1b1b; }
h1 { font: bold 16pt 'Liberation Sans'; color: #0b4f5c; margin: 14pt 0 7pt; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #0b4f5c; margin: 11pt 0 5pt; }
.box { background: #e8f3f4; border: 0.75pt solid #0b4f5c; padding: 8pt 11pt 10pt;
       margin: 11pt 0 12pt; }
.box .label { font: bold 11pt 'Liberation Sans'; color: #0b4f5c; }
.box .label2 { font: bold 11pt 'Liberation Sans'; color: #0b4f5c; }
.box .title { font-weight: bold; margin: 3pt 0 2pt; }
.box .force { color: #0b4f5c; margin-bottom: 5pt; }
.box.decoy { background: #f5efe6; border-color: #7c4a12; }
.box.decoy .label, .box.decoy .label2 { color: #7c4a12; }
.box.note { background: #f1f1f1; border-color: #666; }
.box.note .label { color: #444; }
.box.frameless { background: none; border: none; padding: 0; margin: 10pt 0 8pt; }
.box.frameless .label { font: normal 10pt/1.45 'Liberation Sans'; color: #0b6e6e;
                        margin: 0; }
.box.frameless .title { margin: 1pt 0 3pt; }
.cover .band { background: #0b4f5c; color: #fff; padding: 30mm 12mm 20mm; }
.cover .kicker { font: 11pt 'Liberation Sans'; }
.cover .l1 { font: bold 28pt/1.2 'Liberation Sans'; margin-top: 10pt; }
.cover .l2 { font: 14pt 'Liberation Sans'; margin-top: 8pt; }
.cover .meta { margin: 20mm 12mm 0; font-size: 11pt; line-height: 1.7; }
""",
    # h19: thematic, stop and search, Chromium; DejaVu Sans; two- and three-column pages.
    "sas": """
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
        @top-right { content: "Stop and search: who is watching?"; font: 7.5pt 'DejaVu Sans';
                     color: #555; }
        @bottom-left { content: "Page " counter(page); font: 7.5pt 'DejaVu Sans'; color: #333; } }
@page :first { @top-right { content: none; } @bottom-left { content: none; } }
body { font: 9pt/1.42 'DejaVu Sans', sans-serif; color: #1b1b1b; }
h1 { font-size: 15pt; color: #5b1f4a; margin: 12pt 0 7pt; }
h2 { font-size: 10.5pt; color: #5b1f4a; margin: 9pt 0 4pt; }
.cols { column-gap: 7mm; }
.cols.n3 { font-size: 8.4pt; column-gap: 6mm; }
.box { background: #f4ecf2; border-top: 2.5pt solid #5b1f4a; padding: 7pt 9pt 9pt;
       margin: 9pt 0 10pt; }
.box .label { font-weight: bold; font-size: 10pt; color: #5b1f4a; margin-bottom: 2pt; }
.box .title { font-weight: bold; margin-bottom: 2pt; }
.box .force { font-style: italic; margin-bottom: 4pt; }
.box.decoy { background: #eef0f2; border-top-color: #33475b; }
.box.decoy .label { color: #33475b; }
.box.spanall { margin: 10pt 0 12pt; }
.cover .kicker { font-size: 12pt; color: #5b1f4a; }
.cover { padding-top: 35mm; }
.cover .l1 { font-size: 30pt; font-weight: bold; color: #5b1f4a; margin-top: 30mm; }
.cover .l2 { font-size: 14pt; margin-top: 8pt; }
.cover .meta { margin-top: 60mm; font-size: 11pt; line-height: 1.7; }
""",
}


def _esc(text):
    return escape(text, quote=False)


def photo_png(seed, w, h):
    """A small photo-like PNG: a blurred sky/ground gradient with soft blobs and grain."""
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    img = Image.new("RGB", (w, h))
    px = img.load()
    for y in range(h):
        t = y / h
        for x in range(w):
            if t < 0.55:
                c = (int(150 + 60 * t), int(180 + 40 * t), int(215 - 20 * t))
            else:
                c = (int(70 + 40 * t), int(105 + 20 * t), int(60 + 10 * t))
            px[x, y] = c
    draw = ImageDraw.Draw(img)
    for _ in range(14):
        cx, cy = rnd.randrange(w), rnd.randrange(int(h * 0.35), h)
        r = rnd.randrange(8, 40)
        col = tuple(rnd.randrange(30, 140) for _ in range(3))
        draw.ellipse((cx - r, cy - r // 2, cx + r, cy + r // 2), fill=col)
    # a figure: a dark shape with a lighter head, roughly central
    draw.rectangle((w * 0.42, h * 0.42, w * 0.58, h * 0.9), fill=(25, 30, 45))
    draw.ellipse((w * 0.44, h * 0.26, w * 0.56, h * 0.42), fill=(200, 160, 130))
    img = img.filter(ImageFilter.GaussianBlur(1.6))
    grain = Image.effect_noise((w, h), 18).convert("RGB")
    img = Image.blend(img, grain, 0.06)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def _body_html(body):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{_esc(item)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_esc(b)}</li>" for b in item) + "</ul>")
    return "\n".join(out)


def box_html(box):
    variant = box.get("variant", "").split()
    classes = ["box", *variant]
    if box["kind"] not in PRACTICE_KINDS:
        classes += ["decoy", box["kind"]]
    parts = [f'<div class="label">{_esc(box["label"])}</div>']
    if box.get("label2"):
        parts.append(f'<div class="label2">{_esc(box["label2"])}</div>')
    force = box.get("force_line")
    title = box.get("title", "")
    title_html = f'<div class="title">{_esc(title)}</div>' if title else ""
    force_html = f'<div class="force">{_esc(force)}</div>' if force else ""
    if box.get("force_pos") == "above":
        parts += [force_html, title_html]
    else:
        parts += [title_html, force_html]
    image = box.get("image")
    if image:
        data = base64.b64encode(photo_png(image["seed"], image["w"], image["h"])).decode()
        parts.append(f'<img class="photo" alt="{escape(image["alt"])}" '
                     f'style="width: {image["w"] * 0.5:.0f}pt; height: {image["h"] * 0.5:.0f}pt" '
                     f'src="data:image/png;base64,{data}">')
    parts.append(_body_html(box["body"]))
    if image:
        parts.append('<div class="clear"></div>')
    return f'<div class="{" ".join(classes)}">{"".join(parts)}</div>'


def render_html(report):
    parts = [cover_html(report, banded=("gwent",))]
    open_cols = False
    for block in report["blocks"]:
        kind = block[0]
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
        elif kind == "space":
            parts.append(f'<div style="height: {block[1]}pt"></div>')
        elif kind == "colbreak":
            parts.append('<div class="colbreak"></div>')
        elif kind == "cols":
            if open_cols:
                parts.append("</div>")
                open_cols = False
            if block[1]:
                parts.append(f'<div class="cols n{block[1]}" style="columns: {block[1]}">')
                open_cols = True
        elif kind == "box":
            parts.append(box_html(block[1]))
        else:
            raise ValueError(kind)
    if open_cols:
        parts.append("</div>")
    title = _esc(report.get("meta_title", ""))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{BASE_CSS}{STYLE_CSS[report['style']]}</style>"
            f"</head><body>\n" + "\n".join(parts) + "\n</body></html>")


def write_pdf(report, target, work):
    """Chromium (flags of tests/generators/build_holdout.py) or WeasyPrint, by ``report["producer"]``."""
    from build_holdout import print_html
    return print_html(render_html(report), report["producer"], target, work)
