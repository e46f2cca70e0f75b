"""Reference strings → structured fields: one normalizer per field.

``parse_reference`` is the entry point; ``parse_date`` and ``detect_language``
are exported because other stages (article records, dedupe) need them too.
"""

from __future__ import annotations

from refharvest.parse.dates import find_date, parse_date
from refharvest.parse.language import detect_language
from refharvest.parse.reference import parse_reference

__all__ = ["detect_language", "find_date", "parse_date", "parse_reference"]
