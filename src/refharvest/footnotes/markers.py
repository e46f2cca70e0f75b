"""What starts a note, a notes section or a reference list, and what ends one.

Section headings are matched as whole lines, case-folded, after dropping
Markdown/numbering decoration, so "## KAYNAKÇA", "**References:**" and
"5. Bibliography" all count.
"""

from __future__ import annotations

import re

#: ``[1] text``, ``[^1]: text`` (Markdown footnote definitions), ``[1]`` alone.
NOTE_START = re.compile(r"[ \t\u00a0]*(?P<marker>\[\^?(?P<label>\d{1,4})\]:?)[ \t\u00a0]*")
#: ``¹ text``, ``²³ text``: notes copied from a web page or word processor.
SUPERSCRIPT_START = re.compile(
    r"[ \t\u00a0]*(?P<marker>(?P<label>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}))[ \t\u00a0]*(?=\S)"
)
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: ``1. text``, ``1) text``, ``(1) text``, ``1 text``: only trusted below a notes heading.
NUMBERED_START = re.compile(r"[ \t\u00a0]*(?P<marker>\(?(?P<label>\d{1,4})[.)]?)[ \t\u00a0]+(?=\S)")
#: Items of a reference list that carry their own bullet or number.
LIST_ITEM_START = re.compile(r"[ \t\u00a0]*(?:\[\d{1,4}\]|\d{1,4}[.)]|[-*•–·▪◦])[ \t\u00a0]+(?=\S)")
#: A marker in the body pointing at a note: ``[3]``, ``^[3]``, ``[^3]``.
BODY_MARKER = re.compile(r"\[\^?(\d{1,4})\]")
#: Superscript markers in the body (``…Tokyo.¹``).
BODY_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")

_DECORATION = " \t\u00a0#*_>=-:"
_NUMBERING = re.compile(r"(?:\d{1,2}[.)]\s*|[IVX]{1,4}[.)]\s+)")
_ROMAN_STARTS = frozenset({"I.", "II", "IV", "V.", "VI", "X.", "I)", "V)", "X)", "IX", "XI"})

NOTES_HEADINGS = frozenset(
    {
        "notes",
        "endnotes",
        "footnotes",
        "notes and references",
        "dipnotlar",
        "dipnot",
        "notlar",
        "sonnotlar",
        "açıklamalar",
        "anmerkungen",
        "fußnoten",
        "fussnoten",
        "endnoten",
        "примечания",
        "сноски",
        "notas",
    }
)

REFERENCE_HEADINGS = frozenset(
    {
        "references",
        "reference list",
        "bibliography",
        "select bibliography",
        "selected bibliography",
        "works cited",
        "sources",
        "literature",
        "literature cited",
        "further reading",
        "kaynakça",
        "kaynaklar",
        "kaynak",
        "yararlanılan kaynaklar",
        "başvurulan kaynaklar",
        "literatur",
        "literaturverzeichnis",
        "literaturangaben",
        "quellen",
        "quellenverzeichnis",
        "quellen und literatur",
        "список литературы",
        "список использованной литературы",
        "список источников",
        "литература",
        "библиография",
        "источники",
        "bibliografía",
        "referencias",
        "bibliographie",
        "références",
    }
)

#: Headings and phrases after which notes and lists are over (compared as prefixes).
STOP_PREFIXES = (
    "about the author",
    "about the authors",
    "author bio",
    "yazar hakkında",
    "yazarlar hakkında",
    "yazar hakkinda",
    "über den autor",
    "über die autorin",
    "über die autoren",
    "zum autor",
    "zur autorin",
    "об авторе",
    "об авторах",
    "to cite this article",
    "cite this article",
    "atıfta bulunmak için",
    "atıf için",
    "zitiervorschlag",
    "для цитирования",
    "tags:",
    "etiketler",
    "share this",
    "paylaş",
    "related posts",
    "related articles",
    "similar posts",
    "ilgili yazılar",
    "acknowledgements",
    "acknowledgments",
    "teşekkür",
    "appendix",
    "anhang",
    "приложение",
    "copyright",
    "©",
    "(c) ",
)


def heading_key(line: str) -> str:
    """The case-folded words of a possible heading line ("" when too long to be one)."""
    stripped = line.strip(_DECORATION)
    if not stripped or len(stripped) > 60 or stripped[-1] in ".,;":
        return ""
    if not stripped[0].isalpha() or stripped[:2] in _ROMAN_STARTS:
        numbered = _NUMBERING.match(stripped)
        if numbered is not None:
            stripped = stripped[numbered.end() :]
    if stripped[:1].islower():
        return ""  # headings are capitalised; "notes" may be the tail of a wrapped URL
    return stripped.replace("İ", "i").casefold()


def is_stop_line(line: str) -> bool:
    """A line that ends a notes section or a reference list."""
    stripped = line.strip().lstrip("#*_ ")
    if not stripped or stripped[0].islower():
        return False
    folded = stripped.casefold()
    if folded.startswith(STOP_PREFIXES):
        return True
    key = heading_key(line)
    return bool(key) and (key in NOTES_HEADINGS or key in REFERENCE_HEADINGS)
