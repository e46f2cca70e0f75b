"""Dates in several languages and forms.

Expected values are read off each input string by hand (the day, month and
year the text names), not produced by the code under test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refharvest.model import PartialDate
from refharvest.parse import dates
from refharvest.parse.dates import find_date, lookup_month, parse_date

D = PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish
        pytest.param("19 Aralık 2025", D(2025, 12, 19), id="tr-day-month-year"),
        pytest.param("19 ARALIK 2025", D(2025, 12, 19), id="tr-upper-dotless-i"),
        pytest.param("18 Şubat 2025", D(2025, 2, 18), id="tr-subat"),
        pytest.param("23 Mayıs 2023", D(2023, 5, 23), id="tr-mayis"),
        pytest.param("31 Mart 2025'te", D(2025, 3, 31), id="tr-suffix-apostrophe"),
        pytest.param("2025te", D(2025), id="tr-year-suffix"),
        pytest.param("ARALIK 2025", D(2025, 12), id="tr-upper-month-year"),
        pytest.param("Ara 2025", D(2025, 12), id="tr-abbreviated"),
        pytest.param("26 Ocak 2026", D(2026, 1, 26), id="tr-ocak"),
        pytest.param("Subat 2020", D(2020, 2), id="tr-ascii-folded"),
        # English
        pytest.param("December 19, 2025", D(2025, 12, 19), id="en-month-day-year"),
        pytest.param("Friday, December 19, 2025", D(2025, 12, 19), id="en-weekday"),
        pytest.param("Dec. 2019", D(2019, 12), id="en-abbreviated-dot"),
        pytest.param("Sept. 5, 2010", D(2010, 9, 5), id="en-sept"),
        pytest.param("2 Aug. 2006", D(2006, 8, 2), id="en-mla"),
        pytest.param("2010 Mar 5", D(2010, 3, 5), id="en-vancouver"),
        pytest.param("March 2020", D(2020, 3), id="en-month-year"),
        # German
        pytest.param("20. Dezember 2025", D(2025, 12, 20), id="de-day-dot"),
        pytest.param("3. März 2021", D(2021, 3, 3), id="de-umlaut"),
        pytest.param("Okt. 2019", D(2019, 10), id="de-abbreviated"),
        # Russian
        pytest.param("19 декабря 2025 г.", D(2025, 12, 19), id="ru-genitive-g"),
        pytest.param("декабрь 2025", D(2025, 12), id="ru-nominative"),
        pytest.param("5 мая 2024", D(2024, 5, 5), id="ru-may-genitive"),
        # French, Spanish, Portuguese, Italian
        pytest.param("1er janvier 2020", D(2020, 1, 1), id="fr-premier"),
        pytest.param("19 de diciembre de 2025", D(2025, 12, 19), id="es-de"),
        pytest.param("7 de março de 2018", D(2018, 3, 7), id="pt-de"),
        pytest.param("12 settembre 2017", D(2017, 9, 12), id="it"),
        # Numeric
        pytest.param("17.12.2022", D(2022, 12, 17), id="num-dotted"),
        pytest.param("2025-12-19", D(2025, 12, 19), id="num-iso"),
        pytest.param("2025-12", D(2025, 12), id="num-iso-month"),
        pytest.param("29.02.2024", D(2024, 2, 29), id="num-leap-day"),
        pytest.param("2019", D(2019), id="year-only"),
        pytest.param("(2010a).", D(2010), id="year-letter-brackets"),
    ],
)
def test_parse_date(text: str, expected: PartialDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("31.02.2022", id="impossible-day"),
        pytest.param("29.02.2023", id="not-a-leap-year"),
        pytest.param("2019-2025", id="year-range"),
        pytest.param("n.d.", id="no-date"),
        pytest.param("", id="empty"),
        pytest.param("Japan Forward", id="words"),
        pytest.param("1999yılında", id="word-glued-to-year"),
        pytest.param("19 Aralık 2025 Tokyo", id="trailing-word"),
    ],
)
def test_parse_date_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_numeric_order_follows_language_hint() -> None:
    # 12/05/2020: day first by default, month first for US English.
    assert parse_date("12/05/2020") == D(2020, 5, 12)
    assert parse_date("12/05/2020", language_hint="en") == D(2020, 12, 5)
    # A number over 12 settles it whatever the hint.
    assert parse_date("25/05/2020", language_hint="en") == D(2020, 5, 25)


def test_find_date_gives_span_of_first_date() -> None:
    text = "Vusal Guliyev, Japan Deepens Cooperation, Jamestown, 26 Ocak 2026, later 2027"
    found = find_date(text)
    assert found is not None
    date, start, end = found
    assert date == D(2026, 1, 26)
    assert text[start:end] == "26 Ocak 2026"


def test_find_date_skips_non_month_words() -> None:
    found = find_date("Junior 2010 and Mayor 2011")
    assert found is not None
    assert found[0] == D(2010)


def test_find_date_prefers_fullest_form_at_same_start() -> None:
    found = find_date("see 2025-12-19 here")
    assert found is not None
    assert found[0] == D(2025, 12, 19)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        pytest.param("Aralık", 12, id="tr"),
        pytest.param("ARALIK", 12, id="tr-upper"),
        pytest.param("Aralıkta", 12, id="tr-case-suffix"),
        pytest.param("декабре", 12, id="ru-prepositional"),
        pytest.param("Dez.", 12, id="de-abbr"),
        pytest.param("juillet", 7, id="fr"),
        pytest.param("Table", None, id="not-a-month"),
        pytest.param("Ma", None, id="too-short"),
    ],
)
def test_lookup_month(word: str, month: int | None) -> None:
    assert lookup_month(word) == month


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("(n.d.)", id="en"),
        pytest.param("(o. J.)", id="de-spaced"),
        pytest.param("(t.y.)", id="tr"),
        pytest.param("(s.f.)", id="es"),
        pytest.param("(б.г.)", id="ru"),
    ],
)
def test_no_date_words_come_from_data(text: str) -> None:
    import re

    from refharvest.parse.dates import NO_DATE

    assert re.fullmatch(r"\((?:" + NO_DATE + r")\)", text, re.IGNORECASE)
    assert parse_date(text) is None  # "no date" is not a date


def test_no_date_reference_keeps_issued_empty() -> None:
    # Written for this test: an APA reference with "(n.d.)" in place of the year.
    from refharvest.parse import parse_reference

    ref, _ = parse_reference(
        "Eckes, T. (n.d.). The developmental social psychology of gender. "
        "Retrieved from http://www.netlibrary.com"
    )
    assert ref.issued is None
    assert ref.title == "The developmental social psychology of gender"
    assert ref.url == "http://www.netlibrary.com"


def _parse_date_without_guard(text: str, language_hint: str = "") -> PartialDate | None:
    """``parse_date`` as it was before the cheap guard: the reference implementation."""
    cleaned = dates._EDGE.sub("", text)
    if not cleaned:
        return None
    found = find_date(cleaned, language_hint=language_hint)
    if found is None:
        return None
    date, start, end = found
    return date if dates._is_residue(cleaned[:start] + " " + cleaned[end:]) else None


_DATEISH = st.lists(
    st.sampled_from(
        [
            "19",
            "5",
            "2025",
            "1999",
            "12",
            "31",
            ".",
            "/",
            "-",
            ",",
            " ",
            " ",
            "th",
            "'te",
            "’de",
            "Aralık",
            "ARALIK",
            "Dec.",
            "December",
            "Dezember",
            "декабря",
            "Martta",
            "mars",
            "de",
            "del",
            "of",
            "г.",
            "Friday",
            "Cuma",
            "Anadolu",
            "Site",
            "Ajansı",
            "19thdecember",
            "s",
        ]
    ),
    max_size=9,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DATEISH, st.sampled_from(["", "en", "tr"]))
def test_guard_never_changes_parse_date(text: str, hint: str) -> None:
    assert dates._parse_date.__wrapped__(text, hint) == _parse_date_without_guard(text, hint)


@pytest.mark.parametrize(
    "text",
    [
        # a span of months dates the year only, in the four languages (written for
        # this test; anystyle-gold:429 prints "January-March 2010", anystyle-web:396
        # "Janvier-Juin 2012")
        "January-March 2010",
        "January–March 2010",
        "Jan.-Feb. 2010",
        "Ocak-Şubat 2010",
        "März/April 2010",
        "январь-март 2010",
    ],
)
def test_span_of_months_dates_the_year(text: str) -> None:
    assert parse_date(text) == PartialDate(2010)
    assert find_date(f"Journal, {text}, pp. 1-9") == (PartialDate(2010), 9, 9 + len(text))


def test_a_word_before_a_month_is_no_span() -> None:
    # "Paris-March 2010" names no first month: the month stays (written for this test)
    assert find_date("Paris-March 2010") == (PartialDate(2010, 3), 6, 16)
