"""The BibTeX/BibLaTeX writer and reader, field by field.

Input references are built by hand from seed footnotes (see test_roundtrip);
expected .bib values are typed here from what the module docstring of
refharvest.export.bibtex promises, not produced by the code under test.
"""

from __future__ import annotations

import string

import pytest
from bibtexparser import parse_string
from hypothesis import given
from hypothesis import strategies as st

from refharvest.errors import BibParseError
from refharvest.export.bibtex import (
    entry_to_reference,
    read_bibtex,
    reference_to_entry,
    write_bibtex,
)
from refharvest.export.latex import decode, escape_text, protect_title
from refharvest.model import Citation, Name, PartialDate, Reference

from .test_roundtrip import A000, seed_references


def _fields(text: str) -> dict[str, dict[str, str]]:
    """Key -> raw field values (enclosing removed by bibtexparser's default stack)."""
    library = parse_string(text)
    assert not library.failed_blocks
    return {
        e.key: {"ENTRYTYPE": e.entry_type, **{f.key: f.value for f in e.fields}}
        for e in library.entries
    }


def abdulkerimov() -> Reference:
    return seed_references()[1]


def test_newspaper_article_in_classic_bibtex() -> None:
    """[2] Bahtiyar Abdülkerimov, Orta Asya-Japonya diyaloğu, …, Anadolu Ajansı, 19 Aralık 2025."""
    text = write_bibtex([abdulkerimov()])
    entry = _fields(text)["abdulkerimov2025orta"]
    assert entry == {
        "ENTRYTYPE": "article",
        "author": "Abdülkerimov, Bahtiyar",
        "title": "{Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor}",
        "journal": "Anadolu Ajansı",
        "year": "2025",
        "month": "dec",
        "date": "2025-12-19",
        "url": "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-"
        "yeni-bir-doneme-giriyor/3775429",
        "language": "turkish",
        "entrysubtype": "newspaper",
        "citedin": f"{A000} [2]",
    }
    assert "\tmonth = dec,\n" in text  # the month macro, not a braced string


def test_newspaper_article_in_biblatex() -> None:
    entry = _fields(write_bibtex([abdulkerimov()], dialect="biblatex"))["abdulkerimov2025orta"]
    assert entry["ENTRYTYPE"] == "article"
    assert entry["journaltitle"] == "Anadolu Ajansı"
    assert entry["date"] == "2025-12-19"
    assert entry["langid"] == "turkish"
    assert entry["language"] == "turkish"
    assert entry["entrysubtype"] == "newspaper"
    assert "year" not in entry and "month" not in entry and "journal" not in entry


@pytest.mark.parametrize(
    ("index", "dialect", "entry_type", "venue"),
    [
        pytest.param(
            3,
            "bibtex",
            "misc",
            ("howpublished", "Ministry of Foreign Affairs of Japan"),
            id="webpage-bibtex",
        ),
        pytest.param(
            3,
            "biblatex",
            "online",
            ("organization", "{Ministry of Foreign Affairs of Japan}"),
            id="webpage-biblatex",
        ),
        pytest.param(11, "bibtex", "techreport", ("institution", "ISSI"), id="report-bibtex"),
        pytest.param(
            9,
            "bibtex",
            "misc",
            ("organization", "{U.S. Department of State}"),
            id="report-without-author-bibtex",
        ),
        pytest.param(
            0, "bibtex", "misc", ("howpublished", "Japan Forward"), id="news-without-author-bibtex"
        ),
        pytest.param(
            9,
            "biblatex",
            "report",
            ("institution", "U.S. Department of State"),
            id="report-biblatex",
        ),
    ],
)
def test_entry_types_and_the_field_holding_the_site(index, dialect, entry_type, venue) -> None:
    ref = seed_references()[index]
    ref.key = "k"
    entry = _fields(write_bibtex([ref], dialect=dialect))["k"]
    assert entry["ENTRYTYPE"] == entry_type
    assert entry[venue[0]] == venue[1]


