"""Read a scanned page (an image with no text layer) with Tesseract, as the words and
shapes ``layout`` turns into lines and frames, so a practice on it is found like any other.

Tesseract (Debian's ``tesseract-ocr``) is run as a program with TSV output: each word with
its box. From the page image this module also measures what OCR does not say: each word's
type size (from its box height and whether it has capitals or descenders), whether it is
bold (more ink per area than the page's usual text) and the ruled lines of box frames
(long runs of dark pixels across or down the page). Without Tesseract ``available()`` is
False and the caller keeps its "no text layer" warning.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path
from statistics import median

from practicedb.extraction.layout import Layout, from_scan
from practicedb.extraction.pdftext import FastPass

DPI = 300  # Tesseract reads 10pt text best at about 300 dpi

_DARK = 140  # grey level below which a pixel is ink
_TALL = re.compile(r"[A-Z0-9bdfhiklt'\"!?/()\[\]{}|&%$£#@]")
_DESC = re.compile(r"[gjpqy()\[\]{}|@$]")


def available() -> bool:
    """Whether the ``tesseract`` program is installed."""
    return shutil.which("tesseract") is not None


def read_page(doc, index: int) -> tuple[float, float, list[dict], list[list[float]]] | None:
    """(width, height, words, shapes) of page ``index`` of an open pypdfium2 document, in
    PDF points from the top left like pdfplumber's; None if OCR finds no words or fails."""
    try:
        page = doc[index]
        try:
            width, height = (float(v) for v in page.get_size())
            image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        finally:
            page.close()
    except Exception:  # noqa: BLE001 - a page that cannot be drawn cannot be read either
        return None
    words = _tesseract_words(image)
    if not words:
        return None
    scale = 72 / DPI
    ink = image.point(lambda v: 255 if v < _DARK else 0)
    _style(words, ink, scale)
    shapes = [[v * scale for v in box] for box in _ruled_lines(ink)]
    for w in words:
        for key in ("x0", "x1", "top", "bottom"):
            w[key] *= scale
    return width, height, words, shapes


def _tesseract_words(image) -> list[dict]:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    try:
        done = subprocess.run(
            ["tesseract", "stdin", "stdout", "--dpi", str(DPI), "--psm", "3", "tsv"],
            input=buf.getvalue(), capture_output=True, timeout=300, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    if done.returncode != 0:
        return []
    rows = csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)
    words = []
    for r in rows:
        text = (r.get("text") or "").strip()
        conf = float(r.get("conf") or -1)
        if r.get("level") != "5" or not text or conf < 30 or (len(text) <= 2 and conf < 70):
            continue  # specks and frame corners read as letters
        x, y, w, h = (int(r[k]) for k in ("left", "top", "width", "height"))
        words.append({"text": text, "x0": float(x), "x1": float(x + w), "top": float(y),
                      "bottom": float(y + h), "upright": True,
                      "line": (r["block_num"], r["par_num"], r["line_num"])})
    return words


def _style(words: list[dict], ink, scale: float) -> None:
    """Give each word the ``size`` (points) and ``fontname`` layout reads: the size from
    its line's word heights, bold from its ink per area against the page's usual text."""
    for w in words:
        ratio = (0.73 if _TALL.search(w["text"]) else 0.53) + (
            0.21 if _DESC.search(w["text"]) else 0)
        w["em"] = (w["bottom"] - w["top"]) * scale / ratio
        box = (int(w["x0"]), int(w["top"]), int(w["x1"]) + 1, int(w["bottom"]) + 1)
        area = max((box[2] - box[0]) * (box[3] - box[1]), 1)
        w["ink"] = ink.crop(box).histogram()[255] / area
    lines: dict[tuple, list[dict]] = {}
    for w in words:
        lines.setdefault(w["line"], []).append(w)
    for ws in lines.values():
        size = round(median(w["em"] for w in ws) * 2) / 2
        for w in ws:
            w["size"] = size
    usual = median(w["ink"] for w in words if len(w["text"]) >= 3) if any(
        len(w["text"]) >= 3 for w in words) else 0.0
    for ws in lines.values():
        heavy = median(w["ink"] for w in ws) > 1.22 * usual
        for w in ws:
            w["fontname"] = "OCR-Bold" if heavy else "OCR"
    for w in words:
        del w["em"], w["ink"], w["line"]


def _ruled_lines(ink, min_run: int = 150) -> list[list[float]]:
    """Boxes (x0, top, x1, bottom) in pixels of the long straight dark runs of a page:
    the rules and frame sides a scan shows. Runs on neighbouring rows join into one."""
    from PIL import Image

    found: list[list[float]] = []
    for flip in (False, True):
        img = ink.transpose(Image.Transpose.TRANSPOSE) if flip else ink  # columns become rows
        width = img.size[0]
        data = img.tobytes()
        runs = []
        for m in re.finditer(rb"\xff{%d,}" % min_run, data):
            row, start = divmod(m.start(), width)
            end = min(m.end() - row * width, width)
            if end - start >= min_run:
                runs.append([float(start), float(row), float(end), float(row + 1)])
        for r in _join_runs(runs):
            found.append([r[1], r[0], r[3], r[2]] if flip else r)
    return found


def _join_runs(runs: list[list[float]], tol: float = 3.0) -> list[list[float]]:
    """Runs on neighbouring rows that overlap along their length: one thick run."""
    out: list[list[float]] = []
    for r in sorted(runs, key=lambda r: (r[1], r[0])):
        for o in reversed(out[-20:]):
            if r[1] - o[3] <= tol and r[0] < o[2] and o[0] < r[2]:
                o[:] = [min(o[0], r[0]), o[1], max(o[2], r[2]), max(o[3], r[3])]
                break
        else:
            out.append(list(r))
    return [o for o in out if o[3] - o[1] <= 30]  # thicker (even tilted): a picture, no line


def read_scans(path: Path, fast: FastPass, keys: set[str]) -> list[Layout]:
    """OCR every page that shows an image but has no text layer (when Tesseract is
    installed); each read page's text goes into ``fast`` so it is searched like the rest."""
    todo = [i for i in sorted(fast.unreadable) if not fast.texts[i].strip()]
    if not todo or not available():
        return []
    import pypdfium2 as pdfium

    out: list[Layout] = []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - pdfium cannot open it: the warning stands
        return []
    try:
        for i in todo:
            got = read_page(pdf, i)
            if got is None:
                continue
            lay = from_scan(i + 1, *got, keys)
            fast.texts[i] = "\n".join(ln.text for ln in lay.all_lines)
            fast.unreadable.discard(i)
            out.append(lay)
    finally:
        pdf.close()
    return out
