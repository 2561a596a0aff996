"""Render a fifth-set REPORT to HTML + CSS, for headless Chromium (style ``kent``) or for
WeasyPrint (style ``nbh``). Page-flow and placement cases (see tests/holdout5/README.md):

* box variant ``long``: the box may break (``break-inside: auto``; sliced frame, no repeated
  heading), used for a box running over three pages.
* box variant ``orphan``: the kind heading, title and force line are a block of their own (the
  frame's top and sides) and the body is a second block (sides and bottom) that starts a new
  page, so the heading sits at the foot of one page and the whole body on the next.
* box variant ``sidebar`` (style ``nbh``): a narrow box floated into the wide left margin,
  beside the main text column.
* box variant ``top``: the box starts a new page (it sits directly under the running header).
* box variant ``touch``: the next box follows 4pt below with no running text in between.
* box key ``force_pos: "inline"``: the force is printed on the heading line after the label
  ("Innovative practice: Kent Police"), the title on the next line.
* box key ``notes``: ``[(where, after, text), ...]``, a footnote whose superscript call is
  printed after ``after`` (a phrase occurring once) in the title (``where`` "title") or body
  ("body"); WeasyPrint's ``float: footnote`` puts the note text at the foot of the page. The
  markers are not part of the key's title and body.
* block ``("space", pt)``: vertical space (used to set where a following block falls).
"""

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
.box.long { break-inside: auto; box-decoration-break: slice; }
.box .label, .box .title, .box .force { break-after: avoid; }
.box p:last-child, .box ul:last-child { margin-bottom: 0; }
.box.top { break-before: page; margin-top: 0 !important; }
.box.touch { margin-bottom: 4pt !important; }
.box.touch + .box { margin-top: 0 !important; }
.box.ohead { border-bottom: none !important; margin-bottom: 0 !important;
             padding-bottom: 2pt !important; }
.box.obody { border-top: none !important; margin-top: 0 !important; break-before: page;
             padding-top: 6pt !important; }