def test_report_has_type_and_partial_year() -> None:
    """[8] United States Strategy for Central Asia 2019-2025, U.S. Department of State, 2019."""
    ref = seed_references()[9]
    ref.key = "k"
    ref.authors = [Name(literal="U.S. Department of State")]  # so that classic @techreport fits
    classic = _fields(write_bibtex([ref]))["k"]
    assert classic["ENTRYTYPE"] == "techreport"
    assert classic["type"] == "Report"
    assert classic["year"] == "2019"
    assert "month" not in classic and "date" not in classic
    assert _fields(write_bibtex([ref], dialect="biblatex"))["k"]["date"] == "2019"


def test_partial_date_stays_partial_in_biblatex() -> None:
    ref = Reference(title="x", issued=PartialDate(2025, 12), key="k")
    entry = _fields(write_bibtex([ref], dialect="biblatex"))["k"]
    assert entry["date"] == "2025-12"
    classic = _fields(write_bibtex([ref]))["k"]
    assert (classic["year"], classic["month"]) == ("2025", "dec")
    assert "date" not in classic


def test_classic_fallbacks_to_misc_keep_the_csl_type() -> None:
    author = [Name("Yin", "He")]
    report = Reference(
        type="report",
        title="A report",
        container_title="Some site",
        key="r",
        authors=author,
        issued=PartialDate(2020),
    )
    news = Reference(
        type="article-newspaper",
        title="News",
        publisher="AA",
        key="n",
        authors=author,
        issued=PartialDate(2020),
    )
    entries = _fields(write_bibtex([report, news]))
    assert entries["r"]["ENTRYTYPE"] == "misc"
    assert entries["r"]["entrysubtype"] == "report"
    assert entries["n"]["ENTRYTYPE"] == "misc"
    assert entries["n"]["entrysubtype"] == "newspaper"
    assert [r.type for r in read_bibtex(write_bibtex([report, news]))] == [
        "report",
        "article-newspaper",
    ]


def test_webpage_with_site_and_publisher_is_biblatex_misc() -> None:
    ref = Reference(title="Page", container_title="Site", publisher="Org", url="https://x", key="k")
    entry = _fields(write_bibtex([ref], dialect="biblatex"))["k"]
    assert entry["ENTRYTYPE"] == "misc"
    assert (entry["howpublished"], entry["organization"]) == ("Site", "{Org}")


def test_names_persons_and_organisations() -> None:
    ref = Reference(
        title="x",
        key="k",
        authors=[
            Name("Cutler", "Robert M."),
            Name(literal="Anadolu Ajansı"),
            Name("Baktybek Kyzy"),  # known by family name only
            Name(literal="Ministry of Foreign Affairs and Trade"),
        ],
    )
    text = write_bibtex([ref])
    assert (
        "author = {Cutler, Robert M. and {Anadolu Ajansı} and Baktybek{ }Kyzy"
        " and {Ministry of Foreign Affairs and Trade}},"
    ) in text
    assert read_bibtex(text)[0].authors == ref.authors


def test_author_less_classic_entries_get_a_sort_key() -> None:
    ref = seed_references()[3]
    ref.key = "k"
    assert _fields(write_bibtex([ref]))["k"]["key"] == "Ministry of Foreign Affairs of Japan"
    assert "key" not in _fields(write_bibtex([ref], dialect="biblatex"))["k"]
    assert "key" not in read_bibtex(write_bibtex([ref]))[0].extra


@pytest.mark.parametrize(
    ("title", "language", "expected"),
    [
        pytest.param(
            'The Summit of the "Central Asia plus Japan" Dialogue (CA+JAD)',
            "en",
            'The {Summit} of the {"Central Asia} plus {Japan" Dialogue (CA+JAD)}',
            id="proper-nouns-and-acronym",
        ),
        pytest.param("EU and Central Asia", "en", "{EU} and {Central Asia}", id="first-acronym"),
        pytest.param("C5+1 dialogue", "", "{C5+1} dialogue", id="unknown-language-as-english"),
        pytest.param(
            "economic growth in practice",
            "en",
            "economic growth in practice",
            id="nothing-to-protect",
        ),
        pytest.param(
            "C5+1den İbrahim Anlaşmalarına",
            "tr",
            "{C5+1den İbrahim Anlaşmalarına}",
            id="turkish-whole",
        ),
        pytest.param("Главы МИД Японии", "ru", "{Главы МИД Японии}", id="russian-whole"),
    ],
)
def test_title_protection(title: str, language: str, expected: str) -> None:
    assert protect_title(title, english=language in ("", "en")) == expected


