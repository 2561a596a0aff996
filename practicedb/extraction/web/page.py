"""A saved report web page as a list of text blocks in reading order, without site chrome.

Only what any site's markup says counts, never one site's class names: the HTML elements'
own meaning (main, article, nav, header, footer, aside, headings, lists, tables), ARIA
roles and labels, how much of a region is links, and what its text says ("Skip to main
content", "Print this document", a cookie notice, a contents list, footnotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

BLOCK_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd th td caption summary figcaption blockquote pre div section "
    "article aside header footer main ul ol dl table thead tbody tfoot tr details figure "
    "address hgroup fieldset legend form nav center".split())
_HEADING_TAGS = {f"h{i}": i for i in range(1, 7)}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "button", "input",
              "select", "textarea", "nav", "search", "object", "embed", "canvas", "img",
              "picture", "video", "audio", "map", "link", "meta")
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"}
_CHROME_TEXT = re.compile(
    r"^(?:skip to (?:the )?(?:main )?content|skip to main navigation|print(?: this)?"
    r"(?: (?:document|page|report))?|download(?: this| the)? (?:report|document|pdf)\b.*"
    r"|share(?: this)?(?: page| on \w+)?:?|back to top|top of page|you are here:?"
    r"|search(?: form)?|is this page useful\??.*|menu|close|main navigation"
    r"|breadcrumbs?|cookies? (?:settings|preferences|policy))$",
    re.IGNORECASE)
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
_COOKIE_ASK = re.compile(r"\b(?:accept|reject|agree|consent|preferences|settings|we use)\b",
                         re.IGNORECASE)
_NOTES_HEADING = re.compile(r"^(?:references|footnotes|endnotes|notes|sources|bibliography)$",
                            re.IGNORECASE)
_CONTENTS_HEADING = re.compile(r"^(?:contents|table of contents|on this page|in this report"
                               r"|jump to)$", re.IGNORECASE)
_MARKER = re.compile(r"^\s*(?:\[\s*\d{1,3}\s*\]|\(\s*\d{1,3}\s*\)|\d{1,3}|[*†‡§])\s*$")
_SPACE = re.compile(r"\s+")
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.IGNORECASE)
_HEADING_CLASS = re.compile(r"(?:^|\s)(?:h|heading-?)([1-6])(?:$|\s)", re.IGNORECASE)
_BOLD_CLASS = re.compile(r"(?:^|[\s_-])(?:bold|strong)(?:$|[\s_-])", re.IGNORECASE)


@dataclass
class Block:
    """One run of text that a reader sees as its own line or paragraph."""

    el: etree._Element  # the element that holds the text
    text: str
    level: int = 0  # 1-6 for a heading, else 0
    bold: bool = False  # the whole text is bold (strong, b, or bold by class or style)
    link: bool = False  # the whole text is a link
    item: bool = False  # a list item
    lines: list[tuple[str, bool]] = field(default_factory=list)  # split at <br>: (text, bold)


@dataclass
class Page:
    root: etree._Element  # the whole document, chrome removed
    main: etree._Element  # the report's own content
    blocks: list[Block]  # the main content's blocks in reading order
    all_blocks: list[Block]  # every block of the page (for metadata)
    meta: dict[str, str]  # <title>, <meta name/property> and <time datetime> values


def clean(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ").replace("\u200b", "")).strip()


def parse(data: bytes) -> Page:
    """Parse a page's bytes (any encoding the page declares) into blocks."""
    root = lxml.html.document_fromstring(data, parser=lxml.html.HTMLParser(
        encoding=_encoding(data)))
    meta = _meta(root)
    _strip_chrome(root)
    main = _main_content(root)
    _strip_within(main)
    body = root.find("body")
    return Page(root, main, blocks(main), blocks(body if body is not None else root), meta)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|encoding=["']([\w-]+)""",
                      re.IGNORECASE)


