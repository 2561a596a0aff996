"""Render an eighth-set REPORT to HTML + CSS, for WeasyPrint (style ``herts``) or headless
Chromium (style ``slavery``). Cases inside and around boxes (see tests/holdout8/README.md):

* box variant ``tab``: the kind heading sits in a filled **tab** (a separate shape with
  rounded top corners) standing on the top-left corner of a bordered, tinted box; the tab's
  foot touches the box's top border.
* box variant ``topline``: only a thick top border, no sides, bottom or fill; the box ends
  in whitespace before the next running paragraph.
* box variant ``frameless``: no frame at all; coloured bold kind heading, bold title,
  paragraphs; the practice ends at the next heading or kind heading.
* box variant ``centred``: title, force line and body centred.
* box variant ``plain`` (default): a tinted box with a thin border.
* box key ``subheads``: body paragraphs equal to one of these strings are printed as bold
  sub-headings inside the box (they stay paragraphs of the body in the key).
* box key ``quotes``: body paragraphs equal to one of these strings are printed in italics
  (a victim's words in quotation marks).
* box key ``pullquote``: ``(text, attribution)`` printed in large type beside the box,
  outside it (a flex row: box 62%, pull-quote the rest); not part of the practice.
* REPORT key ``hyphenate``: justified box body paragraphs (not centred boxes) are hyphenated.
  Chromium 156 here has no hyphenation dictionaries (they come from the component updater),
  so ``hyphens: auto`` alone does nothing; soft hyphens (U+00AD) are placed with pyphen
  (en_GB). Chromium draws every unused soft hyphen as a zero-width space glyph, so the
  renderer renders twice: the second pass keeps only the soft hyphens Chromium broke a line
  at in the first (its line breaking is greedy, so the lines stay the same).
* block ``("back", [lines])``: the back page (named page ``back``: no header or footer),
  lines at the foot of the page.
* blocks ``("h1", text)``, ``("p", text[, "decoy"])``, ``("break",)``, ``("box", {...})``.
"""

import re
import unicodedata
from html import escape

from .chrome4_render import cover_html
from .model import PRACTICE_KINDS

SHY = "\u00ad"
BOX_SIZE = 9.4  # pt, box body paragraphs of style "slavery"

BASE_CSS = """
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
p { margin: 0 0 7pt 0; }
h1 { break-after: avoid; }
.cover { break-after: page; }
.box, .tabbox, .qrow { break-inside: avoid; }
.box p:last-child { margin-bottom: 0; }
.box .label, .box .title, .box .force, .box .sub { break-after: avoid; }
.tabbox .tab { display: table; break-after: avoid; }
.box .sub { font-weight: bold; margin: 6pt 0 2pt; }
.box .quote { font-style: italic; }
.box.centred { text-align: center; }
.qrow { display: flex; align-items: flex-start; margin: 12pt 0; }
.qrow .box { flex: 0 0 62%; margin: 0; }
.qrow .pull { flex: 1; margin-left: 7mm; padding-top: 10pt; }
.back { page: back; break-before: page; }
"""

