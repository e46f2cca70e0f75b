"""``--update``: write what the check learned back into a .bib library.

Works on bibtexparser's ``Library`` so every other entry, field, comment and
string definition is kept. Entries are matched to results by citation key
(results carry the keys that cite each URL). Changes:

* permanent redirects only (every hop 301/308, page alive): ``url`` becomes the
  final URL — a temporary redirect says the old URL is still the right one;
* dead links with an archived copy: ``archiveurl`` and ``archivedate`` are set
  (``url`` stays, so the citation still names what the author cited);
* with ``enrich``, fields an entry lacks are filled from the page's own
  metadata: ``date`` (when neither ``date`` nor ``year`` is there), ``author``
  and ``organization`` (the site, when no venue field is there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.model import Entry, Field

from ..fsutil import atomic_write_text
from .results import LinkResult

_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_VENUE_FIELDS = ("organization", "journaltitle", "journal", "booktitle", "howpublished")


@dataclass(frozen=True, slots=True)
class BibChange:
    """One field written by ``--update``, for the report."""

    key: str
    field: str
    old: str
    new: str
    why: str

    def __str__(self) -> str:
        old = f"{self.old} → " if self.old else ""
        return f"{self.key}: {self.field} = {old}{self.new} ({self.why})"


def _get(entry: Entry, name: str) -> str:
    found = entry.fields_dict.get(name)
    return str(found.value).strip() if found is not None else ""


def _set(entry: Entry, name: str, value: str, why: str, changes: list[BibChange]) -> None:
    old = _get(entry, name)
    if old == value:
        return
    entry.set_field(Field(name, value))
    changes.append(BibChange(entry.key, name, old, value, why))


def apply_updates(
    library: Library, results: Sequence[LinkResult], *, enrich: bool = False
) -> list[BibChange]:
    """Change ``library`` in place from ``results``; the changes made, in entry order."""
    by_key: dict[str, LinkResult] = {}
    for result in results:
        for key in result.entries:
            by_key.setdefault(key, result)
    changes: list[BibChange] = []
    for entry in library.entries:
        found = by_key.get(entry.key)
        if found is None:
            continue
        result = found
        if result.verdict == "alive" and result.permanent_redirect and result.final_url:
            hops = "→".join(str(hop.status) for hop in result.redirects)
            _set(entry, "url", result.final_url, f"moved permanently ({hops})", changes)
        if result.verdict == "dead" and result.archived_url:
            why = f"{result.reason}; archived copy"
            _set(entry, "archiveurl", result.archived_url, why, changes)
            if len(result.archived_timestamp) >= 8:
                stamp = result.archived_timestamp
                date = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}"
                _set(entry, "archivedate", date, why, changes)
        if enrich and result.verdict == "alive" and result.metadata is not None:
            _enrich(entry, result, changes)
    return changes


def _enrich(entry: Entry, result: LinkResult, changes: list[BibChange]) -> None:
    meta = result.metadata
    assert meta is not None
    why = "from the page's metadata"
    match = _ISO_DATE.match(meta.published)
    if match and not _get(entry, "date") and not _get(entry, "year"):
        _set(entry, "date", "-".join(p for p in match.groups() if p), why, changes)
    if meta.authors and not _get(entry, "author"):
        _set(entry, "author", " and ".join(meta.authors), why, changes)
    if meta.site_name and not any(_get(entry, name) for name in _VENUE_FIELDS):
        _set(entry, "organization", meta.site_name, why, changes)


def write_library(library: Library, path: Path) -> None:
    """Write ``library`` atomically (temporary file beside ``path``, then rename)."""
    atomic_write_text(path, write_string(library))