def _encoding(data: bytes) -> str | None:
    """The page's own declared encoding (None: let the parser read the declaration, or
    the byte-order mark); a page that declares none is UTF-8 if it decodes as such (as
    browsers save pages today), else Windows-1252."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _CHARSET.search(
            data[:4096]):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252"
    return "utf-8"


def _meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content():
        out["title"] = clean(title.text_content())
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content") and key not in out:
            out[key] = clean(m.get("content") or "")
    for t in root.iter("time"):
        if t.get("datetime") and "time" not in out:
            out["time"] = t.get("datetime") or ""
    return out


def _drop(el: etree._Element) -> None:
    if el.getparent() is not None:
        el.drop_tree()  # keeps the text that follows it


def _strip_chrome(root: etree._Element) -> None:
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        role = (el.get("role") or "").lower()
        label = (el.get("aria-label") or "").lower()
        if (role in _CHROME_ROLES or el.get("aria-hidden") == "true" or el.get("hidden")
                is not None or re.search(r"display\s*:\s*none", el.get("style") or "")
                or "breadcrumb" in label or (el.tag in ("header", "footer") and not _inside(
                    el, ("main", "article", "aside", "section")))):
            _drop(el)
    for el in list(root.iter("div", "section", "aside", "p", "form")):
        if el.getparent() is None:
            continue
        text = el.text_content()
        if len(text) < 1500 and _COOKIES.search(text) and _COOKIE_ASK.search(text):
            _drop(el)
    for el in list(root.iter("a")):  # footnote markers: [3], 3, *
        if el.getparent() is not None and _MARKER.match(el.text_content() or "") and (
                (el.get("href") or "").startswith("#") or el.get("role") == "doc-noteref"):
            _drop(el)
    for el in list(root.iter("sup")):
        _drop(el)


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(a.tag in tags for a in el.iterancestors())


def _text_len(el: etree._Element) -> int:
    return len(clean(el.text_content()))


def _link_len(el: etree._Element) -> int:
    return sum(len(clean(a.text_content())) for a in el.iter("a"))


def _main_content(root: etree._Element) -> etree._Element:
    """<main> or role=main, else the largest <article>, else the body; then down into the
    child that holds most of the text while what is left beside it is mostly links."""
    body = root.find("body")
    start = body if body is not None else root
    found = [el for el in root.iter() if isinstance(el.tag, str)
             and (el.tag == "main" or (el.get("role") or "").lower() == "main")]
    if not found:
        found = sorted(root.iter("article"), key=_text_len, reverse=True)[:1]
    node = found[0] if found else start
    while True:
        total = _text_len(node)
        kids = [k for k in node if isinstance(k.tag, str)]
        if not kids or total == 0:
            return node
        best = max(kids, key=_text_len)
        rest = [k for k in kids if k is not best and _text_len(k) > 150]
        if _text_len(best) >= 0.6 * total and all(
                _link_len(k) > 0.4 * _text_len(k) for k in rest):
            node = best
        else:
            return node


def _strip_within(main: etree._Element) -> None:
    """Contents lists, footnote and reference lists, and link-only regions."""
    for el in list(main.iter("ul", "ol", "div", "aside", "section")):
        if el.getparent() is None:
            continue
        links = list(el.iter("a"))
        n = _text_len(el)
        if len(links) >= 3 and n and _link_len(el) > 0.7 * n:
            _drop_with_heading(el, None)
            continue
        if el.tag in ("ul", "ol"):
            items = [li for li in el if li.tag == "li"]
            if items and all(re.match(r"^(?:fn|footnote|note|ref|endnote)", li.get("id") or "",
                                      re.IGNORECASE) for li in items):
                _drop_with_heading(el, _NOTES_HEADING)
    for h in list(main.iter(*_HEADING_TAGS)):
        text = clean(h.text_content())
        if h.getparent() is not None and _NOTES_HEADING.match(text):
            _drop_section(h)
        elif h.getparent() is not None and _CONTENTS_HEADING.match(text):
            nxt = h.getnext()
            if nxt is not None and nxt.tag in ("ul", "ol"):
                _drop(nxt)
            _drop(h)


def _drop_with_heading(el: etree._Element, pattern: re.Pattern | None) -> None:
    prev = el.getprevious()
    if prev is not None and prev.tag in _HEADING_TAGS and (
            pattern is None and _CONTENTS_HEADING.match(clean(prev.text_content()))
            or pattern is not None and pattern.match(clean(prev.text_content()))):
        _drop(prev)
    _drop(el)


def _drop_section(h: etree._Element) -> None:
    """A notes heading and what follows it up to the next heading of its rank or higher."""
    level = _HEADING_TAGS[h.tag]
    nxt = h.getnext()
    while nxt is not None and not (nxt.tag in _HEADING_TAGS and _HEADING_TAGS[nxt.tag] <= level):
        after = nxt.getnext()
        _drop(nxt)
        nxt = after
    _drop(h)


# -- blocks -----------------------------------------------------------------------------


def _is_bold(el: etree._Element, stop: etree._Element | None = None) -> bool:
    """The element, or an ancestor up to `stop`, makes its text bold."""
    node: etree._Element | None = el
    while node is not None:
        if node.tag in ("strong", "b") or _BOLD_STYLE.search(node.get("style") or "") or (
                _BOLD_CLASS.search(node.get("class") or "")):
            return True
        if node is stop or node.tag in BLOCK_TAGS and node is not el:
            return False
        node = node.getparent()
    return False


class _Run:
    """Inline text being gathered: segments of (text, bold, link) split at <br>."""

    def __init__(self) -> None:
        self.lines: list[list[tuple[str, bool, bool]]] = [[]]

    def add(self, text: str | None, bold: bool, link: bool) -> None:
        if text:
            self.lines[-1].append((text, bold, link))

    def br(self) -> None:
        self.lines.append([])


def blocks(root: etree._Element) -> list[Block]:
    out: list[Block] = []
    _walk(root, out, root)
    return out


def _walk(el: etree._Element, out: list[Block], top: etree._Element) -> None:
    base_bold = _is_bold(el)
    parts = _parts(el)
    for child in parts:  # each a line of its own (see _parts)
        run = _Run()
        _inline(child, run, base_bold, False)
        _flush(child, run, out)
    run = _Run()
    run.add(None if parts else el.text, base_bold, el.tag == "a")
    for child in el:
        if child in parts:
            continue
        if not isinstance(child.tag, str):
            run.add(child.tail, base_bold, False)
            continue
        if child.tag in BLOCK_TAGS:
            _flush(el, run, out)
            run = _Run()
            _walk(child, out, top)
        else:
            _inline(child, run, base_bold, el.tag == "a")
        run.add(child.tail, base_bold, el.tag == "a")
    _flush(el, run, out)


_PART_TAGS = ("span", "strong", "b", "em", "i", "small")


def _parts(el: etree._Element) -> list[etree._Element]:
    """The inline elements that open a block with nothing between them but spaces - a
    label, a bold title, an italic force line, each set on a line of its own by the page's
    style (<li><span>Promising practice</span><strong>Title</strong><em>Force</em><p>...):
    read as lines apart. [] when there are fewer than two, or text runs between them."""
    lead: list[etree._Element] = []
    if (el.text or "").strip():
        return []
    for child in el:
        if not isinstance(child.tag, str) or child.tag in BLOCK_TAGS:
            break
        if child.tag not in _PART_TAGS or not "".join(child.itertext()).strip():
            return []
        lead.append(child)
        if (child.tail or "").strip():
            return []
    return lead if len(lead) >= 2 else []


def _inline(el: etree._Element, run: _Run, bold: bool, link: bool) -> None:
    if el.tag == "br":
        run.br()
        return
    bold = bold or _is_bold(el, el)
    link = link or el.tag == "a"
    run.add(el.text, bold, link)
    for child in el:
        if isinstance(child.tag, str):
            _inline(child, run, bold, link)
        run.add(child.tail, bold, link)


def _flush(el: etree._Element, run: _Run, out: list[Block]) -> None:
    lines: list[tuple[str, bool]] = []
    all_bold, all_link, any_text = True, True, False
    for segs in run.lines:
        text = clean("".join(t for t, _, _ in segs))
        if not text:
            continue
        any_text = True
        seg_bold = all(b for t, b, _ in segs if t.strip())
        all_bold &= seg_bold
        all_link &= all(lk for t, _, lk in segs if t.strip())
        lines.append((text, seg_bold))
    if not any_text:
        return
    if len(lines) > 1 and lines[0][1] and not all_bold:  # a bold line ended by <br>: a heading
        _emit(el, [lines[0]], True, all_link, out)
        lines = lines[1:]
        all_bold = all(b for _, b in lines)
    _emit(el, lines, all_bold, all_link, out)


def _emit(el: etree._Element, lines: list[tuple[str, bool]], all_bold: bool, all_link: bool,
          out: list[Block]) -> None:
    text = clean(" ".join(t for t, _ in lines))
    if _CHROME_TEXT.match(text):
        return
    item = el.tag == "li" or any(a.tag == "li" for a in el.iterancestors())
    out.append(Block(el, text, _level(el), all_bold, all_link, item, lines))


def _level(el: etree._Element) -> int:
    """1-6 for a heading - an <h1>-<h6>, any element with role="heading" (its
    aria-level, 2 when it has none, as ARIA says), a <p> or <div> of class "h3" - else 0."""
    if level := _HEADING_TAGS.get(str(el.tag), 0):
        return level
    if (el.get("role") or "").lower() == "heading":
        aria = (el.get("aria-level") or "").strip()
        return int(aria) if aria.isdigit() and 1 <= int(aria) <= 6 else 2
    # a paragraph styled as a heading by its class alone (<p class="h3">)
    m = _HEADING_CLASS.search(el.get("class") or "") if el.tag in ("p", "div", "span") else None
    return int(m.group(1)) if m else 0
