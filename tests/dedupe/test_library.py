"""build_library on the seed corpus (References typed by hand, see seeds.py).

Expected counts come from issue 3 and from reading the seeds: refs/000 and
refs/001 cite the same 14 works, refs/002 six others, 003 and 004 none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refharvest.dedupe import build_library
from refharvest.errors import InputError
from refharvest.export.bibtex import write_bibtex
from refharvest.model import Article, Citation, Name, PartialDate, Reference
from refharvest.urls import normalize_url

from .seeds import seed_articles

AA_URL = "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429"


def test_seed_corpus_gives_20_works_plus_5_article_records() -> None:
    result = build_library(seed_articles())
    assert len(result.entries) == 25
    records, works = result.entries[:5], result.entries[5:]
    assert [r.title for r in records] == [a.record.title for a in seed_articles()]
    assert len(works) == 20
    keys = [entry.key for entry in result.entries]
    assert all(keys) and len(set(keys)) == len(keys)
    urls = [normalize_url(e.url) for e in result.entries if e.url]
    assert len(urls) == len(set(urls))
    # every one of the 34 citations is in exactly one work
    cited = [c.label() for work in works for c in work.citations]
    assert len(cited) == 34 == len(set(cited))
    assert result.dedupe.stats["references_in"] == 34


def test_the_turkish_and_english_articles_are_linked_as_translations() -> None:
    result = build_library(seed_articles())
    turkish, english = result.entries[0], result.entries[1]
    assert english.extra["related"] == turkish.key
    assert english.extra["relatedtype"] == "translationof"
    assert turkish.extra["related"] == english.key
    assert turkish.extra["relatedtype"] == "translatedas"
    assert len(result.translations) == 1
    assert "14 cited works in common" in result.translations[0].evidence
    # the other three articles are linked to nothing
    assert all("related" not in record.extra for record in result.entries[2:5])


def test_translated_site_and_provenance_of_the_anadolu_work() -> None:
    """refs/000 fn 2 prints "Anadolu Ajansı", refs/001 fn 2 "Anadolu Agency"."""
    result = build_library(seed_articles())
    work = next(e for e in result.entries if normalize_url(e.url) == normalize_url(AA_URL))
    assert work.title == "Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor"
    assert work.language == "tr"
    assert work.container_title == "Anadolu Ajansı"
    assert work.extra["container-title-alt"] == "Anadolu Agency"
    assert work.issued == PartialDate(2025, 12, 19)
    assert [c.label() for c in work.citations] == ["000:fn2", "001:fn2"]
    assert "\n" not in work.url


def test_english_title_cited_in_both_keeps_english_site() -> None:
    result = build_library(seed_articles())
    work = next(e for e in result.entries if "japan-forward.com" in e.url)
    assert work.container_title == "Japan Forward"
    assert "container-title-alt" not in work.extra


def _write_previous(tmp_path: Path, entries: list[Reference]) -> Path:
    path = tmp_path / "references.bib"
    path.write_text(write_bibtex(entries, dialect="biblatex"), encoding="utf-8")
    return path


def test_rerun_reuses_keys_even_ones_a_user_renamed(tmp_path: Path) -> None:
    first = build_library(seed_articles())
    previous = _write_previous(tmp_path, first.entries)
    aa_key = next(e.key for e in first.entries if "3775429" in e.url)
    text = previous.read_text("utf-8").replace("{" + aa_key + ",", "{myAAkey,")
    previous.write_text(text, encoding="utf-8")
    second = build_library(seed_articles(), previous_bib=previous)
    expected = ["myAAkey" if k == aa_key else k for k in (e.key for e in first.entries)]
    assert [e.key for e in second.entries] == expected


def test_adding_an_article_renames_nothing(tmp_path: Path) -> None:
    """A run on 002 alone, then on the whole corpus with its output as the last run."""
    articles = seed_articles()
    alone = build_library([articles[2]])
    previous = _write_previous(tmp_path, alone.entries)
    everything = build_library(articles, previous_bib=previous)
    keys_now = {
        tuple(c.label() for c in e.citations) or (e.title,): e.key for e in everything.entries
    }
    for entry in alone.entries:
        assert keys_now[tuple(c.label() for c in entry.citations) or (entry.title,)] == entry.key


def test_a_key_no_work_has_any_more_is_not_reused(tmp_path: Path) -> None:
    articles = seed_articles()
    gone = Reference(title="Removed work", url="https://example.org/gone", key="osmanli2026orta")
    previous = _write_previous(tmp_path, [gone])
    result = build_library(articles, previous_bib=previous)
    assert "osmanli2026orta" not in {e.key for e in result.entries}


def test_corrections_override_by_key_and_by_url(tmp_path: Path) -> None:
    first = build_library(seed_articles())
    jamestown = next(e for e in first.entries if "jamestown.org" in e.url)
    (tmp_path / "corrections.bib").write_text(
        "@online{" + jamestown.key + ",\n  title = {Japan Deepens Cooperation With Central"
        " Asian States (corrected)},\n}\n"
        "@online{whatever,\n  url = {http://timesca.com/azerbaijan-joins-central-asia-to-build-a-"
        "c6-corridor-core},\n  author = {Cutler, Robert M.},\n  date = {2025-11-18},\n}\n"
        "@online{nomatch,\n  title = {Nothing like it},\n}\n",
        encoding="utf-8",
    )
    result = build_library(seed_articles(), config_dir=tmp_path)
    corrected = next(e for e in result.entries if e.key == jamestown.key)
    assert corrected.title.endswith("(corrected)")
    assert corrected.container_title == "Jamestown"  # fields not in the correction stay
    assert len(corrected.citations) == 2
    timesca = next(e for e in result.entries if "timesca.com" in e.url)
    assert timesca.issued == PartialDate(2025, 11, 18)
    assert len(result.corrected) == 2
    assert [d.code for d in result.diagnostics] == ["correction-unmatched"]


def _two_articles_with_a_possible_duplicate() -> list[Article]:
    articles = seed_articles()
    # the same title on the same site, one with a day, one with the year only
    articles[3].references = [
        Reference(
            title="Central Asia Investment Forum 2022",
            container_title="European Bank for Reconstruction and Development",
            issued=PartialDate(2022),
            citations=[Citation("003", "1", 0, "Central Asia Investment Forum 2022, EBRD, 2022")],
        )
    ]
    return articles


def test_possible_duplicate_then_a_decision_merges_it(tmp_path: Path) -> None:
    articles = _two_articles_with_a_possible_duplicate()
    first = build_library(articles, config_dir=tmp_path)
    assert len(first.entries) == 26
    assert len(first.dedupe.possible) == 1
    pair = [first.dedupe.possible[0].first.key, first.dedupe.possible[0].second.key]
    previous = _write_previous(tmp_path, first.entries)
    (tmp_path / "dedupe-decisions.json").write_text(json.dumps({"same": [pair]}), "utf-8")
    second = build_library(
        _two_articles_with_a_possible_duplicate(), config_dir=tmp_path, previous_bib=previous
    )
    assert len(second.entries) == 25
    assert not second.dedupe.possible
    merged = next(e for e in second.entries if e.title == "Central Asia Investment Forum 2022")
    assert {c.article for c in merged.citations} == {"002", "003"}
    assert merged.key == pair[0] and merged.extra["ids"] == pair[1]


def test_decision_different_silences_the_possible_duplicate(tmp_path: Path) -> None:
    articles = _two_articles_with_a_possible_duplicate()
    first = build_library(articles)
    pair = [first.dedupe.possible[0].first.key, first.dedupe.possible[0].second.key]
    previous = _write_previous(tmp_path, first.entries)
    (tmp_path / "dedupe-decisions.json").write_text(json.dumps({"different": [pair]}), "utf-8")
    second = build_library(
        _two_articles_with_a_possible_duplicate(), config_dir=tmp_path, previous_bib=previous
    )
    assert len(second.entries) == 26 and not second.dedupe.possible


def test_user_site_aliases_extend_the_table(tmp_path: Path) -> None:
    articles = _two_articles_with_a_possible_duplicate()
    articles[3].references[0].container_title = "İmar Bankası"
    articles[3].references[0].issued = None
    (tmp_path / "site-aliases.json").write_text(
        json.dumps({"sites": [{"tr": ["İmar Bankası"], "en": ["EBRD"]}]}), "utf-8"
    )
    result = build_library(articles, config_dir=tmp_path)
    evidence = " ".join(result.dedupe.possible[0].evidence)
    assert "same site (Avrupa İmar ve Kalkınma Bankası Resmi Sayfası = İmar Bankası)" in evidence


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("dedupe-decisions.json", "{not json"),
        ("dedupe-decisions.json", '{"same": [["only one"]]}'),
        ("site-aliases.json", '{"sites": {"tr": "x"}}'),
        ("site-aliases.json", '{"sites": [{"tr": [1, 2]}]}'),
        ("corrections.bib", "@online{broken,\n title = {unclosed\n"),
    ],
)
def test_broken_user_files_are_input_errors(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        build_library(seed_articles(), config_dir=tmp_path)
    assert name in str(caught.value)


def test_unreadable_previous_bib_only_warns(tmp_path: Path) -> None:
    previous = tmp_path / "references.bib"
    previous.write_text("@online{x,\n title = {unclosed\n", "utf-8")
    result = build_library(seed_articles(), previous_bib=previous)
    assert len(result.entries) == 25
    assert [d.code for d in result.diagnostics] == ["previous-bib-unreadable"]


def test_an_untitled_article_record_keeps_its_key(tmp_path: Path) -> None:
    """refs/003 gives a record with an author and a site but no title, URL or date."""
    articles = seed_articles()
    articles[3].record = Reference(
        authors=[Name(family="Sağlam", given="Ahmet")], container_title="News.Az", language="en"
    )
    first = build_library(articles)
    previous = _write_previous(tmp_path, first.entries)
    articles = seed_articles()
    articles[3].record = Reference(
        authors=[Name(family="Sağlam", given="Ahmet")], container_title="News.Az", language="en"
    )
    second = build_library(articles, previous_bib=previous)
    assert [e.key for e in second.entries] == [e.key for e in first.entries]


def test_translation_found_from_shared_footnotes_alone() -> None:
    """Without the translator's note: 14 works in common, the later one translates."""
    articles = seed_articles()
    articles[1].record.extra.clear()
    result = build_library(articles)
    [link] = result.translations
    assert (link.translation.key, link.original.key) == (
        result.entries[1].key,
        result.entries[0].key,
    )
    assert link.evidence == ["14 of 14 cited works in common", "published later"]


def test_a_reference_to_one_of_the_articles_joins_its_record() -> None:
    articles = seed_articles()
    tr_url = articles[0].record.url
    articles[2].references.append(
        Reference(
            title="Orta Asya-Japonya Diyaloğu Tokyo Zirvesi",
            url=tr_url.replace("https://www.", "http://"),
            citations=[Citation("002", "7", 0, "OSMANLI, AVİM, 2026")],
        )
    )
    result = build_library(articles)
    assert len(result.entries) == 25
    assert [c.label() for c in result.entries[0].citations] == ["002:fn7"]
    assert [d.code for d in result.diagnostics] == ["cites-an-article"]
