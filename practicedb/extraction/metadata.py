"""Report-level metadata from the first pages: title, type, forces, publication date.

The title is read from the cover's type sizes (main title, subtitle, series kicker),
because producers fill the PDF /Title inconsistently. The type comes from the title
and cover wording, and report forces follow one rule per type (see report_forces).
Covers carry several dates (fieldwork, visits, publication); only the
publication date is wanted, so dates on inspection/fieldwork lines are ignored
and a date next to "Published" wins over everything else.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from dateutil import parser as dateparser

from practicedb.forces import find_forces
from practicedb.models import Practice

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_FULL_DATE = re.compile(
    rf"(?<![\d–-])(?<![\d]\s[–-]\s)\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTHS}\.?\s+\d{{4}}\b", re.IGNORECASE)
_IGNORE = re.compile(
    r"inspect|fieldwork|visit|between|\bfrom\b.*\bto\b|\d\s*[–-]\s*\d{1,2}\s+[A-Z]|survey|period",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"publish|publication", re.IGNORECASE)
_INSPECTORATES = (
    r"HMICFRS|HMIC\b|(?:HM|H[ie][sr] Majesty['’]s) Inspectorate of Constabulary",
    r"HMCPSI|Crown Prosecution Service Inspectorate",
    r"HM Inspectorate of Probation|HMI Probation|Inspectorate of Probation",
    r"HM Inspectorate of Prisons|HMI Prisons|Inspectorate of Prisons",
    r"Care Quality Commission|\bCQC\b",
    r"\bOfsted\b",
    r"\bEstyn\b",
    r"Care Inspectorate Wales|\bCIW\b",
    r"Healthcare Inspectorate Wales|\bHIW\b",
)
_PUBLISHER = re.compile(
    r"inspectorate|\bHMIC(?:FRS)?\b|\bHMCPSI\b|\bHMI (?:Probation|Prisons)\b|Care Quality "
    r"Commission|Criminal Justice Joint Inspection|\b(?:Ofsted|Estyn)\b", re.IGNORECASE)
_NOT_TITLE = re.compile(  # cover lines that are never part of a title
    rf"{_PUBLISHER.pattern}|publish|publication|fieldwork|\bvisit|carried out|\bdate\b",
    re.IGNORECASE)
_ACROSS_FORCES = re.compile(  # a title about a topic across forces, not one force
    r"\bthe police(?:'s)? response to\b|\bin England and Wales\b|\bhow (?:the )?(?:police|forces)\b"
    r"|\bacross (?:\w+ )?forces\b|\bpolice forces\b", re.IGNORECASE)
_DESCRIBED = re.compile(  # a title that already says what the document is
    r"\b(?:inspection|review|examination|report|study|investigation)\s+(?:of|into|on)\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class _CoverLine:
    text: str
    size: float
    top: float


def extract_title(cover: Sequence[tuple], meta_title: str | None, path: Path,
                  body_size: float | None = None) -> str:
    """The cover's title (kicker, main title and subtitle); the PDF /Title only as a hint.

    cover holds the first page's lines as (text, size) or (text, size, top), top-down.
    body_size is the report's running-text size (default: the cover's smallest type).
    Producers often leave /Title short, stale or generic, so it is used only when the
    cover gives nothing, or when it is a longer version containing the cover's title.
    """
    meta = " ".join((meta_title or "").split())
    usable = _good_meta_title(meta, path)
    lines = _cover_lines(cover)
    title = _cover_title(lines, body_size)
    if title and not find_forces(title):  # "PEEL 2025: ..." in large type, the force small
        named = next((ln.text for ln in lines if _INSPECTION_OF.match(ln.text)
                      and find_forces(ln.text)), None)
        title = _glue(title, named) if named else title
    if title and usable and _extends(meta, title):
        return meta
    if title:
        return title
    if usable or (len(meta) >= 4 and not meta.lower().startswith(("microsoft", "untitled"))):
        return meta
    return path.stem.replace("_", " ").replace("-", " ").strip()


def _cover_lines(cover: Sequence[tuple]) -> list[_CoverLine]:
    """Cover lines with text worth reading, top-down (reading order when tops are missing)."""
    lines = [_CoverLine(" ".join(str(c[0]).split()), float(c[1]),
                        float(c[2]) if len(c) > 2 else float(i)) for i, c in enumerate(cover)]
    lines = [ln for ln in lines if ln.text and not re.fullmatch(r"[\d\W]+", ln.text)]
    return sorted(lines, key=lambda ln: ln.top)


def _cover_title(lines: list[_CoverLine], body_size: float | None) -> str | None:
    """Main title block (largest type, publisher lines aside), plus subtitle and kicker.

    The subtitle is the block just below, in type clearly larger than the body text,
    of three words or more, unless it is a date, publication, fieldwork or publisher
    line, repeats the title, or the title already says what the document is ("An
    inspection of ..."). The kicker is a short series line above (a name with a year
    or acronym, "PEEL 2023–25") that the title does not already contain.
    """
    cands = [ln for ln in lines if not _PUBLISHER.search(ln.text) and not _just_date(ln.text)]
    if not cands:
        return None
    body = body_size if body_size else min(ln.size for ln in lines)
    biggest = max(ln.size for ln in cands)
    start = next(i for i, ln in enumerate(lines) if ln in cands and ln.size >= biggest - 0.6)
    end = start + 1
    while end < len(lines) and _same_block(lines[end - 1], lines[end], biggest - 0.6):
        end += 1
    main = " ".join(ln.text for ln in lines[start:end])
    if not 4 <= len(main) <= 300:
        return None
    if _SERIES.fullmatch(main.strip()):  # a series name set largest: the title comes next
        rest = _cover_title(lines[:start] + lines[end:], body)
        if rest:
            # ... with the series' description set between them, if any ("Police
            # effectiveness, efficiency and legitimacy")
            nxt = lines[end] if end < len(lines) else None
            if (nxt is not None and nxt.size >= body + 1.5 and not _covered(nxt.text, rest)
                    and not _NOT_TITLE.search(nxt.text) and not _has_date(nxt.text)):
                rest = _glue(nxt.text, rest)
            return rest if _covered(main, rest) else _glue(main, rest)
    sub = _subtitle(lines[end:], lines[end - 1], body)
    if sub and not _DESCRIBED.search(main) and not _covered(sub, main):
        main = _glue(main, sub)
    kicker = _kicker(lines[:start], lines[start], body)
    if kicker and not _covered(kicker, main):
        main = _glue(kicker, main)
    return main


def _same_block(above: _CoverLine, ln: _CoverLine, min_size: float) -> bool:
    """ln carries on the block ending with above: same type size, normal line spacing."""
    return (ln.size >= min_size and abs(ln.size - above.size) < 0.6
            and ln.top - above.top <= 1.8 * ln.size and not _PUBLISHER.search(ln.text))


def _subtitle(below: list[_CoverLine], last: _CoverLine, body: float) -> str | None:
    if not below:
        return None
    first = below[0]
    if (first.size < body + 1.5 or first.size >= last.size - 0.6
            or first.top - last.top > 3 * last.size + 2 * first.size):
        return None
    block = [first]
    for ln in below[1:3]:
        if not _same_block(block[-1], ln, first.size - 0.6):
            break
        block.append(ln)
    text = " ".join(ln.text for ln in block)
    if len(text.split()) < 3 or _NOT_TITLE.search(text) or _has_date(text):
        return None  # a name or label ("Jane Smith", "Final report"), not a description
    return text


def _kicker(above: list[_CoverLine], first: _CoverLine, body: float) -> str | None:
    for ln in reversed(above):
        if first.top - ln.top > 5 * first.size:
            break
        words = ln.text.split()
        if (len(words) <= 4 and len(ln.text) <= 30 and ln.size >= body + 1.5
                and re.search(r"\b(?:19|20)\d\d\b|\b[A-Z]{3,}\b", ln.text)
                and not _NOT_TITLE.search(ln.text) and not _has_date(ln.text)):
            return ln.text
        series = _SERIES.match(ln.text)  # "PEEL 2025–27 Police effectiveness, ...": the name
        if series and ln.size >= body - 0.5:
            return series.group(1)
    return None


_INSPECTION_OF = re.compile(r"an?\s+(?:inspection|assessment)\s+of\b", re.IGNORECASE)
_SERIES = re.compile(r"([A-Z]{3,}\s+(?:19|20)\d\d(?:\s*[–/-]\s*(?:20)?\d\d)?)\b")


def _glue(head: str, tail: str) -> str:
    """Join title parts with ": " unless the first already ends in punctuation."""
    return f"{head} {tail}" if head.endswith((":", "?", "!", "–", "-")) else f"{head}: {tail}"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _covered(part: str, whole: str) -> bool:
    """Most (80%) of part's words already appear in whole."""
    words, have = _words(part), set(_words(whole))
    return bool(words) and sum(w in have for w in words) >= 0.8 * len(words)


