"""Web set 3: writes the two saved report pages and their key, and checks them.

The practices' text comes from web_content.py; the pages are built around it, and check()
re-reads the pages (html.parser, standard library) to make sure every body paragraph,
bullet, title, decoy, heading and date the key names is really on the page.
"""

import json
import re
import textwrap
from html import escape
from html.parser import HTMLParser

from . import web_content as wc
from .web_markdown import markdown_page
from .web_word import word_page

PAGES = [(wc.WORD, wc.WORD_PRACTICES, wc.WORD_DECOYS, word_page),
         (wc.MD, wc.MD_PRACTICES, wc.MD_DECOYS, markdown_page)]


def wrap(html, width=78):
    """Break long source lines the way Word and site generators do (between words)."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if len(line) > width else line for line in html.split("\n"))


def ent(text):
    return escape(text, quote=False)


def _entry(report, practices, decoys):
    out = dict(report)
    out["page_count"] = None
    out["practices"] = [dict(p, page_start=None, page_end=None, whole_words=[]) for p in practices]
    for p in out["practices"]:
        p["body"] = "\n\n".join(p["body"])
    order = ["kind", "title", "forces", "page_start", "page_end", "section", "primary_area", "areas",
             "body", "whole_words"]
    out["practices"] = [{k: p[k] for k in order} for p in out["practices"]]
    out["decoys"] = list(decoys)
    return out


def write(out_dir):
    reports = []
    for report, practices, decoys, make in PAGES:
        (out_dir / report["file"]).write_text(wrap(make(report, practices)), encoding="utf-8")
        reports.append(_entry(report, practices, decoys))
    (out_dir / "answers.json").write_text(json.dumps({"reports": reports}, indent=1, ensure_ascii=False) + "\n")


class _Blocks(HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "div",
             "header", "section", "blockquote", "caption", "title", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.skip, self.h1, self.h2 = [], [], 0, [], []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "sup" or (tag == "a" and (a.get("href") or "").startswith(("#_ftn", "#fn"))):
            self.skip += 1
            self.stack.append(tag)
        elif tag in self.BLOCK or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if self.stack and tag == self.stack[-1] and self.skip:
            self.skip -= 1
            self.stack.pop()
        elif tag in self.BLOCK:
            self._flush(tag)

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)

    def _flush(self, tag=None):
        text = re.sub(r"\s+", " ", "".join(self.cur).replace("\xa0", " ")).strip()
        self.cur = []
        if text:
            self.blocks.append(text)
            if tag == "h1":
                self.h1.append(text)
            if tag == "h2":
                self.h2.append(text)


def _read(path):
    html = path.read_text(encoding="utf-8")
    html = re.sub(r"<!\[if !supportLists\]>.*?<!\[endif\]>", "", html, flags=re.S)
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    return parser


def check(out_dir):
    problems = []
    key = json.loads((out_dir / "answers.json").read_text())
    for report in key["reports"]:
        name = report["file"]
        page = _read(out_dir / name)
        blocks = page.blocks
        whole = " ".join(blocks)
        if page.h1 != [report["title"]]:
            problems.append(f"{name}: h1 {page.h1} != title")
        for force in report["forces"]:
            if force not in whole:
                problems.append(f"{name}: force {force} not on the page")
        for p in report["practices"]:
            where = []
            for para in p["body"].split("\n\n"):
                for item in para.split("\n"):
                    item = item[2:] if item.startswith("• ") else item
                    if item not in blocks:
                        problems.append(f"{name}: body block not on the page: {item[:50]!r}")
                    else:
                        where.append(blocks.index(item))
            if where != sorted(where):
                problems.append(f"{name}: body blocks out of order in {p['title']!r}")
            if p["title"] in report["forces"] or (p["title"] and not any(
                    b == p["title"] or b.endswith("– " + p["title"]) or b.startswith(p["title"] + " (")
                    for b in blocks[max(0, where[0] - 4):where[0]])):
                problems.append(f"{name}: title {p['title']!r} not just before its body")
            heads = [b for b in blocks[:where[0]] if b in _sections(page)]
            if not heads or heads[-1] != p["section"]:
                problems.append(f"{name}: section of {p['title']!r} is {heads[-1:]}, not {p['section']}")
        bodies = " ".join(p["body"] for p in report["practices"])
        for decoy in report["decoys"]:
            if decoy not in whole or decoy in bodies:
                problems.append(f"{name}: decoy {decoy!r} missing or inside a practice")
    return problems


def _sections(page):
    return set(page.h2)
