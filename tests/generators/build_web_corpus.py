"""Web editions of three corpus reports, in two site markups, with their answer key.

    python tests/generators/build_web_corpus.py     # writes corpus/web/*.html, answers.json

The texts are the corpus's own (tests/generators/corpus_content/); the key is the corpus
key's entries for the same reports with the pages set to null, since a web page has none.
Markup "semantic": a modern site (header and nav, cookie banner, skip link, breadcrumbs,
<main>/<article>, a contents list, practices in <aside>, footnotes as <sup> links and a
References list, a related-links sidebar, a footer). Markup "tables": an older CMS (a
layout table, a left menu, practices as tables with a label cell or bordered <div>s
with a bold inline label, "[n]" footnote links, a print link).
"""

from __future__ import annotations

import html
import importlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "corpus" / "web"
sys.path.insert(0, str(Path(__file__).parent))

EDITIONS = [  # (content module, markup)
    ("r01_peel_cumbria", "semantic"),
    ("r02_thematic_domestic_abuse", "tables"),
    ("r03_joint_mental_health", "semantic"),
]
KIND_LABEL = {"innovative": "Innovative practice", "promising": "Promising practice",
              "notable": "Notable practice", "good": "Good practice"}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class _Notes:
    def __init__(self, markup: str):
        self.markup, self.texts = markup, []

    def sub(self, text: str) -> str:
        def rep(m):
            self.texts.append(m.group(1))
            n = len(self.texts)
            if self.markup == "semantic":
                return f'<sup><a href="#fn{n}" id="ref{n}">{n}</a></sup>'
            return f' <a href="#note{n}">[{n}]</a>'
        parts = re.split(r"(\[\[fn:.*?\]\])", text)
        return "".join(rep(re.match(r"\[\[fn:(.*?)\]\]", p)) if p.startswith("[[fn:") else esc(p)
                       for p in parts)


def _body(item: dict, notes: _Notes) -> str:
    out = []
    for chunk in item["body"]:
        if isinstance(chunk, str):
            out.append(f"<p>{notes.sub(chunk)}</p>")
        else:
            out.append("<ul>" + "".join(f"<li>{notes.sub(b)}</li>" for b in chunk) + "</ul>")
    return "\n".join(out)


def _box_semantic(item: dict, decoy: bool, notes: _Notes) -> str:
    label = item["kind"] if decoy else KIND_LABEL[item["kind"]]
    head = f"<h3>{esc(label)}</h3>"
    if item.get("title"):
        head += f"\n<h4>{esc(item['title'])}</h4>"
    if item.get("force_line"):
        head += f"\n<p>{esc(item['force_line'])}</p>"
    return f'<aside class="callout callout--{"other" if decoy else "practice"}">\n{head}\n' \
           f"{_body(item, notes)}\n</aside>"


def _box_tables(item: dict, decoy: bool, notes: _Notes, n: int) -> str:
    label = item["kind"] if decoy else KIND_LABEL[item["kind"]]
    if n % 2 == 0:  # a table with a label cell
        top = f"<strong>{esc(item['title'])}</strong>" if item.get("title") else ""
        if item.get("force_line"):
            top += ("<br />" if top else "") + esc(item["force_line"])
        rows = f'<tr><td class="hd">{esc(label.upper())}</td></tr>'
        if top:
            rows += f"<tr><td>{top}</td></tr>"
        rows += f"<tr><td>{_body(item, notes)}</td></tr>"
        return f'<table class="pbox" width="100%" border="1">{rows}</table>'
    lead = f"<b>{esc(label)}:</b> {esc(item['title'])}" if item.get("title") else \
        f"<b>{esc(label)}</b>"
    force = f"<p><i>{esc(item['force_line'])}</i></p>" if item.get("force_line") else ""
    return f'<div style="border:1px solid #999;padding:8px"><p>{lead}</p>{force}' \
           f"{_body(item, notes)}</div>"


