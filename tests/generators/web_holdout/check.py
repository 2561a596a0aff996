#!/usr/bin/env python3
"""Check answers.json against the saved web pages (standard library only).

For every report: the key's title is the <h1> text and starts the <title>; the publication
date appears on the page (as "d Month yyyy" text or a datetime/content attribute); every
force is named on the page.  For every practice: each body paragraph is exactly the text of
one block element (p, li, td, ...) with footnote markers removed, the bullet lines are <li>
items, all body blocks are consecutive in document order, the title is a block of its own
(or follows "<Kind> practice:" in one block) shortly before the body, the nearest <h2>
above the body is the key's section, and every body word occurs in the page text.
For every decoy: its snippet (the start of a box body or of a sentence) is in some block and lies inside no practice body.
Run: python3 check.py [answers.json]
"""
import datetime
import json
import os
import re
import sys
from html.parser import HTMLParser

BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "div", "section",
         "aside", "article", "header", "footer", "nav", "main", "ul", "ol", "table", "tr", "tbody",
         "thead", "summary", "details", "figure", "blockquote", "form", "dl", "caption", "title",
         "button", "label", "search"}
SKIP = {"script", "style", "svg", "noscript"}
VOID = {"br", "img", "input", "meta", "link", "hr"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []          # (tag, text)
        self.stack = []           # open block tags
        self.buf = []
        self.skip = 0             # inside script/style
        self.sup = 0              # inside <sup> (footnote markers)
        self.fnlink = None        # text buffer of an in-page <a href="#..."> (maybe a marker)
        self.attrs_text = []      # datetime / content attribute values

    def flush(self):
        t = norm("".join(self.buf))
        self.buf = []
        if t:
            self.blocks.append((self.stack[-1] if self.stack else "", t))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("datetime", "content"):
            if a.get(k):
                self.attrs_text.append(a[k])
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "sup":
            self.sup += 1
            return
        if tag == "a" and (a.get("href") or "").startswith("#") and not self.sup:
            self.fnlink = []
            return
        if tag == "br":
            self.flush()
            return
        if tag in BLOCK:
            self.flush()
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "sup":
            self.sup = max(0, self.sup - 1)
            return
        if tag == "a" and self.fnlink is not None:
            t = "".join(self.fnlink)
            self.fnlink = None
            if not re.fullmatch(r"\s*\[\d+\]\s*", t):   # "[3]" markers are dropped
                self.buf.append(t)
            return
        if tag in BLOCK:
            self.flush()
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass

    def handle_data(self, data):
        if self.skip or self.sup:
            return
        if self.fnlink is not None:
            self.fnlink.append(data)
        else:
            self.buf.append(data)


def parse(path):
    p = Blocks()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    p.flush()
    return p


def paragraphs(body):
    out = []
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith("• ") for l in lines):
            out += [("li", l[2:]) for l in lines]
        else:
            if len(lines) != 1:
                raise SystemExit(f"body paragraph mixes bullets and text: {para!r}")
            out.append((None, para))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    key = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "web_holdout", "answers.json")
    data = json.load(open(key, encoding="utf-8"))
    errors = 0

    def bad(msg):
        nonlocal errors
        errors += 1
        print("  FAIL", msg)

    np = nd = 0
    for r in data["reports"]:
        path = os.path.join(os.path.dirname(os.path.abspath(key)), r["file"])
        print(r["file"])
        p = parse(path)
        blocks = p.blocks
        texts = [t for _, t in blocks]
        alltext = " ".join(texts)
        words = set(re.findall(r"\w[\w’'.,£/-]*\w|\w", alltext))
        h1 = [t for g, t in blocks if g == "h1"]
        if h1 != [r["title"]]:
            bad(f"h1 {h1!r} != title")
        ttl = [t for g, t in blocks if g == "title"]
        if not ttl or not ttl[0].startswith(r["title"]):
            bad(f"<title> {ttl!r} does not start with the title")
        d = datetime.date.fromisoformat(r["published"])
        human = f"{d.day} {d.strftime('%B')} {d.year}"
        if human not in alltext:
            bad(f"date text {human!r} not on page")
        if not any(a.startswith(r["published"]) for a in p.attrs_text) and r["file"].startswith(("joint", "thematic")):
            bad("no datetime/content attribute with the date")
        for fo in r["forces"]:
            if fo not in alltext:
                bad(f"force {fo!r} not on page")
        if r["type"] not in ("peel", "thematic", "joint", "other"):
            bad("type")
        body_spans = []
        for pr in r["practices"]:
            np += 1
            paras = paragraphs(pr["body"])
            # locate the first paragraph, then demand the rest follow consecutively
            starts = [i for i, t in enumerate(texts) if t == paras[0][1]]
            if len(starts) != 1:
                bad(f"{pr['title'] or pr['body'][:40]!r}: first paragraph found {len(starts)} times")
                continue
            i0 = starts[0]
            for k, (want_tag, para) in enumerate(paras):
                i = i0 + k
                if i >= len(blocks) or texts[i] != para:
                    bad(f"{pr['title']!r}: paragraph {k} not at block {i}: {para[:50]!r} vs {texts[i][:50] if i < len(texts) else None!r}")
                    break
                if want_tag and blocks[i][0] != "li":
                    bad(f"{pr['title']!r}: bullet {para[:30]!r} is not an <li>")
            body_spans.append((i0, i0 + len(paras)))
            # kind label, then the title (if any) and force lines, then the body: nothing else
            kindlab = pr["kind"] + " practice"
            k = i0 - 1
            while k >= max(0, i0 - 4) and not texts[k].lower().startswith(kindlab):
                k -= 1
            if k < max(0, i0 - 4):
                bad(f"{pr['title']!r}: no {kindlab!r} label within 3 blocks before the body")
            else:
                lab = texts[k]
                m = re.fullmatch(re.escape(kindlab) + r":?\s*(.*)", lab, re.I)
                inline_title = m.group(1) if m else None
                between = texts[k + 1:i0]
                titles = [t for t in between if t == pr["title"]]
                if inline_title:
                    titles.append(inline_title)
                rest = [t for t in between if t != pr["title"]
                        and not (t in pr["forces"] or t == "Force: " + ", ".join(pr["forces"])
                                 or t == " and ".join(pr["forces"]) or t == "Force: " + " and ".join(pr["forces"]))]
                if pr["title"] and titles != [pr["title"]]:
                    bad(f"title {pr['title']!r}: found {titles!r} after the kind label {lab!r}")
                if not pr["title"] and titles:
                    bad(f"untitled practice has a title {titles!r}")
                if pr["title"] in pr["forces"]:
                    bad("title is a force name")
                if rest:
                    bad(f"{pr['title']!r}: unexplained blocks between kind label and body: {rest!r}")
            # section: last h2 above
            h2 = [t for g, t in blocks[:i0] if g == "h2"]
            if not h2 or h2[-1] != pr["section"]:
                bad(f"{pr['title']!r}: section {h2[-1] if h2 else None!r} != {pr['section']!r}")
            for fo in pr["forces"]:
                if fo not in alltext:
                    bad(f"practice force {fo!r} not on page")
            for w in re.findall(r"\w+", pr["title"] + " " + pr["body"]):
                if w not in alltext:
                    bad(f"word {w!r} not in page text")
            if pr["primary_area"] != pr["areas"][0]:
                bad("primary_area is not areas[0]")
        inside = set()
        for a, b in body_spans:
            inside |= set(range(a, b))
        for dsn in r["decoys"]:
            nd += 1
            hits = [i for i, t in enumerate(texts) if dsn in t]
            if not hits:
                bad(f"decoy {dsn!r} is in no block")
            if any(i in inside for i in hits):
                bad(f"decoy {dsn!r} is inside a practice body")
            for pr in r["practices"]:
                if dsn in pr["body"] or dsn in pr["title"]:
                    bad(f"decoy {dsn!r} occurs in a practice")
        print(f"  {len(r['practices'])} practices, {len(r['decoys'])} decoys checked")
    print(f"{len(data['reports'])} reports, {np} practices, {nd} decoys, {errors} failures")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
