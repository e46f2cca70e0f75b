"""Matching: what is one work and what is not.

Adversarial cases are made by hand; expected groupings follow the rules of
issue 3 (never merge two different works; close pairs go to a person).
"""

from __future__ import annotations

import pytest

from refharvest.dedupe import Decisions, SiteAliases, dedupe_references
from refharvest.model import Citation, Name, PartialDate, Reference

from .seeds import seed_002_references, seed_references

ALIASES = SiteAliases.default()


def ref(
    title: str,
    site: str = "",
    url: str = "",
    issued: PartialDate | None = None,
    *,
    label: str = "1",
    article: str = "A",
    doi: str = "",
    authors: tuple[Name, ...] = (),
    language: str = "",
) -> Reference:
    return Reference(
        title=title,
        container_title=site,
        url=url,
        issued=issued,
        doi=doi,
        authors=list(authors),
        language=language,
        citations=[Citation(article, label, 0, f"{title}, {site}, {url}")],
    )


DAY = PartialDate(2025, 12, 19)
AA_LONG = "Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor"


def test_seed_000_and_001_give_14_works() -> None:
    """28 references typed from refs/000 and refs/001 cite 14 works (issue 3)."""
    refs = seed_references("000") + seed_references("001")
    result = dedupe_references(refs, aliases=ALIASES)
    assert len(result.works) == 14
    assert len(result.groups) == 14
    assert all(len(group.members) == 2 for group in result.groups)
    assert not result.possible
    # each work is cited once by each article, at the same footnote
    for group in result.groups:
        labels = {c.label().split(":", 1)[1] for c in group.merged.citations}
        articles = {c.article for c in group.merged.citations}
        assert articles == {"000", "001"} and len(labels) == 1


def test_seed_002_stays_six_works_beside_the_others() -> None:
    """002's six URL-less references are six works; none equals a work of 000/001."""
    refs = seed_references("000") + seed_references("001") + seed_002_references()
    result = dedupe_references(refs, aliases=ALIASES)
    assert len(result.works) == 20
    assert result.stats["references_in"] == 34
    assert result.stats["works_out"] == 20


def test_same_site_and_day_different_urls_stay_two() -> None:
    first = ref("Japonya ile Orta Asya zirvesi başladı", "Anadolu Ajansı",
                "https://www.aa.com.tr/tr/dunya/zirve-basladi/3775429", DAY)  # fmt: skip
    second = ref("Orta Asya ülkeleriyle ticaret hacmi arttı", "Anadolu Agency",
                 "https://www.aa.com.tr/tr/ekonomi/ticaret-hacmi/3775430", DAY)  # fmt: skip
    result = dedupe_references([first, second], aliases=ALIASES)
    assert len(result.works) == 2


def test_same_title_same_site_day_different_urls_is_only_possible() -> None:
    """Same title, site and day but two URLs on one host: a person decides."""
    first = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/dunya/x/3775429", DAY)
    second = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/dunya/x/3775430", DAY)
    result = dedupe_references([first, second], aliases=ALIASES)
    assert len(result.works) == 2
    assert len(result.possible) == 1
    assert any("same host" in e for e in result.possible[0].evidence)


def test_same_title_on_two_sites_stays_two() -> None:
    title = "Central Asia and Japan Enter a New Era of Partnership"
    first = ref(title, "Jamestown", "", DAY)
    second = ref(title, "Times of Central Asia", "", DAY, label="2")
    result = dedupe_references([first, second], aliases=ALIASES)
    assert len(result.works) == 2
    assert [any("different sites" in e for e in p.evidence) for p in result.possible] == [True]


def test_translated_site_names_without_url_merge_on_title_site_and_day() -> None:
    """The same page cited in two languages with no URL: title + aliased site + day."""
    tr = ref(AA_LONG, "Anadolu Ajansı", "", DAY, article="000", language="tr")
    en = ref(AA_LONG.replace("ğ", "g").upper(), "Anadolu Agency", "", DAY, article="001")
    result = dedupe_references([tr, en], aliases=ALIASES)
    assert len(result.works) == 1
    work = result.works[0]
    assert work.title == AA_LONG  # the spelling with diacritics and mixed case
    assert work.container_title == "Anadolu Ajansı"
    assert work.extra["container-title-alt"] == "Anadolu Agency"


def test_resmi_sayfasi_suffix_and_translation_meet() -> None:
    title = "The 9th Foreign Ministers’ Meeting of the Central Asia plus Japan Dialogue"
    first = ref(title, "Japonya Dışişleri Bakanlığı Resmi Sayfası", "", DAY)
    second = ref(title, "Ministry of Foreign Affairs of Japan", "", DAY, label="2")
    assert len(dedupe_references([first, second], aliases=ALIASES).works) == 1


def test_partial_or_missing_date_is_only_possible() -> None:
    first = ref(AA_LONG, "Anadolu Ajansı", "", DAY)
    second = ref(AA_LONG, "Anadolu Ajansı", "", PartialDate(2025), label="2")
    third = ref(AA_LONG, "Anadolu Ajansı", "", None, label="3")
    result = dedupe_references([first, second, third], aliases=ALIASES)
    assert len(result.works) == 3
    assert len(result.possible) == 3


def test_short_generic_titles_never_merge_without_url() -> None:
    first = ref("Press Release", "Anadolu Ajansı", "", DAY)
    second = ref("Press release", "Anadolu Ajansı", "", DAY, label="2")
    result = dedupe_references([first, second], aliases=ALIASES)
    assert len(result.works) == 2


