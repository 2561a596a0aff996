"""A saved report web page to a ``Report``, by the same rules as a PDF where they apply.

``page`` turns the HTML into text blocks in reading order without the site's chrome;
``boxes`` finds the practices among them. The report's title is the page's main heading;
its type, forces and date are read by ``extraction.metadata`` from the page's opening
(what a PDF's cover says), with the page's own date attributes as a fallback. A web page
has no pages: practices' page numbers are None and ``page_count`` is 0.
"""

from __future__ import annotations

import re
from pathlib import Path

from practicedb._util import sha256_file
from practicedb.extraction import metadata
from practicedb.extraction.web import boxes
from practicedb.extraction.web.page import Block, Page, parse
from practicedb.forces import find_forces
from practicedb.models import ExtractionError, Report

MAX_BYTES = 50 * 1024**2
_TITLE_SUFFIX = re.compile(r"\s+[-–—|:]\s+[^-–—|]*$")
_DATE_KEYS = ("article:published_time", "datepublished", "dc.date", "dcterms.issued",
              "dc.date.issued", "dcterms.created", "date", "time")


def extract_web_report(path: Path, sha256: str | None = None) -> Report:
    """Read one saved report page; raise ExtractionError (plain words) if it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"the file cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ExtractionError("the file is empty (0 bytes)")
    if len(data) > MAX_BYTES:
        raise ExtractionError("the web page is larger than 50 MB, too large for a report page")
    try:
        page = parse(data)
    except (ValueError, TypeError) as exc:  # lxml's own parser errors
        raise ExtractionError(f"the web page cannot be read ({exc})") from None
    if not page.blocks:
        raise ExtractionError("the web page has no text (it may need JavaScript to show it)")
    report = _report(page, path, sha256 or sha256_file(path))
    if not report.practices and not _reads_as_report(page):
        raise ExtractionError("the web page does not look like an inspection report (no "
                              "practice boxes, and it does not describe an inspection)")
    return report


_REPORT_WORDS = re.compile(r"\binspect(?:ion|ed|ing|orate)\b|\bPEEL\b|\bHMICFRS\b|\bHMIC\b",
                           re.IGNORECASE)


def _reads_as_report(page: Page) -> bool:
    """A page with no practice may still be a report (one with none to name): it says it is
    about an inspection and has a report's length of text."""
    text = "\n".join(b.text for b in page.blocks)
    return len(text) >= 2000 and len(_REPORT_WORDS.findall(text)) >= 3


def _report(page: Page, path: Path, sha256: str) -> Report:
    title = _title(page)
    head, rest = _opening(page)
    pages = [head, *_chunks(rest)]
    practices, lined = boxes.find_practices(page.blocks, page.main)
    named = find_forces("\n".join(b.text for b in page.blocks))
    rtype = metadata.extract_type(title, "\n".join(pages[:2]), find_forces(head), named,
                                  [p.forces[0] for p in practices if p.forces])
    rforces = metadata.extract_forces(pages[:3])
    if not rforces and rtype in ("thematic", "joint"):
        rforces = named
    metadata.fill_practice_forces(practices, rtype, rforces, lined)
    forces = metadata.report_forces(rtype, pages[:3], practices)
    return Report(title=title, type=rtype, forces=forces, published=_published(page, head),
                  page_count=0, file_name=path.name, sha256=sha256, practices=practices,
                  warnings=[])


def _title(page: Page) -> str:
    for blocks in (page.blocks, page.all_blocks):
        h1 = next((b for b in blocks if b.level == 1), None)
        if h1 is not None:
            return h1.text
    meta = page.meta.get("og:title") or page.meta.get("dc.title") or page.meta.get("title", "")
    return _TITLE_SUFFIX.sub("", meta).strip() if _TITLE_SUFFIX.search(meta) else meta


def _opening(page: Page) -> tuple[str, list[Block]]:
    """The page's 'cover': everything before the main content's first section heading (the
    title, its caption, the publication details, the opening lines); and the rest."""
    main_ids = {id(b.el) for b in page.blocks}
    first_main = next((k for k, b in enumerate(page.all_blocks) if id(b.el) in main_ids), 0)
    before = [b for b in page.all_blocks[:first_main]
              if b.level == 1 or _near_title(b, page.all_blocks[:first_main])]
    cut = next((k for k, b in enumerate(page.blocks) if 1 < b.level <= 3 and k > 0),
               len(page.blocks))
    cut = min(cut, 40)
    head = before + page.blocks[:cut]
    return "\n".join(b.text for b in head), page.blocks[cut:]


def _near_title(b: Block, blocks: list[Block]) -> bool:
    """A block within five of an <h1> outside the main content (a page header's title
    area holds the title and date)."""
    at = next((k for k, o in enumerate(blocks) if o.level == 1), None)
    return at is not None and any(o is b for o in blocks[at:at + 6])


def _chunks(blocks: list[Block], size: int = 3000) -> list[str]:
    out, cur = [], ""
    for b in blocks:
        cur += b.text + "\n"
        if len(cur) >= size:
            out.append(cur)
            cur = ""
    return [*out, cur] if cur else out


def _published(page: Page, head: str) -> str | None:
    """A date beside "Published" in the opening, else the page's date attributes, else any
    date in the opening."""
    lines = head.split("\n")
    for i, line in enumerate(lines):
        if re.search(r"\bpublish(?:ed|ing)?\b|\bpublication date\b|\bdate published\b", line,
                     re.IGNORECASE):
            for cand in (line, lines[i + 1] if i + 1 < len(lines) else ""):
                found = metadata.extract_published([cand])
                if found and re.search(r"\d{4}", cand):
                    return found
    for key in _DATE_KEYS:
        value = page.meta.get(key, "")
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            return "-".join(m.groups())
    return metadata.extract_published([head])
