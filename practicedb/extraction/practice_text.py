"""Turn the lines of one practice box into a Practice: title, force line and body.

Box detection (practicedb.extraction) decides which lines belong to a box; this
module only reads them: styled opening lines are the title, a line that is just a
force name is the force, and the rest becomes paragraphs and "- " bullets with
end-of-line hyphenation undone (but real compounds such as "multi-agency" kept).
"""

from __future__ import annotations

import re
from statistics import median

from practicedb.extraction.layout import Layout, Line, line_height
from practicedb.forces import forces_line
from practicedb.models import Practice

_BULLET = re.compile(
    r"^(?:[•●▪■◦‣·○►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e*]|[-–—](?=\s)|o(?=\s)|\(cid:\d+\)"
    r"|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)](?=\s))\s*")
END_SENTENCE = re.compile(r"[.!?:;)\"'”’]$")  # a line that ends a sentence
_PREFIXES = frozenset(
    "multi co non cross well self pre post anti under over long short high low in out full part "
    "child victim domestic inter intra semi sub ex e face two one three risk evidence problem "
    "decision trauma follow age front fast place user team cost time community force".split())
_COMPOUND_TAILS = frozenset(
    "based led trained related focused informed making solving up term level wide specific owned "
    "free friendly worn centred centered facing scale agency year month day hour minute week "
    "time run funded driven oriented aware sensitive appropriate".split())


def build_practice(kind: str, inline: str, lines: list[tuple[Layout, Line]],
                   lay: Layout) -> Practice | None:
    """Title (styled lines or first sentence), force line, and body of one box."""
    lines = list(lines)
    forces: list[str] = []
    for k in range(min(3, len(lines))):
        forces = forces_line(lines[k][1].text)
        if forces:
            del lines[k]
            break
    body_size = median([ln.size for _, ln in lines]) if lines else lay.body_size
    title_lines: list[Line] = []
    for _ly, ln in lines[:4]:
        if not (ln.bold or ln.size > body_size + 0.5):
            break
        if title_lines and ln.top - title_lines[-1].bottom > 1.2 * line_height(ln):
            break
        title_lines.append(ln)
    if len(title_lines) == len(lines):
        title_lines = title_lines[:1] if len(lines) > 1 else []
    rest = lines[len(title_lines):]
    body = _format_body(rest)
    title = " ".join([inline] + [ln.text for ln in title_lines]).strip()
    if not title:
        flat = body.replace("\n", " ").lstrip("- ")
        m = re.match(r"(.{10,}?[.!?])(\s|$)", flat)
        title = m.group(1) if m else flat
        if len(title) > 120:
            title = title[:120].rsplit(" ", 1)[0]
    if not title and not body:
        return None
    return Practice(kind=kind, title=title, body=body, forces=forces)


def _format_body(lines: list[tuple[Layout, Line]]) -> str:
    """Paragraphs separated by a blank line; bullets as '- text' on their own lines."""
    if not lines:
        return ""
    pitches = [b.top - a.top for (la, a), (lb, b) in zip(lines, lines[1:], strict=False)
               if la is lb and 0 < b.top - a.top < 3 * line_height(a)]
    med = median(pitches) if pitches else 14.0
    blocks: list[list] = []  # [kind 'p'|'b', text, x of text start]
    prev: tuple[Layout, Line] | None = None
    for ly, ln in lines:
        text = ln.text.strip()
        m = _BULLET.match(text)
        marked = any(mk[2] <= ln.x0 + 1 and ln.x0 - mk[2] < 20 and ln.top - 1 <= (mk[1] + mk[3]) / 2
                     <= ln.bottom + 1 for mk in ly.marks)
        if (m and len(text) > m.end()) or marked:
            blocks.append(["b", text[m.end():] if m else text, ln.x0])
        elif prev is None:
            blocks.append(["p", text, ln.x0])
        else:
            pl = prev[1]
            same_page = prev[0] is ly
            gap = same_page and ln.top - pl.top > 1.4 * med
            indent = same_page and ln.x0 > pl.x0 + 8 and blocks[-1][0] == "p"
            dedent = blocks[-1][0] == "b" and ln.x0 < blocks[-1][2] - 4 and same_page
            pagebreak = not same_page and END_SENTENCE.search(blocks[-1][1])
            if gap or indent or dedent or pagebreak:
                blocks.append(["p", text, ln.x0])
            else:
                blocks[-1][1] = _join(blocks[-1][1], text)
        prev = (ly, ln)
    out = ""
    for k, (kind, text, _) in enumerate(blocks):
        text = f"- {text}" if kind == "b" else text
        if k:
            out += "\n" if kind == "b" and blocks[k - 1][0] == "b" else "\n\n"
        out += text
    return out


def _join(a: str, b: str) -> str:
    """Join wrapped lines, undoing end-of-line hyphenation but keeping real compounds."""
    m = re.search(r"([A-Za-z]+)[-\u2010]$", a)
    if m:
        frag = m.group(1)
        tail = re.match(r"[a-z]+", b)
        if tail and tail.group(0) in _COMPOUND_TAILS:
            return a + b
        if b[:1].islower() and frag.lower() not in _PREFIXES and (frag.islower() or (
                frag[:1].isupper() and frag[1:].islower())):
            return a[:-1] + b
        return a + b
    if a.endswith("/"):
        return a + b
    return f"{a} {b}"
