"""Deduplication: one entry per cited work across articles and languages.

``dedupe_references`` groups and merges references; ``build_library`` does
everything between harvest and writing for a corpus (dedupe, translation
links between articles, stable keys, user corrections and decisions);
``write_merge_report`` says what was merged and what a person should decide.
"""

from __future__ import annotations

from .aliases import SiteAliases
from .decisions import Decisions
from .library import LibraryResult, build_library
from .matching import DedupeResult, MergeGroup, PossibleDuplicate, dedupe_references
from .report import write_merge_report

__all__ = [
    "Decisions",
    "DedupeResult",
    "LibraryResult",
    "MergeGroup",
    "PossibleDuplicate",
    "SiteAliases",
    "build_library",
    "dedupe_references",
    "write_merge_report",
]