def _extends(meta: str, title: str) -> bool:
    """meta is a longer, more complete title: it holds (nearly) all of title's words."""
    words, have = _words(title), set(_words(meta))
    return (len(_words(meta)) > len(words)
            and sum(w in have for w in words) >= 0.9 * len(words))


def _just_date(text: str) -> bool:
    m = _FULL_DATE.search(text) or _MONTH_YEAR.search(text)
    return m is not None and len(text) - len(m.group(0)) <= 3


def _has_date(text: str) -> bool:
    return bool(_FULL_DATE.search(text) or _MONTH_YEAR.search(text))


def _good_meta_title(meta: str, path: Path) -> bool:
    """A /Title that reads like a title, not a file name or a word-processor default."""
    if len(meta.split()) < 3 or len(meta) > 250:
        return False
    low = meta.lower()
    if low.startswith(("microsoft", "untitled", "document")) or re.search(
            r"\.(docx?|pdf|indd|rtf|odt)\b", low):
        return False
    return low != path.stem.lower()


def extract_published(pages: list[str]) -> str | None:
    """Publication date as YYYY-MM-DD or YYYY-MM from the first pages' text."""
    lines = [ln.strip() for text in pages for ln in text.split("\n") if ln.strip()]
    for i, line in enumerate(lines):  # 1: a date beside (or just after) "Published"
        if _PUBLISHED.search(line):
            for cand in (line, lines[i + 1] if i + 1 < len(lines) else ""):
                found = _first_date(cand)
                if found:
                    return found
    usable = [ln for ln in lines if not _IGNORE.search(ln)]
    for line in usable:  # 2: a line that is just a date
        m = _FULL_DATE.search(line) or _MONTH_YEAR.search(line)
        if m and len(line) - len(m.group(0)) <= 3:
            return _parse(m.group(0))
    for line in usable:  # 3: any full date, then any month-year
        m = _FULL_DATE.search(line)
        if m:
            return _parse(m.group(0))
    for line in usable:
        m = _MONTH_YEAR.search(line)
        if m:
            return _parse(m.group(0))
    return None