def test_ascii_output_uses_latex_escapes_and_only_ascii_bytes() -> None:
    refs = seed_references()
    for dialect in ("bibtex", "biblatex"):
        text = write_bibtex(refs, dialect=dialect, ascii=True)
        assert text.isascii()
    ref = Reference(
        title="ı ş ğ İ Ç ü", language="tr", key="k", authors=[Name("Demirtaş", "Melih")]
    )
    entry = _fields(write_bibtex([ref], ascii=True))["k"]
    assert entry["title"] == r"{{\i} {\c{s}} {\u{g}} {\.I} {\c{C}} {\"u}}"
    assert entry["author"] == r"Demirta{\c{s}}, Melih"


def test_ascii_cyrillic_uses_t2a_commands_and_cjk_is_transliterated() -> None:
    ref = Reference(title="Гл 日本", language="ru", key="k")
    entry = _fields(write_bibtex([ref], ascii=True))["k"]
    assert entry["title"] == r"{{\CYRG}{\cyrl} RiBen}"


def test_latex_specials_in_text_are_escaped_with_balanced_braces() -> None:
    assert escape_text("100% & {x} #1 a_b ~ ^ $ \\") == (
        r"100\% \& \textbraceleft{}x\textbraceright{} \#1 a\_b \textasciitilde{} "
        r"\textasciicircum{} \$ \textbackslash{}"
    )


@given(st.text(string.printable + "çğıöşüÇĞİÖŞÜабвЖЯ—–’“”\u00a0éàßøñ"), st.booleans())
def test_decode_inverts_escape(text: str, ascii: bool) -> None:
    assert decode(escape_text(text, ascii=ascii)) == text


def test_provenance_field() -> None:
    ref = Reference(
        title="x",
        key="k",
        citations=[
            Citation(A000, "2", 1, line=80),
            Citation("001_b25d954b7602c829", "2", 1),
            Citation("003_x", None, line=57),
        ],
    )
    entry = _fields(write_bibtex([ref]))["k"]
    assert entry["citedin"] == (f"{A000}:80 [2] #2; 001_b25d954b7602c829 [2] #2; 003_x:57 (list)")
    assert read_bibtex(write_bibtex([ref]))[0].citations == ref.citations


def test_partial_reference_keeps_raw_text_in_note() -> None:
    raw = "Встреча глав МИД Японии ..., Tass,, (Date of Accession: 17.12.2022)."
    ref = Reference(title="", key="k", complete=False, citations=[Citation("002_x", "3", raw=raw)])
    entry = _fields(write_bibtex([ref]))["k"]
    assert entry["note"] == raw
    assert entry["keywords"] == "refharvest-partial"
    back = read_bibtex(write_bibtex([ref]))[0]
    assert back.complete is False
    assert back.note == raw


def test_extra_fields_are_written_under_their_names() -> None:
    ref = Reference(
        title="x",
        key="k",
        extra={"titleaddon": "Özet", "related": "other", "relatedtype": "translationof"},
    )
    entry = _fields(write_bibtex([ref], dialect="biblatex"))["k"]
    assert (entry["titleaddon"], entry["related"], entry["relatedtype"]) == (
        "Özet",
        "other",
        "translationof",
    )


def test_keys_assigned_without_touching_the_callers_references() -> None:
    refs = seed_references()
    text = write_bibtex(refs)
    assert all(r.key == "" for r in refs)
    keys = list(_fields(text))
    assert len(keys) == len(refs) == len(set(keys))
    # [2] Bahtiyar Abdülkerimov ... 2025 "Orta Asya..." and [5] Emre Aytekin ... 2026 "Çin'in"
    assert keys[1] == "abdulkerimov2025orta"
    assert keys[6] == "aytekin2026cin"


def test_repeated_keys_are_made_unique_case_insensitively() -> None:
    refs = [
        Reference(title="One", key="Same"),
        Reference(title="Two", key="same"),
        Reference(title="Three", key="same"),
    ]
    keys = [r.key for r in read_bibtex(write_bibtex(refs))]
    assert keys[0] == "Same"
    assert len({k.lower() for k in keys}) == 3
    assert [r.key for r in refs] == ["Same", "same", "same"]


