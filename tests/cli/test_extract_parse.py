"""`refharvest extract` and `refharvest parse` through the command line.

Expected values are read off the seed texts (refs/) or written in the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
from click.testing import CliRunner

from refharvest.cli.main import cli

REFS = Path(__file__).resolve().parents[2] / "refs"


def test_extract_turkish_article_to_bibtex(tmp_path: Path) -> None:
    (source,) = REFS.glob("000_*.txt")
    out = tmp_path / "x.bib"
    result = CliRunner().invoke(cli, ["extract", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    library = bibtexparser.parse_file(str(out))
    assert not library.failed_blocks
    assert len(library.entries) == 14
    keys = [e.key for e in library.entries]
    assert len(set(keys)) == 14
    # Footnote 2, first reference: "Bahtiyar Abdülkerimov, Orta Asya-Japonya diyaloğu, …,
    # 19 Aralık 2025"
    assert "abdulkerimov2025orta" in keys


def test_extract_csljson_uses_standard_fields(tmp_path: Path) -> None:
    (source,) = REFS.glob("001_*.txt")
    result = CliRunner().invoke(cli, ["extract", str(source), "--format", "csljson"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 14
    (cutler,) = [i for i in items if "timesca.com" in i.get("URL", "")]
    # [11] Robert M. Cutler, Azerbaijan Joins Central Asia to Build a C6 Corridor Core,
    #      *Times of Central Asia*, November 17, 2025, <https://timesca.com/…>
    assert cutler["author"] == [{"family": "Cutler", "given": "Robert M."}]
    assert cutler["title"] == "Azerbaijan Joins Central Asia to Build a C6 Corridor Core"
    assert cutler["container-title"] == "Times of Central Asia"
    assert cutler["issued"] == {"date-parts": [[2025, 11, 17]]}
    assert cutler["language"] == "en"


def test_parse_one_item_per_line_even_unparseable(tmp_path: Path) -> None:
    lines = [
        "Robert M. Cutler, Azerbaijan Joins Central Asia to Build a C6 Corridor Core, "
        "Times of Central Asia, 17 Kasım 2025, https://timesca.com/azerbaijan-joins/",
        "",
        "%%%",
        "Tass,, (Date of Accession: 17.12.2022).",
    ]
    source = tmp_path / "refs.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(source), "--format", "csljson"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 4
    assert len({item["id"] for item in items}) == 4
    assert items[0]["URL"] == "https://timesca.com/azerbaijan-joins/"
    assert items[3]["accessed"] == {"date-parts": [[2022, 12, 17]]}


def test_parse_reads_stdin() -> None:
    result = CliRunner().invoke(
        cli,
        ["parse", "-", "--format", "json"],
        input="He Yin, Xi'an Summit a New Milestone, Peoples Daily, 23 Mayıs 2023\n",
    )
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert item["issued"] == "2023-05-23"


def test_unknown_format_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "docx"], input="x\n")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
