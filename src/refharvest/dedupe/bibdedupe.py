"""Deduplicate existing .bib files (JabRef, Zotero exports) without losing anything.

Work happens at the bibtexparser ``Library`` level so that what is not merged
is written back as it was: every field with its braces, quotes and macros,
``@string`` definitions, ``@preamble`` and comments. Entries become
References only to be compared (``entry_to_match_reference``).

A merged entry is the member with the most fields, completed by the fields
only the others have; a field the others give differently is kept beside it
as ``<field>-alt`` (several values joined by `` | ``), their keys go to
``ids`` (BibLaTeX key aliases, so old ``\\cite`` commands still resolve) and
their ``citedin`` provenance is joined. Entries not merged that share a key
get a suffix (``smith2020`` → ``smith2020a``), reported. An ``@string`` or
``@preamble`` defined twice is written once; a second, different
definition is kept as a comment, reported.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.model import (
    DuplicateBlockKeyBlock,
    Entry,
    ExplicitComment,
    Field,
    ParsingFailedBlock,
    Preamble,
    String,
)

from ..errors import BibParseError
from ..model import Citation, Diagnostic, Reference
from ..urls import normalize_url
from .aliases import SiteAliases
from .bibfiles import entry_to_match_reference
from .decisions import Decisions
from .fold import title_key
from .matching import DedupeResult, dedupe_references
from .merging import spelling_score

ALT_SEPARATOR = " | "
_JOINED_FIELDS = {"citedin": "; ", "keywords": ", ", "ids": ","}


@dataclass
class BibDedupeResult:
    """The deduplicated .bib text and what was done to get it."""

    text: str
    dedupe: DedupeResult
    entries_in: int
    entries_out: int
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (file, old, new)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _parse(text: str, name: str, parse_stack: Any) -> list[Any]:
    """The blocks of one file, a duplicate key recovered as its entry or string."""
    splitter_log = logging.getLogger("bibtexparser.splitter")
    level = splitter_log.level
    splitter_log.setLevel(logging.CRITICAL)  # its warnings repeat what we raise below
    try:
        library = parse_string(text) if parse_stack is None else parse_string(text, parse_stack=[])
    except Exception as exc:  # bibtexparser raises bare exceptions on some input
        raise BibParseError(f"not a BibTeX file: {exc}", path=name) from exc
    finally:
        splitter_log.setLevel(level)
    blocks = []
    for block in library.blocks:
        if isinstance(block, DuplicateBlockKeyBlock) and block.ignore_error_block is not None:
            blocks.append(block.ignore_error_block)
        elif isinstance(block, ParsingFailedBlock):
            line = block.start_line + 1 if block.start_line is not None else "?"
            reason = str(block.error) or getattr(block.error, "abort_reason", "")
            raise BibParseError(
                f"line {line}: {reason or type(block.error).__name__}",
                path=name,
                hint="fix or remove that entry; braces and quotes must balance",
            )
        else:
            blocks.append(block)
    return blocks


def _unbrace(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and (value[0], value[-1]) in {("{", "}"), ('"', '"')}:
        return value[1:-1]
    return value


def _folded(value: Any) -> str:
    return title_key(_unbrace(str(value)))


def dedupe_bib_texts(
    files: Sequence[tuple[str, str]],
    *,
    aliases: SiteAliases | None = None,
    decisions: Decisions | None = None,
) -> BibDedupeResult:
    """Deduplicate ``(name, text)`` .bib files into one .bib text."""
    blocks: list[Any] = []
    refs: list[Reference] = []
    entry_ref: dict[int, int] = {}  # position in blocks → position in refs
    entry_file: list[str] = []
    for name, text in files:
        raw_blocks = _parse(text, name, parse_stack=[])
        matched = [b for b in _parse(text, name, parse_stack=None) if isinstance(b, Entry)]
        raw_entries = [b for b in raw_blocks if isinstance(b, Entry)]
        if len(matched) != len(raw_entries):  # pragma: no cover - same splitter both times
            raise BibParseError("entries could not be read consistently", path=name)
        resolved = iter(matched)
        for position, block in enumerate(raw_blocks):
            if isinstance(block, Entry):
                ref = entry_to_match_reference(next(resolved))
                ref.citations = [Citation(name, None, position, (block.raw or "").strip())]
                entry_ref[len(blocks)] = len(refs)
                refs.append(ref)
                entry_file.append(name)
            blocks.append(block)
    result = dedupe_references(refs, aliases=aliases, decisions=decisions)

    members_of: dict[int, list[int]] = {}
    for ref_index, work in enumerate(result.work_of):
        members_of.setdefault(work, []).append(ref_index)
    entry_blocks = {ref_index: blocks[b] for b, ref_index in entry_ref.items()}

    out: list[Any] = []
    used_keys: set[str] = set()
    strings: dict[str, str] = {}
    preambles: set[str] = set()
    renamed: list[tuple[str, str, str]] = []
    diagnostics = list(result.diagnostics)
    for position, block in enumerate(blocks):
        if isinstance(block, String):
            value = str(block.value)
            if block.key in strings:
                if strings[block.key] != value:
                    out.append(ExplicitComment(f"refharvest: second definition kept: {block.raw}"))
                    diagnostics.append(
                        Diagnostic(
                            "warning",
                            "string-redefined",
                            f"@string {block.key} is defined differently in two files; "
                            "the first is used, the second kept as a comment",
                        )
                    )
                continue
            strings[block.key] = value
            out.append(block)
        elif isinstance(block, Preamble):
            if block.value not in preambles:
                preambles.add(block.value)
                out.append(block)
        elif isinstance(block, Entry):
            ref_index = entry_ref[position]
            members = members_of[result.work_of[ref_index]]
            if ref_index != members[0]:
                continue  # merged into the entry written at its first member
            merged_work = result.works[result.work_of[ref_index]]
            entry = (
                block
                if len(members) == 1
                else _merge_entries([entry_blocks[i] for i in members], merged_work)
            )
            key = entry.key
            if key in used_keys:
                key = next(
                    f"{entry.key}{s}" for s in _suffixes() if f"{entry.key}{s}" not in used_keys
                )
                renamed.append((entry_file[ref_index], entry.key, key))
                entry = Entry(entry.entry_type, key, list(entry.fields))
            used_keys.add(key)
            out.append(entry)
        else:
            out.append(block)
    text = str(write_string(Library(out), unparse_stack=[])) if out else ""
    if text and not text.endswith("\n"):
        text += "\n"
    return BibDedupeResult(
        text=text,
        dedupe=result,
        entries_in=len(refs),
        entries_out=len(used_keys),
        renamed=renamed,
        diagnostics=diagnostics,
    )


def _suffixes() -> Any:
    letters = "abcdefghijklmnopqrstuvwxyz"
    yield from letters
    for first in letters:
        for second in letters:
            yield first + second


def _same_value(name: str, first: str, second: str) -> bool:
    if name in ("url", "doi"):
        return normalize_url(_unbrace(first)) == normalize_url(_unbrace(second))
    return _folded(first) == _folded(second)


def _merge_entries(entries: Sequence[Entry], work: Reference) -> Entry:
    """The fullest member, completed by the others, their differing values kept.

    Of two spellings of one value the better is kept (diacritics, mixed case);
    the URL is the cleaned one matching chose (https, no tracking parameters).
    """
    base = max(entries, key=lambda e: (len(e.fields), -entries.index(e)))
    fields: dict[str, str] = {f.key.lower(): str(f.value) for f in base.fields}
    names = {f.key.lower(): f.key for f in base.fields}
    other_keys = []
    for entry in entries:
        if entry is base:
            continue
        if entry.key != base.key and entry.key not in other_keys:
            other_keys.append(entry.key)
        for item in entry.fields:
            name = item.key.lower()
            value = str(item.value)
            if name not in fields:
                fields[name] = value
                names[name] = item.key
            elif name in _JOINED_FIELDS:
                joined = _unbrace(fields[name]).split(_JOINED_FIELDS[name].strip())
                new = [v for v in _unbrace(value).split(_JOINED_FIELDS[name].strip())]
                parts = [p.strip() for p in [*joined, *new] if p.strip()]
                fields[name] = "{" + _JOINED_FIELDS[name].join(dict.fromkeys(parts)) + "}"
            elif _same_value(name, value, fields[name]):
                if name not in ("url", "doi") and spelling_score(_unbrace(value)) > spelling_score(
                    _unbrace(fields[name])
                ):
                    fields[name] = value
            else:
                alt = f"{name}-alt"
                if alt in fields:
                    known = _unbrace(fields[alt]).split(ALT_SEPARATOR)
                    if _unbrace(value) not in known:
                        fields[alt] = "{" + ALT_SEPARATOR.join([*known, _unbrace(value)]) + "}"
                else:
                    fields[alt] = "{" + _unbrace(value) + "}"
                    names[alt] = alt
    if "url" in fields and work.url and _same_value("url", fields["url"], work.url):
        fields["url"] = "{" + work.url + "}"
    if other_keys:
        known_ids = [k for k in _unbrace(fields.get("ids", "")).split(",") if k.strip()]
        fields["ids"] = "{" + ",".join(dict.fromkeys([*known_ids, *other_keys])) + "}"
        names.setdefault("ids", "ids")
    return Entry(base.entry_type, base.key, [Field(names[k], v) for k, v in fields.items()])


def dedupe_bib_files(
    paths: Sequence[Path],
    *,
    aliases: SiteAliases | None = None,
    decisions: Decisions | None = None,
) -> BibDedupeResult:
    """Read and deduplicate .bib files (see ``dedupe_bib_texts``)."""
    from ..export import read_bibliography_text

    files = [(str(path), read_bibliography_text(path)) for path in paths]
    return dedupe_bib_texts(files, aliases=aliases, decisions=decisions)
