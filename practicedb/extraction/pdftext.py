"""Open a PDF safely and read every page's text quickly.

pdfplumber gives the layout detail box detection needs but parses only a few
pages a second; pypdfium2 reads plain text ~70x faster. So this module sniffs the
file, reads all pages with pypdfium2, and decides which pages deserve the slow
pdfplumber pass (pages that mention a practice kind, plus neighbours). Every
library failure is turned into an ExtractionError worded for police staff. The
detailed per-page layout of the chosen pages lives in practicedb.layout.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from practicedb.models import ExtractionError

KIND_PHRASE_RE = re.compile(r"\b(innovative|promising|notable|good)\s+practice", re.IGNORECASE)
BAND = 0.10  # top/bottom fraction of a page where running headers and footers live
logging.getLogger("pdfminer").addHandler(logging.NullHandler())  # no stray prints to stderr

_LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u017f": "s", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\u2002": " ", "\u2003": " ", "\u200b": "", "\ufeff": "",
}
_LIG_RE = re.compile("|".join(map(re.escape, _LIGATURES)))
_SOFT_BREAK_RE = re.compile(r"[\ufffe\u00ad\x02]\s*(?:\r\n|\n|\r)?")
_CID_RE = re.compile(r"\(cid:\d+\)")
_SPACE_RE = re.compile(r"\s")  # str.isspace, as a pattern: counted in C
_WIDE_RE = re.compile(r"[^\x00-\x7f\s]")  # neither ASCII nor a space
_LATIN_RE = re.compile(r"[A-Za-z]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode's Cc but tab, newline
# Scripts one language writes together (Japanese mixes kanji, hiragana and katakana): one
# script for the "script soup" test, which is meant to catch undecoded glyphs.
_SCRIPT_FAMILY = dict.fromkeys(("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL",
                                "BOPOMOFO", "FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC"), "CJK")


@dataclass
class FastPass:
    """Plain text of every page plus the lines in its header and footer bands."""

    page_count: int
    texts: list[str]
    bands: list[list[str]] = field(default_factory=list)  # lines in top+bottom bands
    meta_title: str | None = None
    engine: str = "pdfium"
    # Pages without usable text that are not simply blank: they show an image (a scan),
    # hold text that cannot be decoded, or could not be read at all.
    unreadable: set[int] = field(default_factory=set)


def normalise(text: str) -> str:
    """Undo ligatures, soft hyphens, odd spaces and control characters."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing below would change it (most lines of a page)
    text = _SOFT_BREAK_RE.sub("", text)
    text = _LIG_RE.sub(lambda m: _LIGATURES[m.group(0)], text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r" *\n *", "\n", text).strip()


def sniff(path: Path) -> None:
    """Reject files that are plainly not PDFs, saying what they look like instead."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        why = exc.strerror or "access denied"
        raise ExtractionError(f"the file cannot be read ({why})") from None
    if size == 0:
        raise ExtractionError("the file is empty (0 bytes)")
    if b"%PDF-" in head:
        return
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) or b"<html" in low:
        raise ExtractionError("not a PDF file (it looks like a web page)")
    if head.startswith(b"PK\x03\x04"):
        raise ExtractionError("not a PDF file (it looks like a ZIP or Word/Excel document)")
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise ExtractionError("not a PDF file (it looks like an image)")
    if b" obj" not in head:  # header-less PDFs still show "1 0 obj" early on
        raise ExtractionError("not a PDF file (no PDF header found)")


@functools.lru_cache(maxsize=512)  # asked again for every page by text_warnings
def is_unusable(text: str) -> bool:
    """True when a page's text is (cid:N) tokens, unmapped glyphs or script soup."""
    cids = sum(len(m) for m in _CID_RE.findall(text)) if "(cid:" in text else 0
    rest = _CID_RE.sub("", text) if cids else text
    n = len(rest) - sum(rest.count(c) for c in " \n\t\r")
    if n and not rest.isascii():
        n = len(rest) - len(_SPACE_RE.findall(rest))
    if (cids and cids >= n) or not n:
        return True
    if rest.isascii():  # Latin letters, digits and punctuation: neither odd nor soup
        return False
    wide = _WIDE_RE.findall(rest)
    odd = sum(1 for c in wide if unicodedata.category(c) in ("Co", "Cn", "Cs") or c == "\ufffd")
    if odd / n > 0.3:
        return True
    scripts: Counter[str] = Counter()
    scripts["LATIN"] = len(_LATIN_RE.findall(rest))
    for c in wide:
        if c.isalpha():
            name = unicodedata.name(c, "? ?").split()[0]
            scripts[_SCRIPT_FAMILY.get(name, name)] += 1
    if not scripts["LATIN"]:
        del scripts["LATIN"]
    letters = sum(scripts.values())
    foreign = letters - scripts.get("LATIN", 0)
    return letters > 20 and foreign / letters > 0.5 and len(scripts) >= 5