def render(rep: dict, markup: str) -> str:
    notes = _Notes(markup)
    parts, contents, n = [], [], 0
    for block in rep["blocks"]:
        kind, value = block[0], block[1]
        if kind == "h1":
            anchor = re.sub(r"[^a-z0-9]+", "-", value.lower())
            contents.append((anchor, value))
            parts.append(f'<h2 id="{anchor}">{esc(value)}</h2>')
        elif kind == "h2":
            parts.append(f"<h3>{esc(value)}</h3>")
        elif kind in ("p", "mention"):
            parts.append(f"<p>{notes.sub(value)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{notes.sub(x)}</li>" for x in value) + "</ul>")
        elif kind == "grades":
            rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(g)}</td></tr>" for a, g in value)
            parts.append(f"<table><tr><th>Area</th><th>Grade</th></tr>{rows}</table>")
        elif kind in ("box", "decoy"):
            decoy = kind == "decoy"
            if not decoy and value.get("title"):
                contents.append(("", f"{KIND_LABEL[value['kind']]}: {value['title']}"))
            n += 1
            parts.append(_box_semantic(value, decoy, notes) if markup == "semantic"
                         else _box_tables(value, decoy, notes, n))
    body = "\n".join(parts)
    cover = "\n".join(f"<p>{esc(x)}</p>" for x in rep["cover_lines"])
    title = esc(rep["title"])
    if markup == "semantic":
        toc = "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t in contents)
        fns = "".join(f'<li id="fn{i}">{esc(t)} <a href="#ref{i}">Back</a></li>'
                      for i, t in enumerate(notes.texts, 1))
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Inspectorate</title>
<meta property="article:published_time" content="{rep['published']}T09:00:00Z"></head>
<body>
<div class="cookie-consent"><p>We use cookies to make this site work.</p><button>Accept all cookies</button><button>Reject</button></div>
<a href="#main" class="skip">Skip to main content</a>
<header class="site-head"><a href="/">Inspectorate home</a>
<nav><ul><li><a href="/pubs">Publications</a></li><li><a href="/pubs/practice">Innovative and promising practice</a></li><li><a href="/about">About us</a></li></ul></nav></header>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/pubs">Publications</a></li><li>{title}</li></ol></nav>
<main id="main"><div class="layout"><article>
<h1>{title}</h1>
{cover}
<p><a href="/print">Print this document</a></p>
<h2>Contents</h2><ul class="toc">{toc}</ul>
{body}
<h2>References</h2><ol class="notes">{fns}</ol>
</article>
<aside class="related"><h2>Related publications</h2><ul>
<li><a href="/r1">Innovative practice in local policing: a collection</a></li>
<li><a href="/r2">Promising practice: a national review</a></li>
<li><a href="/r3">Annual assessment of policing</a></li></ul></aside>
</div></main>
<footer><p>© Crown copyright. Published by the Inspectorate.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>
</body></html>
"""
    fns = "".join(f'<p id="note{i}">[{i}] {esc(t)}</p>' for i, t in enumerate(notes.texts, 1))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title} - Inspectorate</title></head>
<body><table width="100%" cellpadding="0"><tr><td colspan="2" class="banner"><a href="/">Inspectorate</a> | <a href="/search">Search</a> | <a href="/contact">Contact</a></td></tr>
<tr><td class="menu" width="20%" valign="top"><ul><li><a href="/">Home</a></li><li><a href="/pubs">Publications</a></li><li><a href="/practice">Promising practice</a></li><li><a href="/news">News</a></li><li><a href="/jobs">Jobs</a></li></ul></td>
<td class="content" valign="top">
<div class="crumbs">You are here: <a href="/">Home</a> &gt; <a href="/pubs">Publications</a></div>
<h1>{title}</h1>
{cover}
<p><a href="javascript:window.print()">Print this page</a></p>
{body}
<h3>Notes</h3>
{fns}
</td></tr>
<tr><td colspan="2" class="foot">Copyright Inspectorate | <a href="/access">Accessibility</a> | <a href="/privacy">Privacy and cookies</a></td></tr></table>
</body></html>
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    key = json.loads((ROOT / "corpus" / "answers.json").read_text("utf-8"))
    by_file = {r["file"]: r for r in key["reports"]}
    out = []
    for module, markup in EDITIONS:
        rep = importlib.import_module(f"corpus_content.{module}").REPORT
        name = Path(rep["file"]).with_suffix(".html").name
        (OUT / name).write_text(render(rep, markup), "utf-8")
        answer = json.loads(json.dumps(by_file[rep["file"]]))
        answer.update(file=name, page_count=None, markup=markup)
        for p in answer["practices"]:
            p["page_start"] = p["page_end"] = None
        out.append(answer)
    (OUT / "answers.json").write_text(json.dumps({"reports": out}, indent=1, ensure_ascii=False)
                                      + "\n", "utf-8")
    print(f"wrote {len(out)} pages and answers.json to {OUT}")


if __name__ == "__main__":
    main()
