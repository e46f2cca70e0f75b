"""Access-date phrases in several languages. Dates are read off the strings."""

from __future__ import annotations

import pytest

from refharvest.model import PartialDate
from refharvest.parse.access import find_access, link_prefix_start

D = PartialDate


@pytest.mark.parametrize(
    ("text", "date", "phrase"),
    [
        pytest.param(
            "News Central Asia,, (Date of Accession: 17.12.2022).",
            D(2022, 12, 17),
            "(Date of Accession: 17.12.2022)",
            id="seed-002",
        ),
        pytest.param(
            "Erişim tarihi: 19 Aralık 2025",
            D(2025, 12, 19),
            "Erişim tarihi: 19 Aralık 2025",
            id="tr-erisim-tarihi",
        ),
        pytest.param("(Erişim 05.01.2026)", D(2026, 1, 5), "(Erişim 05.01.2026)", id="tr-erisim"),
        pytest.param(
            "Erişim Ocak 31, 2026. https://x",
            D(2026, 1, 31),
            "Erişim Ocak 31, 2026",
            id="tr-erisim-month-first",
        ),
        pytest.param(
            "19.12.2025 tarihinde erişildi.",
            D(2025, 12, 19),
            "19.12.2025 tarihinde erişildi.",
            id="tr-after-date",
        ),
        pytest.param(
            "Accessed May 29, 2013.", D(2013, 5, 29), "Accessed May 29, 2013", id="en-accessed"
        ),
        pytest.param(
            "(accessed 20 March 2012).",
            D(2012, 3, 20),
            "(accessed 20 March 2012)",
            id="en-parenthesised",
        ),
        pytest.param(
            "Retrieved January 15, 2010, from http://x",
            D(2010, 1, 15),
            "Retrieved January 15, 2010",
            id="en-retrieved",
        ),
        pytest.param(
            "[Accessed 2 March 2014]", D(2014, 3, 2), "[Accessed 2 March 2014]", id="en-brackets"
        ),
        pytest.param(
            "Zugriff am 20. Dezember 2025",
            D(2025, 12, 20),
            "Zugriff am 20. Dezember 2025",
            id="de-zugriff",
        ),
        pytest.param(
            "abgerufen am 3.1.2024", D(2024, 1, 3), "abgerufen am 3.1.2024", id="de-abgerufen"
        ),
        pytest.param(
            "(дата обращения: 19.12.2025)",
            D(2025, 12, 19),
            "(дата обращения: 19.12.2025)",
            id="ru-data-obrashcheniya",
        ),
        pytest.param(
            "consulté le 4 mai 2021", D(2021, 5, 4), "consulté le 4 mai 2021", id="fr-consulte"
        ),
        pytest.param(
            "Acesso em: 10 jan. 2020", D(2020, 1, 10), "Acesso em: 10 jan. 2020", id="pt-acesso"
        ),
    ],
)
def test_find_access(text: str, date: PartialDate, phrase: str) -> None:
    found = find_access(text)
    assert found is not None
    assert found.date == date
    assert text[found.start : found.end].strip() == phrase


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Retrieved from netLibrary: http://x", id="phrase-without-date"),
        pytest.param("Anadolu Ajansı, 19 Aralık 2025", id="publication-date-only"),
    ],
)
def test_find_access_needs_phrase_and_date(text: str) -> None:
    assert find_access(text) is None


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        pytest.param("Title. Available at: ", "Title. ", id="available-at"),
        pytest.param("Title. Retrieved from ", "Title. ", id="retrieved-from"),
        pytest.param("Title. URL: ", "Title. ", id="url-label"),
        pytest.param("Başlık, Erişim adresi: ", "Başlık, ", id="tr-erisim-adresi"),
        pytest.param("Title, Site, 2019, ", "Title, Site, 2019, ", id="none"),
    ],
)
def test_link_prefix_start(before: str, kept: str) -> None:
    assert before[: link_prefix_start(before)] == kept
