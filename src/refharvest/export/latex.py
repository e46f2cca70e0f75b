"""Unicode ↔ LaTeX for .bib field values.

Three kinds of values, escaped differently on the way out:

* **text** (titles, names, notes: typeset by LaTeX): the LaTeX specials
  ``\\ { } & % $ # _ ^ ~`` become commands that keep braces balanced, because
  BibTeX counts even backslashed braces (``\\{`` would unbalance an entry).
* **data** (``citedin``, ``keywords``, key lists: never typeset): only
  braces, backslashes and ``~`` are escaped, so provenance stays readable.
* **verbatim** (``url``, ``doi``): written as is, except characters that
  would break the entry (braces, backslash) or, with ``ascii``, non-ASCII
  ones, which are percent-encoded as URLs allow.

With ``ascii=True`` every non-ASCII character becomes its LaTeX command from
pylatexenc's table, wrapped in braces (``ı`` → ``{\\i}``, ``ş`` →
``{\\c{s}}``, ``İ`` → ``{\\.I}``). Cyrillic gets the T2A commands
(``{\\CYRG}``), which LaTeX prints with ``\\usepackage[T2A]{fontenc}``, which
BibTeX passes through, biber decodes and :func:`decode` reads back exactly
(pandoc's reader does not know them: give pandoc the UTF-8 file). A
character with no LaTeX command (CJK, for one) is transliterated with
anyascii: that is the one lossy case, and the only way to honour "no
non-ASCII byte".

:func:`decode` is the inverse for text and data, and also reads what other
tools write (``{\\"u}``, ``\\'e``, ``\\&``). It never turns ``--`` into a
dash or ``~`` into a space-like character other than U+00A0, so our own
output reads back exactly.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from anyascii import anyascii

# pylatexenc logs what it cannot decode; the decoded text is the answer we
# use, so without an application handler those lines must not reach stderr.
logging.getLogger("pylatexenc").addHandler(logging.NullHandler())

_TEXT_SPECIALS = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "^": r"\textasciicircum{}",
        "~": r"\textasciitilde{}",
    }
)
_DATA_SPECIALS = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "~": r"\textasciitilde{}",
    }
)
#: Our own escapes, read back without pylatexenc (whose reading of some of
#: them differs: ``\textasciicircum`` → U+02C6, ``\textbraceleft`` → "").
_OWN_ESCAPES = {
    r"\textbackslash{}": "\\",
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textasciicircum{}": "^",
    r"\textasciitilde{}": "~",
    r"\&": "&",
    r"\%": "%",
    r"\$": "$",
    r"\#": "#",
    r"\_": "_",
    r"\{": "{",
    r"\}": "}",
}

#: One control sequence with at most one argument: ``\c{C}``, ``\'e``,
#: ``\c C``, ``\i``, ``\textemdash{}``; or a lone brace, which is markup.
_LATEX_TOKEN = re.compile(
    r"""\\(?:[A-Za-z]+(?:\{[^{}]*\}|\ ?[A-Za-z](?![A-Za-z]))?"""
    r"""|[^A-Za-z\s](?:\{[^{}]*\}|[A-Za-z])?)"""
    r"""|[{}~]"""
)


@lru_cache(maxsize=1)
def _unicode_to_latex() -> dict[int, str]:
    from pylatexenc.latexencode import (  # type: ignore[import-untyped]
        get_builtin_conversion_rules,
    )

    table: dict[int, str] = {}
    for rule in get_builtin_conversion_rules("defaults"):
        table.update(rule.rule)
    return table


def _ascii_char(char: str) -> str:
    latex = _unicode_to_latex().get(ord(char))
    if latex is None:
        return anyascii(char).translate(_TEXT_SPECIALS)
    return "{" + latex + "}"


def to_ascii_latex(text: str) -> str:
    """Replace every non-ASCII character by its braced LaTeX command."""
    if text.isascii():
        return text
    return "".join(char if char.isascii() else _ascii_char(char) for char in text)


# str.translate with a dict table is slow per character; most values hold no
# special at all, which one regex scan (in C) finds out.
_TEXT_SPECIAL = re.compile(r"[\\{}&%$#_^~]")
_DATA_SPECIAL = re.compile(r"[\\{}~]")


def escape_text(text: str, *, ascii: bool = False) -> str:
    """Text LaTeX will typeset: specials escaped, brace-balanced."""
    escaped = text.translate(_TEXT_SPECIALS) if _TEXT_SPECIAL.search(text) else text
    return to_ascii_latex(escaped) if ascii else escaped


def escape_data(text: str, *, ascii: bool = False) -> str:
    """Text no style prints: only what would break the entry is escaped."""
    escaped = text.translate(_DATA_SPECIALS) if _DATA_SPECIAL.search(text) else text
    return to_ascii_latex(escaped) if ascii else escaped


def escape_url(url: str, *, ascii: bool = False) -> str:
    """A URL or DOI written verbatim; braces, backslashes (and non-ASCII) percent-encoded."""
    if ascii and not url.isascii():
        url = quote(url, safe="".join(chr(c) for c in range(33, 127)))
    if "{" in url or "}" in url or "\\" in url:
        url = url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")
    return url


@lru_cache(maxsize=4096)
def _decode_token(token: str) -> str:
    if token in ("{", "}"):
        return ""
    if token == "~":
        return "\u00a0"
    own = _OWN_ESCAPES.get(token)
    if own is not None:
        return own
    return str(_latex_to_text().latex_to_text(token))


@lru_cache(maxsize=1)
def _latex_to_text() -> Any:
    from pylatexenc.latex2text import LatexNodes2Text  # type: ignore[import-untyped]

    return LatexNodes2Text()


def decode(value: str) -> str:
    """LaTeX field text → Unicode: commands resolved, grouping braces dropped."""
    if "\\" not in value and "~" not in value:
        return value.replace("{", "").replace("}", "") if "{" in value or "}" in value else value
    return _LATEX_TOKEN.sub(lambda match: _decode_token(match.group()), value)


def decode_url(value: str) -> str:
    """A URL as other tools write it: ``\\_``, ``\\%``, ``\\&``, ``\\#`` unescaped."""
    if "\\" not in value:
        return value
    return re.sub(r"\\([_%&#$~])", r"\1", value)


