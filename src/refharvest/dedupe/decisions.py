"""A person's verdicts on possible duplicates, honoured on every later run.

``refs/dedupe-decisions.json``::

    {
      "same":      [["abdulkerimov2025orta", "https://www.aa.com.tr/tr/dunya/.../3775429"]],
      "different": [["anadoluajansi2025orta", "anadoluajansi2025ortaa"]]
    }

Each side names a work by its citation key (as in the last ``references.bib``;
``key:`` in front is allowed), by its URL (compared normalised) or by
``doi:10.…``. ``same`` merges the two works whatever the other evidence says;
``different`` keeps them apart even when they share a URL. The merge report
prints a ready-made pair for every possible duplicate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..fsutil import read_json_file
from ..model import Reference
from ..urls import normalize_url, url_host
from .fold import doi_key

#: File name of the decisions inside the corpus folder.
DECISIONS_FILE = "dedupe-decisions.json"


def identity(text: str) -> str:
    """How one side of a decision is compared: key as is, URL normalised, DOI folded."""
    text = text.strip()
    if text.lower().startswith("key:"):
        return "key:" + text[4:].strip()
    if text.lower().startswith("doi:") or text.startswith("10."):
        return "doi:" + doi_key(text)
    if url_host(text):
        return "url:" + normalize_url(text)
    return "key:" + text


def reference_identities(ref: Reference) -> list[str]:
    """Every name a decision may use for ``ref``."""
    names = []
    if ref.key:
        names.append("key:" + ref.key)
    if ref.url and url_host(ref.url):
        names.append("url:" + normalize_url(ref.url))
    if doi_key(ref.doi):
        names.append("doi:" + doi_key(ref.doi))
    return names


@dataclass
class Decisions:
    """Pairs of work names a person declared the same or different works."""

    same: list[tuple[str, str]] = field(default_factory=list)
    different: list[tuple[str, str]] = field(default_factory=list)
    source: str = ""

    @classmethod
    def load(cls, config_dir: Path | None) -> Decisions:
        """``config_dir/dedupe-decisions.json``, or no decisions when it is absent."""
        if config_dir is None:
            return cls()
        path = Path(config_dir) / DECISIONS_FILE
        if not path.is_file():
            return cls()
        return cls.from_file(path)

    @classmethod
    def from_file(cls, path: Path) -> Decisions:
        """The decisions in ``path``; a file that cannot be read is an ``InputError``."""
        hint = 'expected {"same": [["key1", "key2"]], "different": [["key3", "url"]]}'
        return cls.from_json(read_json_file(path, "dedupe decisions", hint=hint), source=str(path))

    @classmethod
    def from_json(cls, data: Any, *, source: str = "") -> Decisions:
        if not isinstance(data, dict):
            raise InputError("dedupe decisions must be a JSON object", path=source)
        return cls(
            same=_pairs(data.get("same", []), source),
            different=_pairs(data.get("different", []), source),
            source=source,
        )

    def __bool__(self) -> bool:
        return bool(self.same or self.different)


def _pairs(value: Any, source: str) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise InputError("'same' and 'different' must be lists of pairs", path=source)
    pairs = []
    for item in value:
        if (
            not isinstance(item, list | tuple)
            or len(item) != 2
            or not all(isinstance(side, str) and side.strip() for side in item)
        ):
            raise InputError(f"a decision must be a pair of names, got {item!r}", path=source)
        pairs.append((identity(item[0]), identity(item[1])))
    return pairs


def index_identities(refs: Iterable[Reference]) -> dict[str, list[int]]:
    """identity → indices of the references it names."""
    index: dict[str, list[int]] = {}
    for position, ref in enumerate(refs):
        for name in reference_identities(ref):
            index.setdefault(name, []).append(position)
    return index