STYLE_CSS = {
    # h23: PEEL, Hertfordshire Constabulary, WeasyPrint; Liberation Sans.
    "herts": """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
        @top-left { content: "PEEL 2025: Hertfordshire Constabulary";
                    font: 7.5pt 'Liberation Sans'; color: #555; }
        @bottom-right { content: "Page " counter(page); font: 8pt 'Liberation Sans';
                        color: #333; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
@page back { @top-left { content: none; } @bottom-right { content: none; } }
body { font: 10pt/1.45 'Liberation Sans', sans-serif; color: #1c1c1c; }
h1 { font-size: 17pt; color: #1d3f6e; margin: 12pt 0 8pt; }
.tabbox { margin: 16pt 0 14pt; }
.tabbox .tab { background: #1d3f6e; color: #fff; font-weight: bold; font-size: 10pt;
               padding: 4pt 12pt 3pt; border-radius: 5pt 5pt 0 0; }
.tabbox .box { border: 1.5pt solid #1d3f6e; background: #eef3fa; padding: 8pt 11pt 10pt; }
.tabbox.decoy .tab { background: #7a4b12; }
.tabbox.decoy .box { border-color: #7a4b12; background: #f8f1e7; }
.box .title { font-weight: bold; font-size: 10.5pt; margin-bottom: 4pt; }
.box .label { font-weight: bold; font-size: 11pt; color: #1d3f6e; margin-bottom: 3pt; }
.box.topline { border-top: 4pt solid #1d3f6e; padding: 7pt 0 0; margin: 14pt 0 22pt; }
.box.topline.decoy { border-top-color: #7a4b12; }
.box.topline.decoy .label { color: #7a4b12; }
.box.topline .sub { color: #1d3f6e; }
.box.frameless { margin: 12pt 0 10pt; }
.box.frameless .label { font-size: 12pt; color: #0f7a6c; margin-bottom: 2pt; }
.box.frameless.decoy .label { color: #7a4b12; }
.cover .band { background: #1d3f6e; color: #fff; padding: 32mm 12mm 22mm; }
.cover .kicker { font-size: 11pt; }
.cover .l1 { font-size: 30pt; font-weight: bold; margin-top: 12pt; }
.cover .l2 { font-size: 14pt; margin-top: 8pt; }
.cover .l3 { font-size: 18pt; font-weight: bold; margin-top: 10pt; }
.cover .meta { margin: 20mm 12mm 0; font-size: 11pt; line-height: 1.7; }
.back { padding-top: 185mm; font-size: 9pt; line-height: 1.6; color: #333; }
""",
    # h24: thematic, modern slavery referrals, Chromium; DejaVu Serif body, DejaVu Sans heads.
    "slavery": """
@page { size: A4; margin: 21mm 19mm 20mm 19mm;
        @top-right { content: "Seen but not heard: modern slavery referrals";
                     font: 7.5pt 'DejaVu Sans'; color: #555; }
        @bottom-center { content: counter(page); font: 8pt 'DejaVu Sans'; color: #333; } }
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font: 9.8pt/1.45 'DejaVu Serif', serif; color: #1b1b1b; }
h1 { font: bold 16pt 'DejaVu Sans', sans-serif; color: #5a1846; margin: 12pt 0 8pt; }
.box { font-size: 9.4pt; }
.box p { text-align: justify; hyphens: auto; -webkit-hyphens: auto; }
.box.centred p { text-align: center; hyphens: manual; }
.box .label { font: bold 10.5pt 'DejaVu Sans', sans-serif; color: #5a1846;
              margin-bottom: 3pt; }
.box .title { font: bold 10pt 'DejaVu Sans', sans-serif; margin-bottom: 2pt; }
.box .force { font: 9pt 'DejaVu Sans', sans-serif; color: #5a1846; margin-bottom: 6pt; }
.tabbox { margin: 16pt 0 14pt; }
.tabbox .tab { background: #5a1846; color: #fff; font: bold 9pt 'DejaVu Sans', sans-serif;
               letter-spacing: 0.05em; padding: 4pt 11pt 3pt; border-radius: 4pt 4pt 0 0; }
.tabbox .box { border: 1.2pt solid #5a1846; background: #f7eef4; padding: 8pt 11pt 10pt; }
.tabbox.decoy .tab { background: #36505f; }
.tabbox.decoy .box { border-color: #36505f; background: #eef2f4; }
.box.plain, .box.centred { background: #f7eef4; border: 0.6pt solid #b98aa9;
                           padding: 8pt 11pt 10pt; margin: 12pt 0; }
.box.plain.decoy { background: #eef2f4; border-color: #8aa0ad; }
.box.plain.decoy .label { color: #36505f; }
.box.centred { padding: 10pt 26pt 12pt; }
.pull { font: italic 17pt/1.3 'DejaVu Serif', serif; color: #5a1846; }
.pull .who { font: 8.5pt 'DejaVu Sans', sans-serif; font-style: normal; color: #444;
             margin-top: 6pt; }
.cover { padding-top: 30mm; }
.cover .kicker { font: 11pt 'DejaVu Sans', sans-serif; color: #5a1846; }
.cover .l1 { font: bold 30pt/1.15 'DejaVu Sans', sans-serif; color: #5a1846;
             margin-top: 28mm; }
.cover .l2 { font: 14pt/1.35 'DejaVu Sans', sans-serif; margin-top: 10pt; }
.cover .meta { margin-top: 55mm; font: 11pt/1.7 'DejaVu Sans', sans-serif; }
""",
}


def _esc(text):
    return escape(text, quote=False)


def hyphenable(core):
    """pyphen's en_GB break points in a word of 7+ letters, 3+ letters from each end."""
    import pyphen
    if len(core) < 7 or not core.isalpha():
        return []
    return [p for p in pyphen.Pyphen(lang="en_GB").positions(core) if 2 < p < len(core) - 2]


def hyphenate(text, keep, counter):
    """Soft hyphens at pyphen's points; ``keep``: None (all) or the set of (n, position)
    to keep, n counting the hyphenable words of the document in order (``counter`` is a
    one-item list carried over between calls)."""
    out = []
    for word in text.split(" "):
        core = word.strip(".,;:!?()\"'“”‘’")
        points = hyphenable(core)
        if not points:
            out.append(word)
            continue
        n = counter[0]
        counter[0] += 1
        lead = word.index(core)
        if keep is not None:
            points = [p for p in points if (n, p) in keep]
        marked = core
        for p in reversed(points):
            marked = marked[:p] + SHY + marked[p:]
        out.append(word[:lead] + marked + word[lead + len(core):])
    return " ".join(out)


