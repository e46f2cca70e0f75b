"""`refharvest build` on the default corpus, checked against the seed texts.

The expected numbers come from reading the seeds: refs/000_… (Turkish) and
refs/001_… (its English translation) cite the same 14 works in 11 notes each;
refs/002_… cites 6 other works; refs/003_… and refs/004_… cite nothing.
So 28 + 6 = 34 citations make 14 + 6 = 20 cited works, plus 5 article records.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from refharvest.cli.main import cli
from refharvest.urls import normalize_url

REFS = Path(__file__).resolve().parents[2] / "refs"
TR = "000_d73e33c2ba014f4c"
EN = "001_b25d954b7602c829"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, str]]]:
    corpus = tmp_path_factory.mktemp("corpus")
    for path in REFS.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(out), "--no-styles"])
    assert result.exit_code == 0, result.output
    library = bibtexparser.parse_string((out / "references.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks
    entries = [{"key": e.key, "type": e.entry_type, **{k: str(v) for k, v in e.fields_dict.items()}}
               for e in library.entries]  # fmt: skip
    return out, [
        {k: (v.value if hasattr(v, "value") else v) for k, v in e.items()} for e in entries
    ]


def _field(entry: dict[str, str], name: str) -> str:
    value = entry.get(name, "")
    return value if isinstance(value, str) else str(value)


def test_twenty_cited_works_and_five_articles(built: tuple[Path, list[dict[str, str]]]) -> None:
    out, entries = built
    assert len(entries) == 25
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["totals"]["references"] == 34
    assert summary["totals"]["articles"] == 5


def test_no_two_entries_share_a_normalised_url(built: tuple[Path, list[dict[str, str]]]) -> None:
    _, entries = built
    urls = [normalize_url(_field(e, "url")) for e in entries if _field(e, "url")]
    assert len(urls) == len(set(urls))


def test_outputs_written(built: tuple[Path, list[dict[str, str]]]) -> None:
    out, _ = built
    for name in ("references.bib", "references.csl.json", "merge-report.md",
                 "merge-report.json", "summary.json"):  # fmt: skip
        assert (out / name).is_file(), name
    assert not list(out.glob(".*.tmp")), "no temporary file may remain"


def test_anadolu_work_cited_by_both_language_versions(
    built: tuple[Path, list[dict[str, str]]],
) -> None:
    """Footnote 2 of both versions cites the same Anadolu Agency article (read off the seeds)."""
    _, entries = built
    (entry,) = [e for e in entries if "3775429" in _field(e, "url")]
    assert "Abdülkerimov" in _field(entry, "author")
    provenance = _field(entry, "citedin")
    assert TR in provenance and EN in provenance


def test_build_is_stable_across_runs(tmp_path: Path) -> None:
    corpus = tmp_path / "refs"
    corpus.mkdir()
    for path in sorted(REFS.glob("*.txt"))[:2]:
        shutil.copy(path, corpus / path.name)
    out = tmp_path / "out"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--no-styles"]).exit_code == 0
    first = {e.key for e in bibtexparser.parse_file(str(out / "references.bib")).entries}
    # Adding an article must not rename any existing key.
    shutil.copy(next(REFS.glob("002_*.txt")), corpus)
    assert runner.invoke(cli, ["build", str(corpus), "-o", str(out), "--no-styles"]).exit_code == 0
    second = {e.key for e in bibtexparser.parse_file(str(out / "references.bib")).entries}
    assert first <= second
    assert len(second) - len(first) == 7  # six works and the article record of 002


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(bad), "-o", str(out), "--no-styles"])
    assert result.exit_code == 2
    assert "bad.txt" in result.output
    assert "Traceback" not in result.output
    assert not (out / "references.bib").exists()
