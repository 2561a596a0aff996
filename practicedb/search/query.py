"""Query understanding: the police glossary, query clean-up and rewriting, date bounds.

Kept apart from ``index`` (the only module that knows Whoosh) so the rules for what a
user's words mean can be read, tested and changed without the search engine. The
rewritten query is still in the query syntax users type (quotes, AND/OR/NOT, fields,
``^`` weights), which is the one contract shared with ``index``.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from practicedb import dates
from practicedb.errors import PracticedbError

MAX_QUERY_CHARS = 500  # longer queries are cut: nobody types more, and cost grows with terms
EXPANSION_WEIGHT = 0.5  # a glossary alternative counts half as much as the words typed
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
# What a user may type before ':' -> the index field it means.
FIELD_ALIASES = {
    "title": "title", "body": "body", "text": "body", "force": "forces", "forces": "forces",
    "area": "areas", "areas": "areas", "report": "report_title", "section": "section",
    "kind": "kind",
}
# Words too general to be named as the reason two practices match.
GENERIC = frozenset("""
also all another around available away back based being between both come day days each
either every first found give given good got however include includes including into just
know last later less like made make makes many may more most much must need needed new now
number one only other our over own part per percent put same see seen set since so some still
such take taken than their them then there these they those three through time times two
under until upon use used uses using very want way well were what where whether which while
who whole why within without would year years
""".split())
_DATE_RE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")
_SYNTAX_CHARS = re.compile(r"""[^\w\s'-]+""")
# Tokens of the query syntax: a quoted phrase, a field prefix, a bracket, or a run of other.
_TOKENS = re.compile(r'"[^"]*"(?:~\d+)?(?:\^[\d.]+)?|"[^"]*|(?P<field>\w+):|[()]|[^\s()"]+')
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*")


class GlossaryError(PracticedbError):
    """A glossary file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Glossary:
    """Groups of words that mean the same thing (an acronym and its spellings-out)."""

    groups: tuple[tuple[str, ...], ...] = ()
    case_sensitive: frozenset[str] = frozenset()  # acronyms that are also everyday words
    source: str = ""
    lookup: dict[tuple[str, ...], int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for n, group in enumerate(self.groups):
            for term in group:
                self.lookup.setdefault(words_key(term), n)

    @cached_property
    def longest(self) -> int:
        return max((len(k) for k in self.lookup), default=0)

    def alternatives(self, typed: list[str]) -> list[str] | None:
        """The other members of the group the typed words (exactly) name, else None."""
        key = tuple(w.lower() for w in typed)
        n = self.lookup.get(key)
        if n is None and len(key) == 1 and key[0].endswith("s"):  # IDVAs, OCGs
            n = self.lookup.get((key[0][:-1],))
        if n is None:
            return None
        if len(typed) == 1 and typed[0].upper() in self.case_sensitive and not typed[0].isupper():
            return None  # "thrive" is a word; only "THRIVE" is the risk model
        # An alternative containing the typed words ("force control room" for "control
        # room") adds nothing the typed words do not already find: it would only count twice.
        return [t for t in self.groups[n] if not _contains(words_key(t), key)]

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word used in the glossary: real words, never to be 'corrected'."""
        return frozenset(w for k in self.lookup for w in k)


def _contains(longer: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(longer[i:i + len(part)] == part for i in range(len(longer) - len(part) + 1))


def words_key(text: str) -> tuple[str, ...]:
    """Lower-case words with hyphens/apostrophes folded: 'Anti-social' == 'anti social'."""
    return tuple(w.lower().replace("\u2019", "'") for w in _WORD.findall(text.replace("-", " ")))


@cache
def _packaged_glossary() -> Glossary:
    raw = resources.files("practicedb").joinpath("data/glossary.toml").read_text("utf-8")
    return _parse_glossary(raw, "the packaged glossary")


def load_glossary(path: Path | str | None = None) -> Glossary:
    """The glossary at ``path``, else the packaged one (``Config`` reads
    $PRACTICEDB_GLOSSARY)."""
    if path is None:
        return _packaged_glossary()
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot be read ({exc})") from exc
    return _parse_glossary(raw, str(path))


def _parse_glossary(raw: str, source: str) -> Glossary:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise GlossaryError(f"{source}: not valid TOML ({exc})") from exc
    synonyms = data.get("synonyms")
    if not isinstance(synonyms, dict):
        raise GlossaryError(f"{source}: needs a [synonyms] table (see the packaged glossary)")
    groups = []
    for term, alts in synonyms.items():
        if isinstance(alts, str):
            alts = [alts]
        if not isinstance(alts, list) or not all(isinstance(a, str) and a.strip() for a in alts):
            raise GlossaryError(f'{source}: "{term}" must be given a list of words in quotes')
        groups.append(tuple(dict.fromkeys([term, *alts])))
    exact = data.get("case_sensitive", [])
    if not isinstance(exact, list):
        raise GlossaryError(f"{source}: case_sensitive must be a list of acronyms")
    return Glossary(tuple(groups), frozenset(str(e).upper() for e in exact), source)


@dataclass
class Rewritten:
    """A query after understanding: the text to search and what was added and why."""

    text: str
    expansions: list[tuple[str, list[str]]] = field(default_factory=list)  # typed, added
    words: list[str] = field(default_factory=list)  # plain words typed (for spelling)


def clean(text: str | None) -> str:
    """One line of at most MAX_QUERY_CHARS, so no query can be expensive by length alone."""
    return " ".join((text or "").split())[:MAX_QUERY_CHARS]


def plain(text: str) -> str:
    """The query as bare lower-case words: AND/OR/NOT, quotes and fields lose their power."""
    return _SYNTAX_CHARS.sub(" ", text).lower()


def _quote(phrase: str) -> str:
    words = " ".join(words_key(phrase))
    return f'"{words}"' if " " in words else words


def rewrite(
    text: str,
    glossary: Glossary | None = None,
    corrections: dict[str, str] | None = None,
    *,
    weight: float = EXPANSION_WEIGHT,
) -> Rewritten:
    """Add glossary alternatives (weighted below the typed words) and spelling corrections
    to a query, map field aliases (force: -> forces:), and keep all other syntax as typed.

    A run of plain words naming a glossary entry becomes ``(typed OR "alternative"^w)``;
    quoted phrases are left exactly as typed. ``corrections`` maps a misspelt lower-case
    word to its fix, which replaces it at full weight (the typo itself matches nothing).
    """
    corrections = corrections or {}
    out: list[str] = []
    pending = [""]  # a field prefix waiting for the term it applies to
    result = Rewritten("")
    run: list[str] = []  # consecutive plain words, matched against the glossary together

    def emit(piece: str) -> None:
        out.append(pending[0] + piece)
        pending[0] = ""

    def flush() -> None:
        i = 0
        while i < len(run):
            for size in range(min(len(run) - i, glossary.longest if glossary else 1), 0, -1):
                typed = run[i:i + size]
                alts = glossary.alternatives(typed) if glossary else None
                if alts:
                    result.expansions.append((" ".join(typed), alts))
                    added = " OR ".join(f"{_quote(a)}^{weight:g}" for a in alts)
                    # A known term of several words also scores as a phrase.
                    both = f'"{" ".join(typed)}" ' if size > 1 else ""
                    emit(f"({both}{' '.join(typed)} OR {added})")
                    i += size
                    break
            else:
                word = run[i]
                fix = corrections.get(word.lower())
                emit(f"({word} OR {fix})" if fix else word)
                i += 1
        run.clear()

    for m in _TOKENS.finditer(text):
        token = m.group(0)
        core = token.strip(".,;:!?")
        if m.group("field"):
            flush()
            name = m.group("field").lower()
            pending[0] += f"{FIELD_ALIASES.get(name, name)}:"
        elif token.startswith('"') or token in ("(", ")") or token in OPERATORS:
            flush()
            emit(token)
        elif core and re.fullmatch(r"[\w'\u2019&-]+", core):
            words = _WORD.findall(core.replace("-", " "))
            if pending[0] and len(words) > 1:  # title:anti-social -> title:"anti social"
                emit(f'"{" ".join(words)}"')
                continue
            run.extend(words)
            result.words.extend(words)
            if pending[0]:
                flush()
        elif core or token:  # wildcards, boosts, ranges...: pass through untouched
            flush()
            emit(token)
    flush()
    if pending[0]:
        out.append(pending[0])
    result.text = " ".join(out)
    return result


def parse_date(value: str | None, *, end: bool = False) -> dt.datetime | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> datetime; a partial date means its first day,
    or its last day when ``end`` (so an ``until`` of '2023-05' includes all of May)."""
    if not value:
        return None
    m = _DATE_RE.match(value)
    if not m:
        raise ValueError(value)
    return dt.datetime.fromisoformat(dates.bound(
        int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None, end))