def box_html(box, hyph=None, counter=None):
    variant = box.get("variant", "plain")
    practice = box["kind"] in PRACTICE_KINDS
    decoy = "" if practice else " decoy"
    subs, quotes = set(box.get("subheads", ())), set(box.get("quotes", ()))
    do_hyph = hyph is not None and variant != "centred"
    parts = []
    if variant != "tab":
        parts.append(f'<div class="label">{_esc(box["label"])}</div>')
    if box.get("title"):
        parts.append(f'<div class="title">{_esc(box["title"])}</div>')
    if box.get("force_line"):
        parts.append(f'<div class="force">{_esc(box["force_line"])}</div>')
    for item in box["body"]:
        assert isinstance(item, str), "no bullets in this set"
        if item in subs:
            parts.append(f'<div class="sub">{_esc(item)}</div>')
            continue
        text = hyphenate(item, None if hyph == "all" else hyph, counter) if do_hyph else item
        cls = ' class="quote"' if item in quotes else ""
        parts.append(f"<p{cls}>{_esc(text)}</p>")
    inner = "".join(parts)
    if variant == "tab":
        html = (f'<div class="tabbox{decoy}"><div class="tab">{_esc(box["label"])}</div>'
                f'<div class="box">{inner}</div></div>')
    else:
        html = f'<div class="box {variant}{decoy}">{inner}</div>'
    if box.get("pullquote"):
        text, who = box["pullquote"]
        html = (f'<div class="qrow">{html}<div class="pull">{_esc(text)}'
                f'<div class="who">{_esc(who)}</div></div></div>')
    return html


def render_html(report, hyph=None):
    """``hyph``: None (no hyphenation), "all" (every pyphen point) or a set of kept points."""
    parts = [cover_html(report, banded=("herts",))]
    counter = [0]
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            parts.append(f"<h1>{_esc(block[1])}</h1>")
        elif kind == "p":
            parts.append(f"<p>{_esc(block[1])}</p>")
        elif kind == "break":
            parts.append('<div style="break-after: page"></div>')
        elif kind == "box":
            parts.append(box_html(block[1], hyph, counter))
        elif kind == "back":
            parts.append('<div class="back">' + "".join(
                f"<div>{_esc(line)}</div>" for line in block[1]) + "</div>")
        else:
            raise ValueError(kind)
    title = _esc(report.get("meta_title", ""))
    return (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{title}</title><style>{BASE_CSS}{STYLE_CSS[report['style']]}</style>"
            f"</head><body>\n" + "\n".join(parts) + "\n</body></html>")


def soft_hyphen_marks(pdf_path, size=BOX_SIZE):
    """The words Chromium printed with soft hyphens, in reading order, each as
    (word, [positions of the soft hyphens it broke a line at]). An unused soft hyphen comes
    out as a zero-advance space glyph, a used one as a zero-advance space and a U+2010 at the
    line end. Only chars of the box body size count (no pull-quote, no running text)."""
    import pdfplumber
    marks = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            rows = {}
            for c in page.chars:
                if abs(c["size"] - size) < 0.05:
                    rows.setdefault(round(c["top"]), []).append(c)
            carry = None  # (word so far, used positions) of a word broken at a line end
            for top in sorted(rows):
                chars = sorted(rows[top], key=lambda c: c["x0"])
                text = ""
                for a, b in zip(chars, chars[1:] + [None], strict=False):
                    zero = a["text"] == " " and b is not None and abs(b["x0"] - a["x0"]) < 0.05
                    text += "|" if zero else unicodedata.normalize("NFKC", a["text"])
                tokens = text.split(" ")
                broken = text.endswith("|\u2010")
                for i, tok in enumerate(tokens):
                    last = i == len(tokens) - 1
                    if last and broken:
                        tok = tok[:-1]
                    core = re.sub(r"[^A-Za-z|]", "", tok)
                    if carry is not None and i == 0:
                        word, used = carry
                        core = word + core
                        carry = None
                    elif "|" not in core and not (last and broken):
                        continue
                    else:
                        used = []
                    if last and broken:
                        used = used + [len(core.replace("|", ""))]
                        carry = (core, used)
                        continue
                    marks.append((core.replace("|", ""), used))
    return marks


def write_pdf(report, target, work):
    from build_holdout import print_html, run_chromium
    if report["producer"] == "chromium" and report.get("hyphenate"):
        html = render_html(report, "all")
        run_chromium(html, target, work)
        marks = soft_hyphen_marks(target)
        words = [w.replace(SHY, "") for w in re.findall(r"[A-Za-z\u00ad]+", html)
                 if SHY in w]
        if [w for w, _used in marks] != words:
            raise RuntimeError("soft-hyphenated words not read back in order")
        keep = {(n, p) for n, (_word, used) in enumerate(marks) for p in used}
        run_chromium(render_html(report, keep or {(-1, 0)}), target, work)
        return target
    return print_html(render_html(report), report["producer"], target, work)