def _kind_pages(fast: FastPass) -> list[int]:
    """0-based indexes of pages whose text names a practice kind."""
    return [i for i, t in enumerate(fast.texts) if KIND_PHRASE_RE.search(t)]


def candidate_pages(fast: FastPass) -> list[int]:
    """Pages worth the slow layout pass: kind mentions, the page after each, and pages 1-3."""
    pages = set(range(min(3, fast.page_count)))
    for i in _kind_pages(fast):
        pages.update({i, i + 1})
    return sorted(p for p in pages if p < fast.page_count)


def fast_pass(path: Path, on_candidate: Callable[[int, Any, Any], None] | None = None,
              ) -> tuple[FastPass | None, str]:
    """Read all pages with pypdfium2; (None, library message) if it cannot open the file.
    ``on_candidate(index, page, textpage)`` is called for each page ``candidate_pages``
    will name, while it is loaded (so its layout can be read without loading it again)."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
    except Exception as exc:  # noqa: BLE001 - any pdfium failure means "use the fallback"
        return None, str(exc)
    try:
        texts: list[str] = []
        bands: list[list[str]] = []
        unreadable: set[int] = set()
        for i in range(len(doc)):
            after_kind = bool(texts) and KIND_PHRASE_RE.search(texts[-1]) is not None

            def visit(text: str, page: Any, textpage: Any, i: int = i,
                      after_kind: bool = after_kind) -> None:
                if on_candidate is not None and (i < 3 or after_kind
                                                 or KIND_PHRASE_RE.search(text)):
                    on_candidate(i, page, textpage)

            text, band, blank = _pdfium_page(doc, i, visit)
            texts.append(text)
            bands.append(band)
            if is_unusable(text) and not blank:
                unreadable.add(i)
        title = None
        with contextlib.suppress(Exception):
            title = (doc.get_metadata_dict().get("Title") or "").strip() or None
        return FastPass(len(texts), texts, bands, title, "pdfium", unreadable), ""
    except Exception as exc:  # noqa: BLE001
        return None, str(exc)
    finally:
        with contextlib.suppress(Exception):
            doc.close()


def read_text(path: Path, max_pages: int | None = None) -> str:
    """The plain text of a PDF's first `max_pages` pages (all by default), read with PDFium:
    for a person's own document (``benchmark --file``). ExtractionError in plain words if the
    file cannot be opened."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
    except Exception as exc:  # noqa: BLE001 - any pdfium failure: say what it means
        why = ("the PDF is password-protected" if "password" in str(exc).lower()
               else "not a readable PDF")
        raise ExtractionError(why) from exc
    try:
        pages = len(doc) if max_pages is None else min(len(doc), max_pages)
        return "\n".join(_pdfium_page(doc, i)[0] for i in range(pages))
    finally:
        with contextlib.suppress(Exception):
            doc.close()


def _pdfium_page(doc, i: int, visit: Callable[[str, Any, Any], None] | None = None,
                 ) -> tuple[str, list[str], bool]:
    """One page's normalised text, its band lines and whether it is blank (no text, no
    image: nothing to warn about); empty, not blank, when the page will not load.
    ``visit(text, page, textpage)`` is called while the page is loaded."""
    try:
        page = doc[i]
    except Exception:  # noqa: BLE001 - a broken page reads as empty; pdfplumber decides later
        return "", [], False
    try:
        tp = page.get_textpage()
        try:
            text = normalise(tp.get_text_range())
            w, h = page.get_size()
            top = tp.get_text_bounded(0, h * (1 - BAND), w, h)
            bottom = tp.get_text_bounded(0, 0, w, h * BAND)
            band = [ln for ln in normalise(top + "\n" + bottom).split("\n") if ln.strip()]
            if visit is not None:
                with contextlib.suppress(Exception):  # the visitor's failure, not the page's
                    visit(text, page, tp)
        finally:
            tp.close()
        return text, band, not text and not _has_image(page)
    except Exception:  # noqa: BLE001
        return "", [], False
    finally:
        page.close()


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    images = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4)
    return next(images, None) is not None


