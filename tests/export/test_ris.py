"""RIS writer and reader.

Expected RIS lines are typed from the seed footnotes (refs/000_*, [2]) and
the tag conventions in refharvest.export.ris; the citation-js check reads our
RIS with the npm package, outside our code.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from refharvest.errors import BibParseError
from refharvest.export.ris import read_ris, write_ris
from refharvest.model import Citation, Name, PartialDate, Reference

from .test_roundtrip import A000, seed_references

ROOT = Path(__file__).resolve().parents[2]


def test_newspaper_record() -> None:
    ref = seed_references()[1]
    ref.key = "abdulkerimov2025orta"
    assert write_ris([ref]).splitlines() == [
        "TY  - NEWS",
        "ID  - abdulkerimov2025orta",
        "AU  - Abdülkerimov, Bahtiyar",
        "TI  - Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor",
        "T2  - Anadolu Ajansı",
        "DA  - 2025/12/19/",
        "PY  - 2025",
        "UR  - https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-"
        "yeni-bir-doneme-giriyor/3775429",
        "LA  - tr",
        f"N1  - Cited in: {A000} [2]",
        "ER  - ",
    ]


def test_partial_dates_access_dates_and_organisations() -> None:
    ref = Reference(
        type="report",
        authors=[Name(literal="U.S. Department of State"), Name("Yin")],
        title="United States Strategy for Central Asia 2019-2025",
        issued=PartialDate(2019),
        accessed=PartialDate(2022, 12),
        complete=False,
        note="raw text",
    )
    lines = write_ris([ref]).splitlines()
    assert "TY  - RPRT" in lines
    assert "AU  - U.S. Department of State" in lines
    assert "AU  - Yin," in lines
    assert "DA  - 2019///" in lines
    assert "Y2  - 2022/12//" in lines
    assert "KW  - refharvest-partial" in lines
    assert read_ris(write_ris([ref])) == [ref]


def test_multi_line_note_round_trips() -> None:
    ref = Reference(title="x", note="first line\nsecond line", citations=[Citation("a", "1")])
    assert read_ris(write_ris([ref])) == [ref]


def test_reads_zotero_style_ris() -> None:
    """A record as Zotero exports a web page (typed by hand)."""
    text = (
        "TY  - ELEC\r\nTI  - Minerals Security Partnership\r\nAU  - Smith, John\r\n"
        "T2  - U.S. Department of State\r\nDA  - 2023/05/01\r\nY2  - 2024-01-31 10:00:00\r\n"
        "UR  - https://www.state.gov/minerals-security-partnership\r\nLA  - English\r\n"
        "KW  - minerals\r\nER  - \r\n"
    )
    (ref,) = read_ris(text)
    assert ref.type == "webpage"
    assert ref.authors == [Name("Smith", "John")]
    assert ref.container_title == "U.S. Department of State"
    assert ref.issued == PartialDate(2023, 5, 1)
    assert ref.language == "en"
    assert ref.extra == {"keywords": "minerals"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("TI  - no type\nER  - \n", 1, id="no-TY"),
        pytest.param("TY  - GEN\nTI  - x\n", 1, id="no-ER"),
        pytest.param("TY  - GEN\nTI  - x\nTY  - GEN\nER  - \n", 3, id="TY-inside-record"),
        pytest.param("hello\nTY  - GEN\nER  - \n", 1, id="text-before-record"),
    ],
)
def test_malformed_ris_is_an_error_naming_the_line(text: str, line: int) -> None:
    with pytest.raises(BibParseError) as info:
        read_ris(text, path="x.ris")
    assert str(info.value).startswith(f"x.ris: line {line}:")


def test_ascii_ris_is_transliterated() -> None:
    text = write_ris(seed_references(), ascii=True)
    assert text.isascii()
    assert "TI  - Glavy MID Yaponii" in text


@pytest.mark.integration
def test_citation_js_reads_our_ris(tmp_path: Path) -> None:
    node = shutil.which("node")
    script = ROOT / "tests" / "export" / "citationjs_read.js"
    if node is None or not (ROOT / "node_modules" / "@citation-js" / "plugin-ris").is_dir():
        pytest.skip("node or npm @citation-js/plugin-ris not installed: run `npm ci`")
    if not script.is_file():
        pytest.skip("tests/export/citationjs_read.js (the citation-js reader) is missing")
    refs = [r for r in seed_references() if r.type in ("article-newspaper", "report")]
    path = tmp_path / "seed.ris"
    path.write_text(write_ris(refs), encoding="utf-8")
    done = subprocess.run(
        [node, str(script), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    items = json.loads(done.stdout)
    assert len(items) == len(refs)
    for ref, item in zip(refs, items, strict=True):
        assert item["type"] == ref.type
        assert item["title"] == ref.title
        assert item["URL"] == ref.url
        assert ref.issued is not None
        # citation-js follows the RIS 2011 spec: NEWS dates come from PY (the year) only.
        expected_date = [ref.issued.year] if ref.type == "article-newspaper" else ref.issued.parts()
        assert item["issued"]["date-parts"][0] == expected_date
        if ref.type == "article-newspaper":
            # T2 is the container for NEWS in RIS 2011 too; citation-js reads NEWS's AU as
            # CSL "reporter" and drops it, so authors are compared on reports only.
            assert item["container-title"] == ref.container_title
        else:
            assert item["publisher"] == ref.publisher
            expected_authors = [{"family": a.family, "given": a.given} for a in ref.authors]
            assert item.get("author", []) == expected_authors
