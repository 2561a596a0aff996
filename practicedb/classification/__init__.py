"""Sorting practices into the force's business areas, from an editable taxonomy and the
corrections a force has made."""

from practicedb.classification.areas import Decision, classify, decide, explain
from practicedb.classification.learning import Corrections, Match
from practicedb.classification.taxonomy import Area, Taxonomy, TaxonomyError, load_taxonomy

__all__ = ["Area", "Corrections", "Decision", "Match", "Taxonomy", "TaxonomyError", "classify",
           "decide", "explain", "load_taxonomy"]
