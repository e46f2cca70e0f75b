"""What ``refharvest check`` reads: .bib, CSL-JSON, URL lists, articles and folders.

A plain text file whose every line (blank lines and ``#`` comments aside) is
one URL is a URL list; any other text is an article, harvested for its
references. A .bib file keeps its bibtexparser ``Library`` so that
``--update`` can write back into the same entries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bibtexparser.entrypoint import parse_string
from bibtexparser.library import Library

from ..errors import BibParseError, DecodingError, InputError
from ..model import Reference
from .results import LinkTarget

_URL_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@dataclass(slots=True)
class LoadedInputs:
    targets: list[LinkTarget] = field(default_factory=list)
    #: Parsed .bib inputs by path, for ``--update``.
    libraries: dict[Path, Library] = field(default_factory=dict)
    #: Entries or references that have no URL, by input: nothing to check there.
    without_url: int = 0


def reference_targets(references: Sequence[Reference]) -> tuple[list[LinkTarget], int]:
    """Targets of references with a URL, and how many had none."""
    targets = []
    missing = 0
    for ref in references:
        if not ref.url:
            missing += 1
            continue
        entries = (ref.key,) if ref.key else tuple(c.label() for c in ref.citations)
        targets.append(LinkTarget(ref.url, entries, title=ref.title, accessed=ref.accessed))
    return targets, missing


def read_text(path: Path) -> str:
    from ..export import read_bibliography_text

    return read_bibliography_text(path)


def parse_bib(text: str, path: Path) -> Library:
    """A .bib text as a Library; a block that does not parse is an error naming its line."""
    library = parse_string(text)
    if library.failed_blocks:
        problems = []
        for block in library.failed_blocks:
            line = block.start_line + 1 if block.start_line is not None else "?"
            problems.append(f"line {line}: {block.error}")
        raise BibParseError(
            f"{len(problems)} block(s) do not parse: " + "; ".join(problems),
            path=str(path),
            hint="fix or remove those entries",
        )
    return library


def library_references(library: Library, path: Path) -> list[Reference]:
    from ..export.bibtex import library_references as to_references

    return to_references(library, path=str(path))


def url_list_targets(text: str, path: Path) -> list[LinkTarget] | None:
    """Targets of a one-URL-a-line file, or None when the text is not such a list."""
    targets = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not _URL_LINE.match(line):
            return None
        targets.append(LinkTarget(line, (f"{path.name}:{number}",)))
    return targets or None


def load_inputs(paths: Sequence[str | Path]) -> LoadedInputs:
    """Every URL to check from ``paths``; raises ``InputError`` for what cannot be read."""
    loaded = LoadedInputs()
    articles: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=str(path))
        suffix = path.suffix.lower()
        if path.is_dir():
            articles.append(path)
        elif suffix == ".bib":
            library = parse_bib(read_text(path), path)
            loaded.libraries[path] = library
            _add_references(loaded, library_references(library, path))
        elif suffix == ".json":
            from ..export.csljson import read_csljson

            _add_references(loaded, read_csljson(read_text(path), path=str(path)))
        else:
            try:
                listed = url_list_targets(read_text(path), path)
            except DecodingError:
                listed = None  # not UTF-8: an article reader decodes it, or says why not
            if listed is None:
                articles.append(path)
            else:
                loaded.targets.extend(listed)
    if articles:
        from ..dedupe import build_library
        from ..harvest import harvest_paths

        # Deduplicated as `build` does, so each work is listed once under the
        # key `build` gives it (the article records have no cited URL).
        built = build_library(harvest_paths(articles), config_dir=articles[0].parent)
        works = [ref for ref in built.entries if ref.citations]
        _add_references(loaded, works)
    return loaded


def _add_references(loaded: LoadedInputs, references: Sequence[Reference]) -> None:
    targets, missing = reference_targets(references)
    loaded.targets.extend(targets)
    loaded.without_url += missing
