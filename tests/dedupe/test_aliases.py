"""The site alias table: translated names of one site meet, others do not."""

from __future__ import annotations

import pytest

from refharvest.dedupe import SiteAliases

ALIASES = SiteAliases.default()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anadolu Ajansı", "Anadolu Agency"),  # refs/000 vs refs/001
        ("Japonya Dışişleri Bakanlığı Resmi Sayfası", "Ministry of Foreign Affairs of Japan"),
        ("Japonya Dışişleri Bakanlığı", "Ministry of Foreign Affairs of Japan"),
        ("Avrupa İmar ve Kalkınma Bankası Resmi Sayfası",
         "European Bank for Reconstruction and Development"),
        ("The Diplomatic Service of the European Union",
         "Diplomatic Service of the European Union"),
        ("Peoples Daily", "People's Daily"),  # refs/000 prints it without apostrophe
        ("Tass", "ТАСС"),
        ("ANADOLU AJANSI", "anadolu ajansi"),
    ],
)  # fmt: skip
def test_names_of_one_site_share_an_id(first: str, second: str) -> None:
    assert ALIASES.site_id(first) == ALIASES.site_id(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Anadolu Ajansı", "Anadolu Ajansı Spor"),
        ("Ministry of Foreign Affairs of Japan",
         "Ministry of Foreign Affairs of the Russian Federation"),
        ("Times of Central Asia", "Jamestown"),
        ("World News", "News Central Asia"),
    ],
)  # fmt: skip
def test_different_sites_keep_different_ids(first: str, second: str) -> None:
    assert ALIASES.site_id(first) != ALIASES.site_id(second)


def test_language_of_a_name_and_name_in_a_language() -> None:
    assert ALIASES.language_of("Anadolu Ajansı") == "tr"
    assert ALIASES.language_of("Anadolu Agency") == "en"
    assert ALIASES.language_of("Unknown Site") == ""
    assert ALIASES.name_in("Anadolu Agency", "tr") == "Anadolu Ajansı"


def test_user_table_joins_a_known_site() -> None:
    aliases = SiteAliases.default()
    aliases.extend({"sites": [{"tr": ["AA Haber"], "en": ["Anadolu Agency"]}]})
    assert aliases.site_id("AA Haber") == aliases.site_id("Anadolu Ajansı")