"""

STYLE_CSS = {
    # h15: PEEL, Chromium; Liberation Sans; bordered tinted boxes.
    "kent": """
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
        @top-left { content: "PEEL 2023–25: Police effectiveness, efficiency and legitimacy";
                    font: 8pt 'Liberation Sans'; color: #555; }
        @top-right { content: "Kent Police"; font: 8pt 'Liberation Sans'; color: #555; }
        @bottom-center { content: "Page " counter(page); font: 8pt 'Liberation Sans'; } }
@page :first { @top-left { content: none; } @top-right { content: none; }
               @bottom-center { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #1b1b1b; }
h1 { font-size: 17pt; color: #00205b; margin: 14pt 0 7pt; }
h2 { font-size: 12pt; color: #00205b; margin: 10pt 0 5pt; }
.box { border: 1pt solid #00205b; background: #eaf0f8; padding: 8pt 11pt 10pt;
       margin: 11pt 0 12pt; }
.box .label { font-weight: bold; font-size: 11pt; color: #00205b; margin-bottom: 2pt; }
.box .label .fi { font-weight: normal; }
.box .title { font-weight: bold; margin-bottom: 3pt; }
.box .force { font-style: italic; margin-bottom: 5pt; }
.box.decoy { background: #fbf1e6; border-color: #8a4b08; }
.box.decoy .label { color: #8a4b08; }
.cover { padding-top: 40mm; }
.cover .kicker { font-size: 13pt; color: #00205b; }
.cover .l1 { font-size: 30pt; font-weight: bold; color: #00205b; margin-top: 30mm; }
.cover .l2 { font-size: 15pt; margin-top: 8pt; }
.cover .meta { margin-top: 60mm; font-size: 11pt; line-height: 1.7; }
""",
    # h16: thematic, WeasyPrint; DejaVu Serif text in a narrow column on the right, a wide
    # left margin for sidebars; running header holding "Innovative practice"; footnotes.
    "nbh": """
@page { size: A4; margin: 22mm 18mm 22mm 18mm;
        @top-left { content: "Innovative practice in neighbourhood policing";
                    font: 8pt 'DejaVu Sans'; color: #444; }
        @bottom-right { content: counter(page); font: 8pt 'DejaVu Sans'; }
        @footnote { border-top: 0.5pt solid #666; padding-top: 3pt; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
body { font: 9.6pt/1.45 'DejaVu Serif', serif; color: #1b1b1b; }
.main { margin-left: 54mm; }
h1 { font: bold 15pt 'DejaVu Sans'; color: #2f5d2a; margin: 12pt 0 7pt; }
h2 { font: bold 11pt 'DejaVu Sans'; color: #2f5d2a; margin: 9pt 0 4pt; }
.box { background: #eef4ec; border-left: 3pt solid #2f5d2a; padding: 7pt 10pt 9pt;
       margin: 10pt 0 11pt; }
.box .label { font: bold 10pt 'DejaVu Sans'; color: #2f5d2a; margin-bottom: 2pt; }
.box .title { font-weight: bold; margin-bottom: 2pt; }
.box .force { font-style: italic; margin-bottom: 4pt; }
.box.decoy { background: #f4f0e8; border-left-color: #7a5a1e; }
.box.decoy .label { color: #7a5a1e; }
.box.sidebar { float: left; clear: left; width: 45mm; margin: 2pt 0 6pt -54mm;
               box-sizing: border-box; padding: 6pt 7pt 7pt; font-size: 8pt;
               line-height: 1.35; border-left-width: 2pt; }
.box.sidebar .label { font-size: 8.5pt; }
.box.sidebar p { margin-bottom: 4pt; }
.fn { float: footnote; font: 7.5pt/1.3 'DejaVu Serif'; color: #222; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt;
                  line-height: 0; }
::footnote-marker { content: counter(footnote) " "; }
.cover { margin-left: 0; }
.cover .band { background: #2f5d2a; color: #fff; padding: 30mm 12mm 20mm; }
.cover .kicker { font: 11pt 'DejaVu Sans'; }
.cover .l1 { font: bold 26pt/1.2 'DejaVu Sans'; margin-top: 10pt; }
.cover .l2 { font-size: 13pt; margin-top: 8pt; }
.cover .meta { margin: 20mm 12mm 0; font-size: 11pt; line-height: 1.7; }
""",
}


def _esc(text):
    return escape(text, quote=False)


def _with_notes(text, notes, where):
    """Escaped text with a footnote (``<span class="fn">``) after each note's phrase."""
    out = _esc(text)
    for w, after, note in notes:
        if w != where:
            continue
        key = _esc(after)
        i = out.find(key)
        if i < 0:  # the anchor is in another paragraph of the body
            continue
        j = i + len(key)
        out = out[:j] + f'<span class="fn">{_esc(note)}</span>' + out[j:]
    return out


def _body_html(body, notes=()):
    out = []
    for item in body:
        if isinstance(item, str):
            out.append(f"<p>{_with_notes(item, notes, 'body')}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{_with_notes(b, notes, 'body')}</li>"
                                        for b in item) + "</ul>")
    return "\n".join(out)


def _head_html(box):
    notes = box.get("notes", ())
    force = box.get("force_line")
    pos = box.get("force_pos", "below")
    label = _esc(box["label"])
    if force and pos == "inline":
        label += f' <span class="fi">{_esc(force)}</span>'
    parts = [f'<div class="label">{label}</div>']
    title = box.get("title", "")
    title_html = (f'<div class="title">{_with_notes(title, notes, "title")}</div>'
                  if title else "")
    force_html = (f'<div class="force">{_esc(force)}</div>'
                  if force and pos != "inline" else "")
    parts += [force_html, title_html] if pos == "above" else [title_html, force_html]
    return "".join(parts)


def box_html(box):
    variant = box.get("variant", "").split()
    classes = ["box", *variant]
    if box["kind"] not in PRACTICE_KINDS:
        classes += ["decoy", box["kind"]]
    body = _body_html(box["body"], box.get("notes", ()))
    if "orphan" in variant:
        cls = " ".join(c for c in classes if c != "orphan")
        return (f'<div class="{cls} ohead">{_head_html(box)}</div>'
                f'<div class="{cls} obody">{body}</div>')
    return f'<div class="{" ".join(classes)}">{_head_html(box)}{body}</div>'


def render_html(report):
    parts = [cover_html(report, banded=("nbh",)), '<div class="main">']
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
        elif kind == "box":
            parts.append(box_html(block[1]))
        else:
            raise ValueError(kind)
    parts.append("</div>")
    title = _esc(report.get("meta_title", ""))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{BASE_CSS}{STYLE_CSS[report['style']]}</style>"
            f"</head><body>\n" + "\n".join(parts) + "\n</body></html>")


def write_pdf(report, target, work):
    """Chromium (flags of tests/generators/build_holdout.py) or WeasyPrint, by ``report["producer"]``."""
    from build_holdout import print_html
    return print_html(render_html(report), report["producer"], target, work)