def _first_date(text: str) -> str | None:
    m = _FULL_DATE.search(text) or _MONTH_YEAR.search(text)
    return _parse(m.group(0)) if m else None


def _parse(span: str) -> str | None:
    """Parse a date span (UK day-first); month-year spans give YYYY-MM."""
    try:
        if re.fullmatch(_MONTH_YEAR.pattern, span, re.IGNORECASE):
            d = dateparser.parse("1 " + span, dayfirst=True)
            return f"{d.year:04d}-{d.month:02d}"
        d = dateparser.parse(span, dayfirst=True)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    except (ValueError, OverflowError):
        return None


def extract_type(title: str, cover_text: str, forces: list[str],
                 named: list[str] | None = None, box_forces: list[str] | None = None) -> str:
    """peel, joint, thematic or other, from the title and cover wording.

    peel: the PEEL series. joint: "joint inspection" or more than one inspectorate
    named. thematic: the title describes a topic across forces ("the police response
    to ...", "in England and Wales", "how forces ..."), the cover says thematic or
    national, or the cover names no force (forces) while the report (named) or its
    practice boxes (box_forces, each box's own force) name two or more. Else other.
    """
    blob = f"{title}\n{cover_text}"
    if re.search(r"\bPEEL\b", blob):
        return "peel"
    bodies = sum(1 for pat in _INSPECTORATES if re.search(pat, cover_text, re.IGNORECASE))
    if re.search(r"\bjoint\s+(?:thematic\s+)?(?:inspection|thematic|review)", blob, re.I) or (
        bodies > 1
    ):
        return "joint"
    if (re.search(r"\bthematic\b|\bnational\b", blob, re.IGNORECASE)
            or _ACROSS_FORCES.search(title) or len(forces) > 2
            or not forces and (len(set(named or [])) >= 2 or len(set(box_forces or [])) >= 2)):
        return "thematic"
    return "other"