def test_no_chain_through_a_urlless_reference_joins_two_urls() -> None:
    """A (url1) ~ B (no URL) ~ C (url2) by title: B never joins A and C into one."""
    a = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/1", DAY)
    b = ref(AA_LONG, "Anadolu Agency", "", DAY, label="2")
    c = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/2", DAY, label="3")
    result = dedupe_references([a, b, c], aliases=ALIASES)
    assert result.work_of[0] != result.work_of[2]


@pytest.mark.parametrize(
    "variant",
    [
        "http://aa.com.tr/tr/dunya/x/3775429",
        "https://WWW.AA.COM.TR/tr/dunya/x/3775429/",
        "https://www.aa.com.tr/tr/dunya/x/3775429?utm_source=twitter",
        "https://www.aa.com.tr/tr/dunya/x/3775429#top",
        "<https://www.aa.com.tr/tr/dunya/x/3775429>",
    ],
)
def test_url_variants_merge_whatever_the_other_fields(variant: str) -> None:
    first = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/dunya/x/3775429", DAY)
    second = ref("A different, English title", "Anadolu Agency", variant, None, label="2")
    result = dedupe_references([first, second], aliases=ALIASES)
    assert len(result.works) == 1
    assert result.works[0].extra["title-alt"] == "A different, English title"


@pytest.mark.parametrize(
    "other",
    [
        "https://www.aa.com.tr/tr/dunya/X/3775429",  # path case
        "https://www.aa.com.tr/tr/dunya/x/3775429?page=2",  # meaningful parameter
        "https://en.aa.com.tr/tr/dunya/x/3775429",  # other sub-domain
    ],
)
def test_url_variants_that_are_other_pages_do_not_merge(other: str) -> None:
    first = ref(
        "One title about Japan", "Anadolu Ajansı", "https://www.aa.com.tr/tr/dunya/x/3775429"
    )
    second = ref("Another title about Asia", "Anadolu Ajansı", other, label="2")
    assert len(dedupe_references([first, second], aliases=ALIASES).works) == 2


def test_doi_merges_and_different_dois_never_do() -> None:
    title = "Japan's Central Asia Policy after the Cold War Era"
    a = ref(title, "Asian Survey", "https://online.ucpress.edu/as/article/1", doi="10.1525/as.1")
    b = ref(title.upper(), "Asian Survey", "", doi="https://doi.org/10.1525/AS.1", label="2")
    c = ref(title, "Asian Survey", "", doi="10.1525/as.2", label="3")
    result = dedupe_references([a, b, c], aliases=ALIASES)
    assert len(result.works) == 2
    assert sorted(len(w.citations) for w in result.works) == [1, 2]


def test_different_authors_block_a_title_merge() -> None:
    title = "Japan and Central Asia: Twenty Years of Dialogue"
    a = ref(title, "ISSI", "", DAY, authors=(Name("Siddiq", "Asma"),))
    b = ref(title, "ISSI", "", DAY, authors=(Name("Cutler", "Robert M."),), label="2")
    result = dedupe_references([a, b], aliases=ALIASES)
    assert len(result.works) == 2
    assert any("different authors" in e for e in result.possible[0].evidence)


def test_decisions_override_evidence() -> None:
    a = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/1", DAY)
    b = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/2", DAY, label="2")
    c = ref("Other", "X", "https://www.aa.com.tr/tr/a/1?utm_source=x", DAY, label="3")
    decisions = Decisions.from_json(
        {
            "same": [["https://www.aa.com.tr/tr/a/1", "https://aa.com.tr/tr/a/2"]],
            "different": [],
        }
    )
    assert len(dedupe_references([a, b], aliases=ALIASES, decisions=decisions).works) == 1
    apart = Decisions.from_json({"different": [["https://aa.com.tr/tr/a/1", "key:c"]]})
    c.key = "c"
    # a and c share a URL, but a person said they are different works
    result = dedupe_references([a, c], aliases=ALIASES, decisions=apart)
    assert len(result.works) == 2


def test_decision_naming_nothing_is_reported() -> None:
    decisions = Decisions.from_json({"same": [["nokey", "otherkey"]]})
    result = dedupe_references([ref("T", "S")], aliases=ALIASES, decisions=decisions)
    assert [d.code for d in result.diagnostics] == ["decision-unmatched"]


def test_blocking_handles_a_huge_block_of_one_title() -> None:
    """5,000 'Press release' pages with distinct URLs: no merge, no all-pairs."""
    refs = [
        ref("Official press release of the ministry", "Ministry of Foreign Affairs of Japan",
            f"https://www.mofa.go.jp/press/{i}.html", PartialDate(2025, 1 + i % 12, 1 + i % 28),
            label=str(i))
        for i in range(5000)
    ]  # fmt: skip
    result = dedupe_references(refs, aliases=ALIASES)
    assert len(result.works) == 5000


def test_inputs_are_not_modified() -> None:
    refs = seed_references("000") + seed_references("001")
    before = [r.copy() for r in refs]
    dedupe_references(refs, aliases=ALIASES)
    assert refs == before


def test_a_urlless_reference_fitting_two_works_joins_neither() -> None:
    """Two pages with one title, site and day (different URLs) and a citation
    without URL that fits both: which one it cites is unknown, so it stays apart."""
    a = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/1", DAY)
    b = ref(AA_LONG, "Anadolu Ajansı", "https://www.aa.com.tr/tr/a/2", DAY, label="2")
    bare = ref(AA_LONG, "Anadolu Agency", "", DAY, label="3")
    result = dedupe_references([a, b, bare], aliases=ALIASES)
    assert len(result.works) == 3
    assert any("several works" in " ".join(p.evidence) for p in result.possible)
