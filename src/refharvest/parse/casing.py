"""ALL-CAPS titles and surnames back to normal case, by the language's rules.

Python's ``str.lower`` is wrong for Turkish and Azerbaijani: ``I`` must become
``ı`` and ``İ`` must become ``i`` ("DİYALOĞU" → "diyaloğu", "ASYA'NIN" →
"asya'nın"), and capitalising ``i`` gives ``İ``. Titles are put in the
casing their language's publishers use: title case for English, Turkish (the
AVİM convention, conjunctions such as "ve" kept lower) and German, sentence
case for Russian and the Romance languages. Text that is not ALL CAPS is left
alone: a mixed-case title already says what its author meant.
"""

from __future__ import annotations

import re

__all__ = [
    "is_all_caps",
    "is_small_word",
    "lower",
    "recase_name",
    "recase_title",
    "upper_first",
]

_DOTTED_I_LANGUAGES = frozenset({"tr", "az"})
_SENTENCE_CASE_LANGUAGES = frozenset(
    {"ru", "uk", "be", "bg", "kk", "ky", "fr", "es", "it", "pt", "pl", "cs", "nl"}
)
#: Words a title keeps in lower case inside a title-cased title.
_SMALL_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "a",
            "an",
            "the",
            "and",
            "but",
            "or",
            "nor",
            "for",
            "so",
            "yet",
            "of",
            "in",
            "on",
            "at",
            "to",
            "by",
            "as",
            "up",
            "via",
            "from",
            "with",
            "into",
            "onto",
            "over",
            "per",
            "than",
            "vs",
            "versus",
        ]
    ),
    # Türk Dil Kurumu: conjunctions and the question particle stay lower case.
    "tr": frozenset(["ve", "ile", "veya", "ya", "da", "de", "ki", "mi", "mı", "mu", "mü"]),
    "az": frozenset(["və", "ilə", "ya", "da", "də", "ki"]),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "den",
            "dem",
            "des",
            "ein",
            "eine",
            "einer",
            "eines",
            "einem",
            "einen",
            "und",
            "oder",
            "aber",
            "zu",
            "zum",
            "zur",
            "von",
            "vom",
            "mit",
            "im",
            "in",
            "am",
            "an",
            "auf",
            "aus",
            "bei",
            "für",
            "über",
            "unter",
            "nach",
            "als",
            "um",
            "wie",
            "bis",
            "gegen",
            "ohne",
            "durch",
            "zwischen",
        ]
    ),
}
#: Words, with the separators and punctuation around them.
_TOKEN = re.compile(r"([^\s\-–—/:;,.!?\"“”„«»()\[\]{}]+)")
_ROMAN = re.compile(r"[IVX]{2,5}")
_KEEP_UPPER = re.compile(r"\d|\+|&")
_OPENS_SENTENCE = re.compile(r"[:.!?\"“]")


_ANY_SMALL_WORD = frozenset().union(*_SMALL_WORDS.values())


def is_small_word(word: str) -> bool:
    """A word that stays lower case in a title-cased name or title, in any language
    we case ("of", "und", "de"): a lower-case word that is not one is a content word."""
    return word in _ANY_SMALL_WORD


def is_all_caps(text: str) -> bool:
    """True when the cased letters are (almost) all upper case and there are a few."""
    upper = sum(map(str.isupper, text))
    lower_count = sum(map(str.islower, text))
    return upper >= 3 and lower_count <= upper // 20


def lower(text: str, language: str) -> str:
    if language in _DOTTED_I_LANGUAGES:
        text = text.replace("I", "ı")
    # "İ".lower() is "i" plus a combining dot in every other language: never wanted.
    return text.replace("İ", "i").lower()


def upper_first(word: str, language: str) -> str:
    if not word:
        return word
    first = word[0]
    if language in _DOTTED_I_LANGUAGES and first in "iı":
        head = "İ" if first == "i" else "I"
    else:
        head = first.upper()
    return head + word[1:]


def recase_title(title: str, language: str) -> str:
    """An ALL-CAPS ``title`` in its language's title casing; other titles unchanged."""
    if not is_all_caps(title):
        return title
    language = (language or "").split("-")[0].lower()
    sentence = language in _SENTENCE_CASE_LANGUAGES
    small = _SMALL_WORDS.get(language, frozenset())
    pieces = _TOKEN.split(title)
    lowered = _TOKEN.split(lower(title, language))
    if len(lowered) != len(pieces):  # a letter whose lower case is not a letter: be safe
        lowered = [lower(piece, language) for piece in pieces]
    last_word = len(pieces) - 2
    out: list[str] = []
    capitalise_next = True
    for index in range(len(pieces)):
        piece = pieces[index]
        if index % 2 == 0:  # separator text between words
            out.append(piece)
            if piece and (capitalise_next or (piece != " " and _OPENS_SENTENCE.search(piece))):
                capitalise_next = True
            continue
        if _keeps_upper(piece):
            out.append(piece)
            capitalise_next = False
            continue
        word = lowered[index]
        if capitalise_next or (
            not sentence
            and (
                index == last_word
                or word not in small
                or pieces[index - 1].endswith(("-", "–", "/"))
            )
        ):
            word = upper_first(word, language)
        out.append(word)
        capitalise_next = False
    return "".join(out)


def _keeps_upper(word: str) -> bool:
    """A number, "R&D", "C++" or a Roman numeral: left as written.

    Most words are plain letters: ``isalpha`` settles them without a regex.
    """
    if word.isalpha():
        return 2 <= len(word) <= 5 and not word.strip("IVX")  # _ROMAN, without the regex
    return _KEEP_UPPER.search(word) is not None or _ROMAN.fullmatch(word) is not None


def recase_name(name: str, language: str) -> str:
    """ "OSMANLI" → "Osmanlı" (tr), "BAKTYBEK KYZY" → "Baktybek Kyzy"; mixed case kept."""
    if not is_all_caps(name) and not (name.isupper() and len(name) >= 2):
        return name
    language = (language or "").split("-")[0].lower()
    pieces = _TOKEN.split(name)
    out: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:
            out.append(piece)
            continue
        word = lower(piece, language)
        # O'NEIL → O'Neil: capitalise after an apostrophe only for one-letter prefixes.
        head, sep, tail = word.partition("'") if "'" in word else word.partition("’")
        if sep and len(head) == 1:
            word = upper_first(head, language) + sep + upper_first(tail, language)
        else:
            word = upper_first(word, language)
        out.append(word)
    return "".join(out)