def test_reference_to_entry_and_back() -> None:
    ref = abdulkerimov()
    entry = reference_to_entry(ref, dialect="biblatex")
    assert entry.key == "abdulkerimov2025orta"
    assert entry.entry_type == "article"


def test_reads_latex_written_by_other_tools() -> None:
    """A JabRef-style entry with LaTeX accents, a month macro and a von-part."""
    text = r"""
@Article{Mueller2020,
  author    = {M{\"u}ller, J{\"o}rg and {\c{C}}elik, Ay{\c{s}}e and Ludwig van Beethoven},
  title     = {{\"U}ber die {T}\"urkei},
  journal   = {Zeitschrift f\"ur Osteuropa},
  year      = 2020,
  month     = jan,
  volume    = {12},
  number    = {3},
  pages     = {1--20},
  url       = {https://example.org/a\_b},
  langid    = {ngerman},
}
"""
    (ref,) = read_bibtex(text)
    assert ref.type == "article-journal"
    assert ref.authors == [
        Name("Müller", "Jörg"),
        Name("Çelik", "Ayşe"),
        Name("van Beethoven", "Ludwig"),
    ]
    assert ref.title == "Über die Türkei"
    assert ref.container_title == "Zeitschrift für Osteuropa"
    assert ref.issued == PartialDate(2020, 1)
    assert (ref.volume, ref.issue, ref.pages) == ("12", "3", "1--20")
    assert ref.url == "https://example.org/a_b"
    assert ref.language == "de"


def test_unknown_fields_of_other_tools_go_to_extra() -> None:
    (ref,) = read_bibtex("@online{k, title={T}, url={https://x}, abstract={An abstract}}")
    assert ref.type == "webpage"
    assert ref.extra == {"abstract": "An abstract"}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        pytest.param("@misc{a, title={x}\n", 1, id="unclosed-entry"),
        pytest.param("@misc{a, title={x}}\n\n@misc{a, title={y}}\n", 3, id="duplicate-key"),
        pytest.param("@misc{a, title}\n", 1, id="field-without-value"),
        pytest.param(
            "\n\n@article{b,\n title = {open,\n}\n\n@misc{c, title={ok}}\n",
            3,
            id="unbalanced-brace",
        ),
    ],
)
def test_malformed_bib_is_an_error_naming_file_and_line(text: str, line: int) -> None:
    with pytest.raises(BibParseError) as info:
        read_bibtex(text, path="broken.bib")
    message = str(info.value)
    assert message.startswith("broken.bib: ")
    assert f"line {line} " in message


def test_empty_text_has_no_references() -> None:
    assert read_bibtex("") == []
    assert write_bibtex([]) == ""


def test_entry_to_reference_on_a_bibtexparser_entry() -> None:
    library = parse_string("@techreport{r, institution={ISSI}, title={Brief}, year={2026}}")
    ref = entry_to_reference(library.entries[0])
    assert (ref.type, ref.publisher, ref.issued) == ("report", "ISSI", PartialDate(2026))


def test_fields_that_lose_to_a_synonym_are_kept_in_extra() -> None:
    """Nothing of a foreign entry is dropped: each value below was typed here."""
    text = r"""@article{k,
  journaltitle = {Journal A}, journal = {Journal B},
  publisher = {Pub}, organization = {Org},
  date = {2020-05-04}, year = {2019}, month = {13},
  language = {turkish}, langid = {german},
  entrysubtype = {peer-reviewed},
  number = {7}, issue = {Spring}, note = {}
}"""
    (ref,) = read_bibtex(text)
    assert (ref.container_title, ref.publisher) == ("Journal A", "Pub")
    assert ref.issued == PartialDate(2020, 5, 4)
    assert (ref.language, ref.issue) == ("tr", "7")
    assert ref.extra == {
        "journal": "Journal B",
        "organization": "Org",
        "year": "2019",
        "month": "13",
        "langid": "german",
        "entrysubtype": "peer-reviewed",
        "issue": "Spring",
    }
