"""Exporters and importers: a registry from format names to callables.

An exporter is a callable from references to text (``WRITERS``), an
importer one from text to references (``READERS``), as in papis. Format
modules are imported only when used, so ``refharvest extract`` never pays
for CSL or RIS.

Reading detects the format from the content first and the file extension
second: a ``.txt`` holding RIS is RIS, a JSON array of CSL items is CSL-JSON,
and a JSON array written by :mod:`.jsondump` (items with ``complete``) is our
own JSON.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import BibParseError, DecodingError, InputError, UsageError
from ..model import Reference

Writer = Callable[[Sequence[Reference], bool], str]
Reader = Callable[[str, str], list[Reference]]


def _write_bibtex(refs: Sequence[Reference], ascii: bool) -> str:
    from .bibtex import write_bibtex

    return write_bibtex(refs, dialect="bibtex", ascii=ascii)


def _write_biblatex(refs: Sequence[Reference], ascii: bool) -> str:
    from .bibtex import write_bibtex

    return write_bibtex(refs, dialect="biblatex", ascii=ascii)


def _write_csljson(refs: Sequence[Reference], ascii: bool) -> str:
    from .csljson import references_to_csljson

    text = references_to_csljson(refs)
    return _json_ascii(text) if ascii else text


def _write_ris(refs: Sequence[Reference], ascii: bool) -> str:
    from .ris import write_ris

    return write_ris(refs, ascii=ascii)


def _write_json(refs: Sequence[Reference], ascii: bool) -> str:
    from .jsondump import references_to_json

    return references_to_json(refs, ascii=ascii)


def _json_ascii(text: str) -> str:
    """Re-encode JSON text with \\u escapes: same data, ASCII bytes only."""
    import json

    return json.dumps(json.loads(text), ensure_ascii=True, indent=2) + "\n"


def _read_bibtex(text: str, path: str) -> list[Reference]:
    from .bibtex import read_bibtex

    return read_bibtex(text, path=path)


def _read_csljson(text: str, path: str) -> list[Reference]:
    from .csljson import read_csljson

    return read_csljson(text, path=path)


def _read_ris(text: str, path: str) -> list[Reference]:
    from .ris import read_ris

    return read_ris(text, path=path)


def _read_json(text: str, path: str) -> list[Reference]:
    from .jsondump import references_from_json

    return references_from_json(text, path=path)


#: format name -> writer(refs, ascii)
WRITERS: dict[str, Writer] = {
    "bibtex": _write_bibtex,
    "biblatex": _write_biblatex,
    "csljson": _write_csljson,
    "ris": _write_ris,
    "json": _write_json,
}

#: format name -> reader(text, path); "biblatex" files are read as BibTeX
READERS: dict[str, Reader] = {
    "bibtex": _read_bibtex,
    "biblatex": _read_bibtex,
    "csljson": _read_csljson,
    "ris": _read_ris,
    "json": _read_json,
}

#: what each format's files are usually called
EXTENSIONS: dict[str, str] = {
    "bibtex": ".bib",
    "biblatex": ".bib",
    "csljson": ".json",
    "ris": ".ris",
    "json": ".json",
}


def write_references(refs: Sequence[Reference], fmt: str, *, ascii: bool = False) -> str:
    """The references as text in ``fmt`` (bibtex, biblatex, csljson, ris, json)."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise UsageError(
            f"unknown output format {fmt!r}", hint="choose one of " + ", ".join(WRITERS)
        ) from None
    return writer(refs, ascii)


def detect_format(text: str, path: str = "") -> str | None:
    """The bibliography format of ``text`` by content, else by extension; None if neither says."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("[", "{")):
        return _json_flavour(stripped)
    if stripped.startswith("TY  -") or "\nTY  -" in stripped[:4000]:
        return "ris"
    if stripped.startswith("@") or "\n@" in stripped[:20000]:
        return "bibtex"
    suffix = Path(path).suffix.lower()
    return {".bib": "bibtex", ".ris": "ris", ".json": "csljson"}.get(suffix)


def _json_flavour(text: str) -> str:
    """Our JSON (items with ``complete``) or CSL-JSON; broken JSON goes to the CSL reader."""
    import json

    from .jsondump import is_our_json

    try:
        document = json.loads(text)
    except ValueError:
        return "csljson"  # its reader reports the syntax error with line and column
    return "json" if is_our_json(document) and document else "csljson"


def read_references_text(text: str, *, fmt: str | None = None, path: str = "") -> list[Reference]:
    """References from a bibliography text, in ``fmt`` or the detected format."""
    if fmt is None:
        fmt = detect_format(text, path)
        if fmt == "bibtex" and "@" not in text and text.strip():
            fmt = None  # a .bib name, but not one entry: a wrong file, not an empty library
        if fmt is None:
            if not text.strip():
                return []
            raise BibParseError(
                "not a bibliography file (BibTeX, CSL-JSON, RIS or refharvest JSON)",
                path=path,
                hint="pass a .bib, .json or .ris file",
            )
    try:
        reader = READERS[fmt]
    except KeyError:
        raise UsageError(
            f"unknown input format {fmt!r}", hint="choose one of " + ", ".join(READERS)
        ) from None
    return reader(text.lstrip("\ufeff"), path)


def read_bibliography_text(path: str | os.PathLike[str]) -> str:
    """The text of a bibliography file: UTF-8 (BOM optional) or UTF-16 with BOM.

    One reader for every command that takes a .bib, CSL-JSON or RIS file, so
    a binary or mis-encoded file gets the same clear error everywhere.
    """
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", path=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=name) from exc
    encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"not UTF-8 text (byte {exc.start})",
            path=name,
            hint="bibliography files must be UTF-8 (or UTF-16 with BOM); convert with iconv",
        ) from exc
    if "\x00" in text:
        raise DecodingError("binary file, not a bibliography", path=name)
    return text


def read_references(path: str | os.PathLike[str], *, fmt: str | None = None) -> list[Reference]:
    """References from a .bib, CSL-JSON, RIS or refharvest JSON file.

    The format is detected from the content unless ``fmt`` names it.
    """
    name = os.fspath(path)
    return read_references_text(read_bibliography_text(name), fmt=fmt, path=name)


__all__ = [
    "EXTENSIONS",
    "READERS",
    "WRITERS",
    "detect_format",
    "read_bibliography_text",
    "read_references",
    "read_references_text",
    "write_references",
]