# --- brace protection of titles ---------------------------------------------


def group(latex: str) -> str:
    """Brace-protect ``latex`` against case changes.

    A group whose first character is a backslash is a "special character" to
    BibTeX, whose letters ``change.case$`` still lowercases; a second pair of
    braces makes it an ordinary protected group.
    """
    return "{{" + latex + "}}" if latex.startswith("\\") else "{" + latex + "}"


def _needs_protection(word: str, *, first: bool) -> bool:
    """Capitals a style would lowercase: acronyms anywhere, capitalised words after the first."""
    if word == word.lower():
        return False  # no letter in upper case
    if not first:
        return True
    # First word: only a case inside the word is meaningful ("CA+JAD", "EU", "C5+1", "iPhone").
    letters = [c for c in word if c.isalpha()]
    uppers = sum(1 for c in letters if c.isupper())
    return uppers > 1 or not letters[0].isupper() or any(c.isdigit() for c in word)


@lru_cache(maxsize=65536)  # the same work is cited by many articles and both languages
def protect_title(title: str, *, english: bool, ascii: bool = False) -> str:
    """Escape a title and brace-protect what BibTeX styles must not lowercase.

    English titles: acronyms and every capitalised word after the first are
    protected in runs (``{Central Asian States}``), so sentence-casing
    styles keep proper nouns and title-case titles stay as written. Other
    languages: the whole title is protected, because classic BibTeX
    lowercases every title regardless of language, and a style cannot know
    which Turkish or Russian words are proper nouns.
    """
    if not title:
        return ""
    if not english:
        return group(escape_text(title, ascii=ascii))
    words = title.split(" ")
    # Escapes never contain spaces, so escaped words line up with the originals.
    escaped = escape_text(title).split(" ")
    if ascii:
        escaped = [to_ascii_latex(word) for word in escaped]
    pieces: list[str] = []
    run: list[str] = []
    for index, word in enumerate(words):
        if word != word.lower() and _needs_protection(word, first=index == 0):
            run.append(escaped[index])
            continue
        if run:
            pieces.append(group(" ".join(run)))
            run = []
        pieces.append(escaped[index])
    if run:
        pieces.append(group(" ".join(run)))
    return " ".join(pieces)
