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
    """The reference implementation is py3langid's own ``rank``."""
    theirs = dict(language._identifier().rank(title))
    ours = language._probabilities(title)
    assert ours is not None
    assert ours.keys() == theirs.keys()
    for lang, probability in theirs.items():
        assert ours[lang] == pytest.approx(probability, abs=1e-4)


@pytest.mark.parametrize(
    ("title", "model_alone", "expected"),
    [
        # English titles of names and nouns, as a person reads them; py3langid's
        # equal priors put another language first (the middle column, checked below).
        pytest.param("Japan-Central Asia Relations", "fr", "en", id="seed-like-title"),
        pytest.param("Photovoltaic Materials", "it", "en", id="anystyle-gold-88"),
        pytest.param("World Risk Society", "pl", "en", id="anystyle-world-risk"),
    ],
)
def test_english_prior_reads_short_english_titles(
    title: str, model_alone: str, expected: str
) -> None:
    ranked = language._identifier().rank(title)
    assert ranked[0][0] == model_alone  # the case the prior exists for
    assert detect_language(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Les relations politiques et commerciales", "fr", id="anystyle-1376-fr"),
        pytest.param("Polityka zagraniczna Japonii", "pl", id="pl"),
        pytest.param("Japans buitenlands beleid", "nl", id="nl"),
    ],
)
def test_english_prior_leaves_clear_titles_alone(title: str, expected: str) -> None:
    assert detect_language(title) == expected
