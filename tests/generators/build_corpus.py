#!/usr/bin/env python3
"""Build the bundled sample corpus in corpus/ (PDFs + answers.json).

The report texts live in tests/generators/corpus_content/r*.py (one Python data module per
report, each defining REPORT).  This script lays them out with reportlab, tracks
where every practice box actually landed, writes corpus/answers.json from that,
and then re-reads the PDFs (pdfplumber + pypdfium2) to check the answer key.

Usage:  python tests/generators/build_corpus.py [--no-check]
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CONTENT = HERE / "corpus_content"
OUT = ROOT / "corpus"
sys.path.insert(0, str(CONTENT))

from layout import (  # noqa: E402
    DEFAULT,
    FAMILIES,
    KIND_HEADINGS,
    Box,
    ContentsLine,
    Doc,
    PushDown,
    Registry,
    esc,
    soften,
    styles,
)
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)


def box_items(st, S, item, decoy, tag=None):
    out = []
    head = esc(item["kind"] if decoy else KIND_HEADINGS[item["kind"]])
    if tag:
        head = f'<onDraw name="_mark" label="{tag}"/>' + head
    out.append(Paragraph(head, S["bh"]))
    nhead = 1
    force_line = item.get("force_line")
    if force_line and item.get("force_pos") == "heading":
        out.append(Paragraph(esc(force_line), S["bf"]))
        nhead += 1
    if item.get("title"):
        out.append(Paragraph(esc(item["title"]), S["bt"]))
        nhead += 1
    if force_line and item.get("force_pos") != "heading":
        out.append(Paragraph(esc(force_line), S["bf"]))
        nhead += 1
    for chunk in item["body"]:
        if isinstance(chunk, str):
            t = soften(esc(chunk)) if st["hyphenate"] and not decoy else esc(chunk)
            out.append(Paragraph(t, S["bp"]))
        else:
            for b in chunk:
                t = soften(esc(b)) if st["hyphenate"] and not decoy else esc(b)
                out.append(Paragraph(t, S["bul"], bulletText="\u2022"))
    return out, nhead


def body_text(item):
    parts = []
    for chunk in item["body"]:
        parts.append(chunk if isinstance(chunk, str) else "\n".join("- " + b for b in chunk))
    return "\n\n".join(parts)


def story(rep, st, reg, pages, fn_texts):
    """Return (flowables, practices, decoys).  `pages` = marks from a previous pass."""
    S = styles(st)
    fl = [Paragraph(esc(st["org"]), S["org"]), Paragraph(esc(rep.get("cover_title", rep["title"])),
                                                         S["ct"])]
    fl += [Paragraph(esc(line), S["cl"]) for line in rep["cover_lines"]]
    front = []
    for page in rep.get("front_pages", []):
        front.append(Paragraph(esc(page["heading"]), S["h1"]))
        front += [Paragraph(esc(para), S["p"]) for para in page["paras"]]
        front.append(PageBreak())
    practices, decoys, sec, fn_no = [], [], None, 0
    blocks = rep["blocks"]
    if st["contents"]:
        front.append(Paragraph(esc(st["contents_title"]), S["h1"]))
        reg_f = FAMILIES[st["font"]][0]
        n = 0
        for b in blocks:
            if b[0] == "h1":
                front.append(ContentsLine(b[1], pages.get(f"s:{b[1]}", 0), reg_f, st["size"]))
            elif b[0] == "box" and st["contents_practices"]:
                n += 1
                lab = f"{KIND_HEADINGS[b[1]['kind']]}: {b[1]['title'] or 'untitled'}"
                front.append(ContentsLine(lab, pages.get(f"p:{n}", 0), reg_f, st["size"] - 1,
                                          18))
        front.append(PageBreak())
    if front:
        fl += [NextPageTemplate("front"), PageBreak()] + front[:-1]
    fl += [NextPageTemplate("body"), PageBreak()]
    first_h1 = True
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            sec = b[1]
            if st["h1_break"] and not first_h1:
                fl.append(PageBreak())
            first_h1 = False
            fl.append(Paragraph(f'<onDraw name="_mark" label="s:{esc(b[1])}"/>{esc(b[1])}',
                                S["h1"]))
        elif kind == "h2":
            fl.append(Paragraph(esc(b[1]), S["h2"]))
        elif kind in ("p", "mention"):
            text = esc(b[1])

            def fnrep(m):
                nonlocal fn_no
                fn_no += 1
                fn_texts[fn_no] = m.group(1)
                return f'<super>{fn_no}</super><onDraw name="_fn" label="{fn_no}"/>'
            text = re.sub(r"\[\[fn:(.*?)\]\]", fnrep, text)
            fl.append(Paragraph(text, S["p"]))
            if kind == "mention":
                decoys.append(b[2])
        elif kind == "ul":
            fl += [Paragraph(esc(x), S["pbul"], bulletText="\u2022") for x in b[1]]
            fl.append(Spacer(1, st["size"] * 0.5))
        elif kind == "grades":
            rows = [[Paragraph("<b>Area</b>", S["cell"]), Paragraph("<b>Grade</b>", S["cell"])]]
            rows += [[Paragraph(esc(a), S["cell"]), Paragraph(esc(g), S["cell"])] for a, g in b[1]]
            t = Table(rows, colWidths=["68%", "32%"], hAlign="LEFT")
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st["box_fill"])),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            fl += [t, Spacer(1, 12)]
        elif kind == "push":
            fl.append(PushDown(b[1]))
        elif kind == "break":
            fl.append(PageBreak())
        elif kind == "cond":
            fl.append(CondPageBreak(b[1]))
        elif kind in ("box", "decoy"):
            item = b[1]
            decoy = kind == "decoy"
            tag = None if decoy else f"p:{len(practices) + 1}"
            items, nhead = box_items(st, S, item, decoy, tag)
            if not decoy:
                practices.append(dict(
                    kind=item["kind"], title=item.get("title", ""),
                    forces=item.get("forces", rep["forces"]), page_start=0, page_end=0,
                    section=item.get("section", sec), primary_area=item["area"],
                    areas=[item["area"]] + item.get("also", []), body=body_text(item),
                    whole_words=[], _tag=tag))
            else:
                words = " ".join((item.get("title") or item["body"][0]).split()[:10])
                decoys.append(words)
            fl.append(Spacer(1, st["size"] * 0.4))
            fl.append(Box(items, st, reg, tag, nhead))
            fl.append(Spacer(1, st["size"] * 1.1))
        else:
            raise ValueError(f"unknown block {kind!r} in {rep['file']}")
    return fl, practices, decoys


def build_one(rep):
    st = dict(DEFAULT, **rep.get("style", {}))
    marks = {}
    for _ in range(2):  # pass 1 finds page numbers for the contents page
        reg, fn_texts, buf = Registry(), {}, io.BytesIO()
        fl, practices, decoys = story(rep, st, reg, marks, fn_texts)
        doc = Doc(buf, rep, st, reg, fn_texts)
        doc.build(fl)
        stable = marks == reg.marks
        marks = reg.marks
    if not stable:
        raise RuntimeError(f"{rep['file']}: page numbers did not settle")
    data = buf.getvalue()
    (OUT / rep["file"]).write_bytes(data)
    for p in practices:
        pages = [pt[1] for pt in reg.parts if pt[0] == p["_tag"]]
        p["page_start"], p["page_end"] = min(pages), max(pages)
        p["_parts"] = [pt for pt in reg.parts if pt[0] == p["_tag"]]
    return dict(file=rep["file"], title=rep["title"], type=rep["type"], forces=rep["forces"],
                published=rep["published"], page_count=doc.page, practices=practices,
                decoys=decoys, _cols=st["cols"])


def load_reports():
    reps = []
    for path in sorted(CONTENT.glob("r*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        reps.append(mod.REPORT)
    return reps


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def text_of(page, cols):
    """Page text, column by column for two-column pages."""
    if cols == 1:
        return page.extract_text() or ""
    w = page.width
    return "\n".join(page.crop((x, 0, x + w / 2, page.height)).extract_text() or ""
                     for x in (0, w / 2))


def check(results):
    """Re-read each PDF; fill whole_words; return a list of problems."""
    import pdfplumber
    import pypdfium2 as pdfium
    problems = []
    for r in results:
        path = OUT / r["file"]
        pdf = pdfium.PdfDocument(str(path))
        if len(pdf) != r["page_count"]:
            problems.append(f"{r['file']}: pypdfium2 sees {len(pdf)} pages")
        pdf[0].get_textpage().get_text_range()
        pdf.close()
        with pdfplumber.open(path) as doc:
            if len(doc.pages) != r["page_count"]:
                problems.append(f"{r['file']}: pdfplumber page count")
            for p in r["practices"]:
                def page_text(n, cols=r["_cols"]):
                    return text_of(doc.pages[n - 1], cols)
                words = p["body"].split()
                first = p["title"] or " ".join(words[:6])
                last = " ".join(words[-5:])
                if norm(first) not in norm(page_text(p["page_start"])):
                    problems.append(f"{r['file']}: start of {first!r} not on p{p['page_start']}")
                if norm(last) not in norm(page_text(p["page_end"])):
                    problems.append(f"{r['file']}: end {last!r} not on p{p['page_end']}")
                box_txt = ""
                for _, pg, x0, y0, x1, y1 in p["_parts"]:
                    page = doc.pages[pg - 1]
                    H = page.height
                    crop = page.crop((x0 - 1, H - y1 - 1, x1 + 1, H - y0 + 1))
                    box_txt += (crop.extract_text() or "") + "\n"
                if "\xad" in box_txt:
                    problems.append(f"{r['file']}: soft hyphen leaked in {first!r}")
                if norm(p["body"]) not in norm(box_txt):
                    problems.append(f"{r['file']}: body of {first!r} not found inside its box")
                body_words = set(re.findall(r"[a-z]+", p["body"].lower()))
                ww = []
                for a, b in re.findall(r"([A-Za-z]+)-\n([A-Za-z]+)", box_txt):
                    joined = a + b
                    if joined.lower() in body_words and f"{a}-{b}".lower() not in p["body"].lower():
                        ww.append(joined)
                p["whole_words"] = sorted(set(ww))
    return problems


def main(argv):
    OUT.mkdir(exist_ok=True)
    results = [build_one(rep) for rep in load_reports()]
    problems = [] if "--no-check" in argv else check(results)
    clean = []
    for r in results:
        r = {k: v for k, v in r.items() if not k.startswith("_")}
        r["practices"] = [{k: v for k, v in p.items() if not k.startswith("_")}
                          for p in r["practices"]]
        clean.append(r)
    (OUT / "answers.json").write_text(json.dumps({"reports": clean}, indent=1,
                                                 ensure_ascii=False) + "\n", encoding="utf-8")
    n = sum(len(r["practices"]) for r in clean)
    print(f"{len(clean)} reports, {n} practices")
    for r in clean:
        size = (OUT / r["file"]).stat().st_size
        splits = sum(p["page_start"] != p["page_end"] for p in r["practices"])
        print(f"  {r['file']:42} {r['page_count']:3} pages {len(r['practices']):3} practices "
              f"{splits} split {size / 1024:7.1f} KB")
    areas = Counter(p["primary_area"] for r in clean for p in r["practices"])
    for a, c in sorted(areas.items()):
        print(f"  {c:3}  {a}")
    total = sum((OUT / r["file"]).stat().st_size for r in clean)
    print(f"total size {total / 1024:.0f} KB; whole_words: "
          f"{sum(len(p['whole_words']) for r in clean for p in r['practices'])}")
    for pr in problems:
        print("PROBLEM:", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
