"""The harvest pipeline end to end on the five real seed articles.

Expected counts are read off the seed texts by a person (the footnote markers
and the ` ; ` separators in refs/000_… and refs/001_…, the six numbered notes
of refs/002_…, and the absence of notes in refs/003_… and refs/004_…).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refharvest.errors import DecodingError, InputError
from refharvest.harvest import (
    expand_inputs,
    harvest_file,
    harvest_paths,
    harvest_text,
    run_harvest,
)

REFS = Path(__file__).resolve().parent.parent / "refs"


def seed(prefix: str) -> Path:
    (path,) = REFS.glob(f"{prefix}_*.txt")
    return path


@pytest.mark.parametrize(
    ("prefix", "footnotes", "references"),
    [
        pytest.param("000", 11, 14, id="tr-pdf-text"),
        pytest.param("001", 11, 14, id="en-markdown"),
        pytest.param("002", 6, 6, id="no-urls"),
        pytest.param("003", 0, 0, id="no-notes-news"),
        pytest.param("004", 0, 0, id="no-notes-german"),
    ],
)
def test_seed_counts(prefix: str, footnotes: int, references: int) -> None:
    article = harvest_file(seed(prefix))
    assert len(article.footnotes) == footnotes
    assert len(article.references) == references


def test_every_reference_keeps_its_provenance() -> None:
    article = harvest_file(seed("000"))
    labels = [(r.citations[0].footnote, r.citations[0].position) for r in article.references]
    # Footnotes 2, 4 and 8 hold two references each, 10 one (its trailing ";" is empty).
    assert labels == [
        ("1", 0), ("2", 0), ("2", 1), ("3", 0), ("4", 0), ("4", 1), ("5", 0),
        ("6", 0), ("7", 0), ("8", 0), ("8", 1), ("9", 0), ("10", 0), ("11", 0),
    ]  # fmt: skip
    for ref in article.references:
        (citation,) = ref.citations
        assert citation.article == seed("000").stem
        assert citation.raw


def test_articles_without_notes_are_reported_not_errors() -> None:
    article = harvest_file(seed("003"))
    assert article.references == []
    assert any(d.code == "no-footnotes" and d.severity == "info" for d in article.diagnostics)


def test_folder_expansion_skips_configuration_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Body.\n\n[1] Title, Site, 2020, https://example.org/a\n")
    (tmp_path / "corrections.bib").write_text("@misc{x, title={T}}\n")
    (tmp_path / "site-aliases.json").write_text("{}\n")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt"]


def test_missing_input_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        harvest_paths([tmp_path / "absent.txt"])


def test_binary_file_stops_the_run_or_is_skipped_with_keep_going(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Body.\n\n[1] Title, Site, 2020, https://example.org/a\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(DecodingError):
        harvest_paths([tmp_path])
    run = run_harvest([tmp_path], keep_going=True)
    assert [a.id for a in run.articles] == ["good"]
    assert [p.name for p, _ in run.failures] == ["bad.txt"]


def test_ibid_notes_cite_the_earlier_work_again() -> None:
    # Made by hand from refs/001_…: its note [1] as printed, then notes that
    # point back at it the ways English, Turkish and German articles do.
    text = (
        "Japan held its first summit.^[1] It said so.^[2] Again.^[3] And again.^[4]\n\n"
        "[1] Strengthening Ties with Central Asian Nations an Imperative for Japan, "
        "*Japan Forward*, December 26, 2025, "
        "<https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/>\n"
        "[2] Ibid.\n"
        "[3] a.g.e., s. 5.\n"
        "[4] Ebd.\n"
    )
    article = harvest_text(text, article_id="ibid")
    (reference,) = article.references
    assert reference.title == (
        "Strengthening Ties with Central Asian Nations an Imperative for Japan"
    )
    assert [c.footnote for c in reference.citations] == ["1", "2", "3", "4"]
    assert [c.raw for c in reference.citations[1:]] == ["Ibid.", "a.g.e., s. 5.", "Ebd."]
    repeats = [d for d in article.diagnostics if d.code == "repeat-citation"]
    assert [d.footnote for d in repeats] == ["2", "3", "4"]
    assert all("note 1" in d.message for d in repeats)


def test_a_back_reference_before_a_semicolon_is_split_off() -> None:
    # Written for this test in a Turkish article's note form: "A.g.e., s. 50" is too
    # short to pass for a reference before "; ", but it is one (the work above).
    text = (
        "Claims.^[1] More.^[2]\n\n"
        '[1] Ahmet Yılmaz, "Orta Asya\'da Enerji", Avrasya Dosyası, Cilt 5, Sayı 2, 2019, '
        "s. 45-67.\n"
        '[2] A.g.e., s. 50; Kazinform, "Токаев провел переговоры с премьер-министром Японии", '
        "20 Aralık 2025, https://www.inform.kz/ru/tokaev-japan.\n"
    )
    article = harvest_text(text, article_id="semicolon")
    assert [r.container_title for r in article.references] == ["Avrasya Dosyası", "Kazinform"]
    yilmaz = article.references[0]
    assert [c.raw for c in yilmaz.citations[1:]] == ["A.g.e., s. 50"]
    assert [d.code for d in article.diagnostics if d.code == "repeat-citation"] == [
        "repeat-citation"
    ]


def test_an_ibid_with_nothing_before_it_is_reported_not_made_an_entry() -> None:
    text = "A claim.^[1]\n\n[1] Ibid., p. 3.\n"
    article = harvest_text(text, article_id="lonely")
    assert article.references == []
    (diagnostic,) = [d for d in article.diagnostics if d.code == "unresolved-repeat"]
    assert diagnostic.severity == "warning"
    assert diagnostic.raw == "Ibid., p. 3."
    assert diagnostic.footnote == "1"


def test_dashes_stand_for_the_author_of_the_entry_above() -> None:
    # A Chicago-style bibliography written by hand for this test; the titles
    # and names are read off it.
    text = (
        "# A bibliography\n\nSome text.\n\n## Bibliography\n\n"
        "Hawthorne, Nathaniel. The House of the Seven Gables. Boston: Ticknor, 1851.\n\n"
        "———. The Scarlet Letter. New York: Random House, 2003.\n\n"
        "–––––. “Young Goodman Brown.” In Mosses from an Old Manse. New York: Wiley, 1846.\n\n"
        "Melville, Herman. Moby-Dick. New York: Harper, 1851.\n"
    )
    article = harvest_text(text, article_id="bibliography")
    got = [(r.title, [a.family for a in r.authors]) for r in article.references]
    assert got == [
        ("The House of the Seven Gables", ["Hawthorne"]),
        ("The Scarlet Letter", ["Hawthorne"]),
        ("Young Goodman Brown", ["Hawthorne"]),
        ("Moby-Dick", ["Melville"]),
    ]
