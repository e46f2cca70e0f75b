"""Merging one work's references: best of each field, nothing lost.

Inputs are made by hand; expected values follow the rules in merging.py's
docstring and issue 3 (original-language title and site kept, the other
language's values visible in extra, every citation kept).
"""

from __future__ import annotations

from refharvest.dedupe import SiteAliases
from refharvest.dedupe.merging import merge_group
from refharvest.model import Citation, Name, PartialDate, Reference

ALIASES = SiteAliases.default()
URL = "https://tass.ru/politika/16657011"


def member(article: str, **fields: object) -> Reference:
    ref = Reference(url=URL, **fields)  # type: ignore[arg-type]
    ref.citations = [Citation(article, "3", 0, f"raw of {article}")]
    return ref


def test_foreign_title_quoted_by_one_article_is_the_original() -> None:
    """A Turkish article quotes the Russian title; the English one translates it."""
    russian = member(
        "tr-article",
        title="Встреча глав МИД Японии и стран Центральной Азии пройдет в Токио",
        container_title="ТАСС",
        language="ru",
    )
    english = member(
        "en-article",
        title="Meeting of Japan and Central Asia foreign ministers to be held in Tokyo",
        container_title="TASS",
        language="en",
    )
    merged = merge_group(
        [english, russian],
        aliases=ALIASES,
        article_languages={"tr-article": "tr", "en-article": "en"},
    )
    work = merged.reference
    assert work.title.startswith("Встреча")
    assert work.language == "ru"
    assert work.container_title == "ТАСС"  # the site in the title's language
    assert work.extra["title-alt"] == english.title
    assert work.extra["container-title-alt"] == "TASS"
    assert merged.sources["title"] == "tr-article:fn3"
    assert [c.article for c in work.citations] == ["en-article", "tr-article"]


def test_most_precise_date_latest_access_fullest_names() -> None:
    first = member(
        "a",
        title="Xi'an Summit a New Milestone",
        issued=PartialDate(2023),
        accessed=PartialDate(2024, 1, 2),
        authors=[Name(family="Yin", given="He")],
    )
    second = member(
        "b",
        title="XI'AN SUMMIT A NEW MILESTONE",
        issued=PartialDate(2023, 5, 23),
        accessed=PartialDate(2025, 6, 7),
        authors=[Name(family="Yin", given="He"), Name(family="Demirtaş", given="Melih")],
    )
    work = merge_group([first, second], aliases=ALIASES).reference
    assert work.title == "Xi'an Summit a New Milestone"  # mixed case beats capitals
    assert "title-alt" not in work.extra  # same title, other spelling: nothing to keep
    assert work.issued == PartialDate(2023, 5, 23)
    assert work.accessed == PartialDate(2025, 6, 7)
    assert [n.family for n in work.authors] == ["Yin", "Demirtaş"]


def test_conflicting_dates_and_keys_are_kept_visible() -> None:
    first = member("a", title="T", issued=PartialDate(2025, 12, 19), key="k1")
    second = member("b", title="T", issued=PartialDate(2025, 12, 20), key="k2")
    merged = merge_group([first, second], aliases=ALIASES)
    assert merged.reference.issued == PartialDate(2025, 12, 19)
    assert merged.reference.extra["issued-alt"] == "2025-12-20"
    assert merged.reference.key == "k1"
    assert merged.reference.extra["ids"] == "k2"


def test_url_printed_is_https_without_tracking() -> None:
    first = member("a", title="T")
    first.url = "http://tass.ru/politika/16657011?utm_source=x"
    second = member("b", title="T")
    second.url = "https://tass.ru/politika/16657011"
    work = merge_group([first, second], aliases=ALIASES).reference
    assert work.url == "https://tass.ru/politika/16657011"
    assert "url-alt" not in work.extra