def extract_forces(pages: list[str]) -> list[str]:
    """Forces named on the cover; for covers naming none, the next two pages' first mention."""
    if not pages:
        return []
    found = find_forces(pages[0])
    if found:
        return found
    for text in pages[1:3]:
        more = find_forces(text)
        if len(more) == 1:
            return more
    return []


def report_forces(rtype: str, pages: list[str], practices: list[Practice]) -> list[str]:
    """The forces a report is about, by one rule for every report.

    peel and other reports inspect one force: the forces on the cover, else the lone
    force the next two pages name (extract_forces). thematic and joint reports range
    over many: the forces named on the cover or in a sentence on the first pages saying
    which were inspected or visited, then every force named in a practice box, in order
    of first appearance. Forces only mentioned in passing in the text are not counted.
    """
    if rtype not in ("thematic", "joint"):
        return extract_forces(pages)
    found = find_forces(pages[0]) if pages else []
    for sentence in _inspected_sentences(" ".join(pages[:3])):  # "We visited A, B and C."
        found += [f for f in find_forces(sentence) if f not in found]
    for p in practices:
        found += [f for f in p.forces if f not in found]
    return found


# Words saying which forces were inspected ("We visited ...", "We inspected five
# forces: ...", "The forces we inspected were ...").
_INSPECTED = re.compile(r"\b(?:we\s+(?:inspected|visited)|forces\s+we\s+(?:inspected|"
                        r"visited))\b", re.IGNORECASE)


def _inspected_sentences(text: str) -> list[str]:
    """Each sentence (up to its full stop) holding _INSPECTED's words, once. Found from the
    words outwards: a pattern that scans a sentence from every starting point costs the
    square of a long page without full stops."""
    out: dict[int, str] = {}
    for m in _INSPECTED.finditer(text):
        start = text.rfind(".", 0, m.start()) + 1
        end = text.find(".", m.end())
        if end >= 0:
            out.setdefault(start, text[start:end + 1])
    return list(out.values())


def fill_practice_forces(practices: list[Practice], rtype: str, rforces: list[str],
                         lined: Collection[int] = ()) -> None:
    """Give boxes the report's force when it inspects one force.

    In a single-force PEEL report every box is that force's (its text may name partners),
    unless the box's own force line names that force with others (a joint team: ids in
    ``lined``); elsewhere a box naming no force gets the report's single force, except in
    thematic reports, where the force of an unnamed box is unknown.
    """
    single = len(rforces) == 1
    for p in practices:
        if rtype == "peel" and single:
            joint = id(p) in lined and rforces[0] in p.forces
            p.forces = [*rforces, *(f for f in p.forces if f not in rforces)] if joint else (
                list(rforces))
        elif not p.forces and single and rtype != "thematic":
            p.forces = list(rforces)
