"""refharvest: harvest web footnotes of multilingual articles into a clean bibliography."""

from __future__ import annotations

from .errors import (
    BibParseError,
    DecodingError,
    EngineMissingError,
    InputError,
    OutputError,
    RefharvestError,
    StyleError,
    UsageError,
)
from .model import (
    Article,
    Citation,
    Diagnostic,
    Document,
    Footnote,
    Name,
    PartialDate,
    Reference,
)

__all__ = [
    "Article",
    "BibParseError",
    "Citation",
    "DecodingError",
    "Diagnostic",
    "Document",
    "EngineMissingError",
    "Footnote",
    "InputError",
    "Name",
    "OutputError",
    "PartialDate",
    "Reference",
    "RefharvestError",
    "StyleError",
    "UsageError",
]
