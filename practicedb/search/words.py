"""What counts as a real word, and what is filler: from wordfreq's English frequencies
(a well-kept list built from many sources), so no hand-made list decides either.

A word is *known* when it is common enough in English to be a real word (``spiking``,
``contents``), or the index or the glossary has it; only words known to none of them may
get a spelling suggestion. *Filler* words ("has", "its", "which") are never named as the
terms two practices share.
"""

from __future__ import annotations

from functools import cache

from practicedb.search import query as qu

# Zipf frequency (log10 per billion words) from which a word is real English. Real but
# uncommon words sit around 2.5-3.5 (spiking 2.8, raptor 3.2); typos mostly below 2
# (comunity 1.8, apropriate 1.1); a few common misspellings score higher (recieve 2.75)
# and are left alone: restraint before cleverness.
ENGLISH_ZIPF = 2.5
FILLER_ZIPF = 6.0  # has 6.4, its 6.1, which 6.3; police 5.3, victims 4.6 stay


@cache
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_english(word: str) -> bool:
    """True for a real English word (in any case)."""
    return zipf(word.lower()) >= ENGLISH_ZIPF


@cache
def _stop_words() -> frozenset[str]:
    from whoosh.analysis import STOP_WORDS

    return frozenset(STOP_WORDS) | qu.GENERIC


def is_stop_word(word: str) -> bool:
    """True for a word the index leaves out (whoosh's stop list)."""
    from whoosh.analysis import STOP_WORDS

    return word.lower() in STOP_WORDS


def is_filler(word: str) -> bool:
    """True for a word too common to say why two texts match."""
    w = word.lower()
    return w in _stop_words() or zipf(w) >= FILLER_ZIPF or len(w) < 3
