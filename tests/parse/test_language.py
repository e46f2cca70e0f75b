"""Language of titles. Expected languages are those the titles are written in,
read by a person (the seed titles come from refs/000-002)."""

from __future__ import annotations

import pytest

from refharvest.parse.language import detect_language


@pytest.mark.parametrize(
    ("title", "language"),
    [
        pytest.param(
            "Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor",
            "tr",
            id="tr-seed-000",
        ),
        pytest.param(
            "Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir döneme giriyor",
            "tr",
            id="tr-seed-001-without-turkish-letters",
        ),
        pytest.param(
            "Главы МИД Японии и стран Центральной Азии встретятся на следующей неделе",
            "ru",
            id="ru-seed-002",
        ),
        pytest.param("Japan Deepens Cooperation with Central Asian States", "en", id="en-seed"),
        pytest.param("Die Außenpolitik Japans in Zentralasien", "de", id="de"),
        pytest.param("La politique étrangère du Japon en Asie centrale", "fr", id="fr"),
        pytest.param("La política exterior de Japón en Asia Central", "es", id="es"),
        pytest.param("Чому Україна та Японія зближуються", "uk", id="uk-letters"),
        pytest.param("Azərbaycan və Mərkəzi Asiya", "az", id="az-schwa"),
        pytest.param("", "", id="empty"),
        pytest.param("Tesla", "", id="one-word-unsure"),
        pytest.param("北京", "", id="other-script-not-guessed"),
    ],
)
def test_detect_language(title: str, language: str) -> None:
    assert detect_language(title) == language