def plumber_fast_pass(pdf, meta_title: str | None = None) -> FastPass:
    """Slow fallback when pypdfium2 cannot open a file that pdfplumber can."""
    texts: list[str] = []
    bands: list[list[str]] = []
    unreadable: set[int] = set()
    for i, page in enumerate(pdf.pages):
        try:
            texts.append(normalise(page.extract_text() or ""))
            h = float(page.height)
            band = [
                w["text"] for w in page.extract_text_lines()
                if w["top"] < h * BAND or w["bottom"] > h * (1 - BAND)
            ]
            bands.append(band)
            if is_unusable(texts[-1]) and (texts[-1] or page.images):
                unreadable.add(i)
        except Exception:  # noqa: BLE001 - an unreadable page reads as empty
            texts.append("")
            bands.append([])
            unreadable.add(i)
        finally:
            page.close()
    if meta_title is None:
        with contextlib.suppress(Exception):
            raw = pdf.metadata.get("Title")
            meta_title = (raw.decode("utf-8", "ignore") if isinstance(raw, bytes) else raw) or None
    return FastPass(len(texts), texts, bands, meta_title, "pdfplumber", unreadable)


def reconcile(fast: FastPass | None, pdf) -> FastPass:
    """Use pdfplumber's page count; fill pages pypdfium2 could not read (or read it all)."""
    if fast is None:
        return plumber_fast_pass(pdf)
    n = len(pdf.pages)
    fast.unreadable |= set(range(len(fast.texts), n))  # pages pdfium did not see
    fast.unreadable = {i for i in fast.unreadable if i < n}  # pages pdfplumber does not have
    fast.texts = (fast.texts + [""] * n)[:n]
    fast.bands = (fast.bands + [[] for _ in range(n)])[:n]
    fast.page_count = n
    return fast


def text_warnings(fast: FastPass, ocr: bool = True) -> list[str]:
    """Raise if no page has usable text; otherwise warn about each page whose text is
    missing or unreadable, except blank pages (no text and no image). ``ocr``: whether
    Tesseract was there to try (else the warning says how to install it)."""
    bad = [i for i, t in enumerate(fast.texts) if is_unusable(t)]
    enable = "" if ocr else ("; install Tesseract (Debian/Ubuntu: apt-get install "
                             "tesseract-ocr) to read it")
    if len(bad) == fast.page_count:
        raise ExtractionError("no usable text: the pages are scanned images or use fonts without "
                              "a text map — run it through OCR first" + enable)
    return [f"page {i + 1} has no text layer (scanned?) — a practice on it could be missed{enable}"
            if not fast.texts[i] else
            f"page {i + 1}'s text cannot be read (a font without a text map) — a practice "
            "on it could be missed"
            for i in bad if i in fast.unreadable]


def word_error(exc: BaseException | None, other: str = "") -> str:
    """Turn a library exception (and pdfium's message) into a plain-words cause."""
    parts = [other]
    e: BaseException | None = exc
    while e is not None:
        parts.append(f"{type(e).__name__} {e}")
        e = e.__cause__ or e.__context__
        if len(parts) > 6:
            break
    blob = " ".join(parts).lower()
    if "password" in blob or "encrypt" in blob and "unknown filter" not in blob:
        return "the PDF is password-protected"
    if "unsupported filter" in blob or "brotli" in blob:
        return "the PDF uses a compression method this tool cannot read"
    if "recursion" in blob:
        return "the PDF's internal structure loops back on itself and cannot be read"
    return "the PDF is damaged or incomplete and cannot be opened"


@contextlib.contextmanager
def open_plumber(path: Path, pdfium_message: str = "") -> Iterator:
    """Open with pdfplumber, insisting on at least one readable page, and always close."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:  # noqa: BLE001 - every library failure gets our own words
        raise ExtractionError(word_error(exc, pdfium_message)) from None
    try:
        try:
            n = len(pdf.pages)
        except TypeError:
            bad = len(getattr(pdf, "_pages", [])) + 1
            raise ExtractionError(f"page {bad} has no page size and cannot be read") from None
        except Exception as exc:  # noqa: BLE001
            msg = word_error(exc, pdfium_message)
            if msg.endswith("cannot be opened"):
                msg = "the PDF's page list is damaged"
            raise ExtractionError(msg) from None
        if n == 0:
            raise ExtractionError("the PDF has no pages (or its page list is damaged)")
        yield pdf
    finally:
        with contextlib.suppress(Exception):
            pdf.close()


def check_cover(pdf) -> None:
    """Raise ExtractionError when the first page's content cannot be decoded (a damaged or
    fuzzed stream). PDFium draws what it can of such a page without a word of complaint,
    so on the PDFium path this keeps the judgement pdfplumber's layout would have made:
    a report whose cover is damaged is refused, not read as half a page of scraps."""
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        for ref in pdf.pages[0].page_obj.contents:
            stream = resolve1(ref)
            if isinstance(stream, PDFStream):  # a null entry is no content, not damage
                stream.get_data()
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a damaged page
        raise ExtractionError("the PDF is damaged: the text of page 1 cannot be read") from exc

