"""Language of titles. Expected languages are those the titles are written in,
read by a person (the seed titles come from refs/000-002)."""

from __future__ import annotations

import pytest

from refharvest.parse import language
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


_TITLES = [
    "Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir döneme giriyor",
    "Japan Deepens Cooperation with Central Asian States",
    "Die Außenpolitik Japans in Zentralasien",
    "La politique étrangère du Japon en Asie centrale",
    "La política exterior de Japón en Asia Central",
    "A política externa do Japão",
    "Il Giappone e l'Asia centrale",
    "Japans buitenlands beleid",
    "Polityka zagraniczna Japonii",
    "Deep learning for the analysis of footnotes in PDF text",
    "STRENGTHENING TIES WITH CENTRAL ASIA",
    "Tesla Model",
    "x y",
    "Ab",
    "",
    "12 34",
]


@pytest.mark.parametrize("title", _TITLES)
def test_fast_softmax_answers_as_py3langid(title: str) -> None:
    """The reference implementation is py3langid's own ``classify``."""
    identifier = language._identifier()
    ours = language._classify(title)
    if ours is None:  # only near a tie or the threshold, where py3langid decides
        (_, best), (_, second) = identifier.rank(title)[:2]
        margin = 2 * language._MARGIN
        assert best - second < margin or abs(best - language._MIN_PROBABILITY) < margin
    else:
        theirs = identifier.classify(title)
        assert ours[0] == theirs[0]
        assert ours[1] == pytest.approx(theirs[1], abs=1e-4)
