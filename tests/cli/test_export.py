"""`refharvest export` through the command line.

Input files are written by the test from hand-built seed references
(tests/export/test_roundtrip.py) or typed here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from refharvest.cli.main import cli, main
from refharvest.export.bibtex import write_bibtex
from refharvest.export.ris import read_ris

from ..export.test_roundtrip import seed_references


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "references.bib"
    path.write_text(write_bibtex(seed_references()), encoding="utf-8")
    return path


def test_bib_to_csljson_file(bib: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "references.json"
    result = CliRunner().invoke(cli, ["export", str(bib), "--to", "csljson", "-o", str(out)])
    assert result.exit_code == 0, result.output
    items = json.loads(out.read_text(encoding="utf-8"))
    assert len(items) == len(seed_references())
    # seed 000 [2]: Bahtiyar Abdülkerimov, ..., Anadolu Ajansı, 19 Aralık 2025
    item = next(
        i for i in items if i.get("author") == [{"family": "Abdülkerimov", "given": "Bahtiyar"}]
    )
    assert item["container-title"] == "Anadolu Ajansı"
    assert item["issued"] == {"date-parts": [[2025, 12, 19]]}


def test_bib_to_ris_on_stdout(bib: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(bib), "--to", "ris"])
    assert result.exit_code == 0, result.output
    refs = read_ris(result.stdout)
    assert [r.title for r in refs] == [r.title for r in seed_references()]


def test_format_from_output_suffix(bib: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.ris"
    result = CliRunner().invoke(cli, ["export", str(bib), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("TY  - NEWS")


def test_biblatex_ascii(bib: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(bib), "--to", "biblatex", "--ascii"])
    assert result.exit_code == 0, result.output
    assert result.stdout.isascii()
    assert "@online{" in result.stdout
    assert r"journaltitle = {Anadolu Ajans{\i}}" in result.stdout


def test_ris_input_with_explicit_format(tmp_path: Path) -> None:
    source = tmp_path / "in.dat"
    source.write_text("TY  - ELEC\nTI  - Minerals Security Partnership\nER  - \n", "utf-8")
    result = CliRunner().invoke(cli, ["export", str(source), "--from", "ris", "--to", "bibtex"])
    assert result.exit_code == 0, result.output
    assert "title = {Minerals {Security Partnership}}" in result.stdout


def test_missing_output_format_is_a_usage_error(bib: Path, capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", str(bib)])
    assert info.value.code == 2
    assert "no output format" in capsys.readouterr().err


def test_malformed_input_one_line_error_and_no_output(tmp_path: Path, capsys) -> None:
    source = tmp_path / "broken.bib"
    source.write_text("@misc{ok, title={fine}}\n\n@misc{bad, title={open}\n", encoding="utf-8")
    out = tmp_path / "out.json"
    with pytest.raises(SystemExit) as info:
        main(["export", str(source), "--to", "csljson", "-o", str(out)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "broken.bib" in err and "line 3" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
