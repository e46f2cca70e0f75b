"""The export registry: format names, detection by content, file reading errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refharvest.errors import BibParseError, DecodingError, InputError, UsageError
from refharvest.export import (
    READERS,
    WRITERS,
    detect_format,
    read_references,
    read_references_text,
    write_references,
)
from refharvest.model import Name, PartialDate, Reference

from .test_roundtrip import seed_references, without_raw


def test_every_format_has_a_writer() -> None:
    assert set(WRITERS) == {"bibtex", "biblatex", "csljson", "ris", "json"}
    assert set(WRITERS) <= set(READERS)


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown output format 'endnote'"):
        write_references([], "endnote")
    with pytest.raises(UsageError, match="unknown input format"):
        read_references_text("x", fmt="endnote")


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        pytest.param("@misc{a, title={x}}", "refs.txt", "bibtex", id="bib-content"),
        pytest.param("% comment\n\n@article{a, title={x}}", "", "bibtex", id="bib-after-comment"),
        pytest.param('[{"id": "a", "type": "webpage"}]', "refs.txt", "csljson", id="csl-array"),
        pytest.param('[{"type": "webpage", "complete": true}]', "", "json", id="our-json"),
        pytest.param("[]", "x.json", "csljson", id="empty-array"),
        pytest.param("TY  - ELEC\nER  - \n", "refs.txt", "ris", id="ris-content"),
        pytest.param("\ufeff\nTY  - GEN\nER  - \n", "", "ris", id="ris-with-bom"),
        pytest.param("", "refs.bib", "bibtex", id="empty-bib-by-extension"),
        pytest.param("hello", "notes.txt", None, id="plain-text"),
    ],
)
def test_detect_format(text: str, path: str, expected: str | None) -> None:
    assert detect_format(text, path) == expected


def test_csljson_goes_through_b2s_module() -> None:
    """Written with refharvest.export.csljson; compared on standard CSL fields typed here."""
    ref = seed_references()[1]
    items = json.loads(write_references([ref], "csljson"))
    (item,) = items
    assert item["type"] == "article-newspaper"
    assert item["author"] == [{"family": "Abdülkerimov", "given": "Bahtiyar"}]
    assert item["container-title"] == "Anadolu Ajansı"
    assert item["issued"] == {"date-parts": [[2025, 12, 19]]}
    assert write_references([ref], "csljson", ascii=True).isascii()
    (back,) = read_references_text(write_references([ref], "csljson"))
    assert (back.title, back.container_title, back.issued) == (
        ref.title,
        ref.container_title,
        PartialDate(2025, 12, 19),
    )


def test_read_references_from_files(tmp_path: Path) -> None:
    refs = seed_references()
    for fmt, name in (("bibtex", "a.bib"), ("ris", "a.txt"), ("json", "a.json")):
        path = tmp_path / name
        path.write_text("\ufeff" + write_references(refs, fmt), encoding="utf-8")
        back = read_references(path)
        if fmt == "json":
            assert back == refs
        else:
            assert [(r.title, r.authors, r.issued) for r in back] == [
                (r.title, r.authors, r.issued) for r in map(without_raw, refs)
            ]


def test_utf16_ris_with_bom(tmp_path: Path) -> None:
    """EndNote on Windows writes UTF-16 RIS; the record is typed here."""
    path = tmp_path / "endnote.ris"
    path.write_bytes(
        "TY  - NEWS\r\nAU  - Aytekin, Emre\r\nTI  - Çin'in\r\nER  - \r\n".encode("utf-16")
    )
    (ref,) = read_references(path)
    assert (ref.type, ref.authors, ref.title) == (
        "article-newspaper",
        [Name("Aytekin", "Emre")],
        "Çin'in",
    )


def test_read_references_explicit_format(tmp_path: Path) -> None:
    path = tmp_path / "weird.dat"
    path.write_text("TY  - GEN\nAU  - Yin, He\nER  - \n", encoding="utf-8")
    assert read_references(path, fmt="ris")[0].authors == [Name("Yin", "He")]


@pytest.mark.parametrize(
    ("data", "error", "needle"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", DecodingError, "not UTF-8", id="binary"),
        pytest.param(
            "@misc{a, title={Çin}}".encode("cp1254"), DecodingError, "not UTF-8", id="windows-1254"
        ),
        pytest.param(b"plain words\n", BibParseError, "not a bibliography file", id="not-bib"),
        pytest.param(b"@misc{a, title={x}\n", BibParseError, "line 1", id="broken-bib"),
        pytest.param(b"{\x00}", DecodingError, "binary", id="nul-bytes"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path: Path, data: bytes, error: type, needle: str) -> None:
    path = tmp_path / "in.bib"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read_references(path)
    assert str(path) in str(info.value)
    assert needle in str(info.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_references(tmp_path / "absent.bib")


def test_empty_file_has_no_references(tmp_path: Path) -> None:
    path = tmp_path / "empty.bib"
    path.write_text("", encoding="utf-8")
    assert read_references(path) == []


def test_write_references_dispatches_dialects() -> None:
    ref = Reference(title="t", key="k", type="webpage", url="https://x")
    assert write_references([ref], "bibtex").startswith("@misc{k,")
    assert write_references([ref], "biblatex").startswith("@online{k,")
    assert write_references([ref], "ris").startswith("TY  - ELEC")
