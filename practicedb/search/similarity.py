"""Benchmarking: practices like a given one, or like the user's own account of their work.

The ranking itself is ``searching.like`` (key terms of a text, searched with their weights);
this module supplies the text (a stored practice, typed text, or the user's own document),
joins the hits to SQLite for the full practice records, and groups them by business area.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from practicedb import storage
from practicedb.errors import PracticedbError
from practicedb.search import finder as searching
from practicedb.search.finder import join_hits
from practicedb.search.query import Glossary

SUPPORTED = (".txt", ".md", ".docx", ".pdf")
MAX_PDF_PAGES = 200  # a procedure, not a library: enough text to find its key terms
MIN_WORDS = 2
AREA_HINT_MIN = 3.0  # taxonomy score a text needs before its likely area is boosted


class DocumentError(PracticedbError):
    """The user's document cannot be read; the message names the file and the cause."""


class PracticeNotFound(PracticedbError, LookupError):
    """No practice has that id."""


def read_document(path: Path | str) -> str:
    """The text of a .txt, .md, .docx or .pdf file, or DocumentError saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a file")
    if suffix not in SUPPORTED:
        hint = " (save it as .docx or PDF)" if suffix in (".doc", ".rtf", ".odt") else ""
        raise DocumentError(
            f"{path}: '{suffix or 'no extension'}' files are not supported{hint}; "
            "use .txt, .md, .docx or .pdf"
        )
    try:
        reader = {".docx": _read_docx, ".pdf": _read_pdf}.get(suffix, _read_text)
        text = reader(path)
    except DocumentError:
        raise
    except PermissionError as exc:
        raise DocumentError(f"{path}: cannot be read (permission denied)") from exc
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(text.split()) < MIN_WORDS:
        why = "no text layer (scanned?)" if suffix == ".pdf" else "no text"
        raise DocumentError(f"{path}: has {why}; describe your practice in a few sentences")
    return text


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{path}: is not a text file (it contains binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Windows Notepad's default


def _read_docx(path: Path) -> str:
    import zipfile

    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocumentError(f"{path}: is not a Word .docx file, or it is damaged") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _read_pdf(path: Path) -> str:
    from practicedb.extraction.pdftext import read_text
    from practicedb.models import ExtractionError

    try:
        return read_text(path, MAX_PDF_PAGES)
    except ExtractionError as exc:
        raise DocumentError(f"{path}: {exc}") from exc


def similar(
    db: Any,
    index_dir: Path,
    practice_id: str,
    *,
    glossary: Glossary | None = None,
    limit: int = 10,
    **filters: Any,
) -> tuple[dict, list[dict]]:
    """(the practice, practices most like it): same distinctive words, same business area
    breaks ties. Raises PracticeNotFound or index errors."""
    source = storage.get_practice(db, practice_id)
    if source is None:
        raise PracticeNotFound(practice_id)
    text = f"{source['title']}. {source['title']}. {source['body']}"  # title words count more
    found = searching.like(index_dir, text, exclude_id=practice_id, glossary=glossary,
                           correct=False, boost_areas=source["areas"][:1], limit=limit,
                           **filters)
    return source, join_hits(db, found.hits, shared_terms=True)


def benchmark(
    db: Any,
    index_dir: Path,
    text: str,
    *,
    glossary: Glossary | None = None,
    taxonomy: Any = None,
    limit: int = 10,
    **filters: Any,
) -> tuple[list[dict], str | None]:
    """(published practices closest to the user's own account, spelling suggestion).

    With a ``taxonomy`` the text is also classified into business areas, and practices in
    the area it most likely belongs to are nudged up."""
    areas: list[str] = []
    if taxonomy is not None:
        from practicedb.classification import explain
        from practicedb.models import Practice

        scored = explain(Practice("innovative", "", text), taxonomy)
        areas = [scored[0][0]] if scored and scored[0][1] >= AREA_HINT_MIN else []
    found = searching.like(index_dir, text, glossary=glossary, boost_areas=areas, limit=limit,
                           **filters)
    return join_hits(db, found.hits, shared_terms=True), found.suggestion


def group_by_area(results: Iterable[dict]) -> list[tuple[str, list[dict]]]:
    """Results grouped by primary business area, groups in order of their best result."""
    groups: dict[str, list[dict]] = {}
    for p in results:
        groups.setdefault((p.get("areas") or ["No business area"])[0], []).append(p)
    return list(groups.items())
