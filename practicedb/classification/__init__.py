"""Sorting practices into the force's business areas, from an editable taxonomy."""

from practicedb.classification.areas import (
    Area,
    Taxonomy,
    TaxonomyError,
    classify,
    explain,
    load_taxonomy,
)

__all__ = ["Area", "Taxonomy", "TaxonomyError", "classify", "explain", "load_taxonomy"]
