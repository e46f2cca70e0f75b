"""Personal names versus organisations, and author lists of academic references.

Web footnotes write one person in reading order ("Robert M. Cutler", "He Yin"):
the written order is kept, the last word is the family name. Academic lists
mix "Bergk, V., Haefeli, W. E.", "O. Ambacher, B. Foutz", Vancouver
"Stanger CA, Anglin C" and "Nichols, Bill"; ``scan_authors`` reads them from
the start of a string and says where the list ended. Organisations and sites
(words from ``data/parse_orgs.json``) are never persons.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from refharvest.model import Name
from refharvest.parse.dates import fold
from refharvest.parse.sites import names_issuing_body

__all__ = [
    "AuthorScan",
    "is_organisation",
    "looks_like_person",
    "parse_person",
    "scan_authors",
    "starts_with_listed_name",
]

#: Every upper-case letter of the Latin, Greek and Cyrillic blocks, as a class body.
UPPER = "".join(
    re.escape(ch) for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha()
)
_UP = f"[{UPPER}]"
_PARTICLES = (
    "(?i:vander|vanden|van|von|de|der|den|del|della|des|di|da|das|do|dos|du|la|le|ten|ter|bin"
    "|ibn|al|el|mac|mc"
    "|st\\.?)"
)
#: "al-Ghazzi", "el-Sayed", "ad-Din": an Arabic article joined by a hyphen.
_ARABIC_ARTICLE = "(?:al|el|ad|an|ar|as|ash|at|az)-"
# A family name: optional particles, then a capitalised word (hyphens, apostrophes).
_FAMILY = (
    rf"(?:(?:{_PARTICLES})\s+)*(?:[OD]['’]|{_ARABIC_ARTICLE})?"
    rf"{_UP}[^\W\d_]+(?:[-'’]\s?{_UP}?[^\W\d_]+)*"
    rf"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?(?=[\s,]))?"
)
_INITIAL = rf"{_UP}[a-z]?\.(?:\s?-\s?{_UP}[a-z]?\.)?|{_UP}-{_UP}\."  # "J.-P.", "P.-Ch."
# "G.A;": a last initial that lost its period before a separator.
_INITIALS = rf"(?:{_INITIAL})(?:\s*(?:{_INITIAL})){{0,3}}(?:{_UP}(?=[,;]))?"
_GIVEN_WORD = rf"{_UP}[^\W\d_]+(?:[-'’][^\W\d_]+)?"  # "Fu-Jie", "Marc’Aurelio"
# "Sajal K Das", "Paul MB Vitányi": an initial written without its period.
_BARE_INITIAL = rf"{_UP}{{1,2}}(?=[\s,;]|$)"
_GIVEN = (
    rf"(?:{_GIVEN_WORD}(?:\s+{_GIVEN_WORD}){{0,3}}(?:\s+(?:{_INITIAL}|{_BARE_INITIAL})){{0,2}}"
    rf"(?:\s+(?i:de|van|von|da|di|du))?"
    rf"(?:(?<=\.)|(?=\s*[.,;:&(\"“„«]|\s+(?:and|&|et|und|y|e|ve)\b|\s+\d|$))"
    rf"|{_INITIALS}(?:\s+{_GIVEN_WORD}(?![\w'’-]*,(?!\s*(?:and|&|et|und)\s))"
    rf"(?=[.;(,]|\s+(?:and|&|et|und)\b|\s+\d|$))?"
    rf"|{_UP}{{2,3}}\.?(?=[\s,;])"
    rf"|{_UP}(?:\s{_UP}){{1,2}}\.?(?=[\s,;]))"  # "Fairey, J L.": spaced bare initials
)

#: A capitalised word in lower case after its capital ("Llosa", not "BJ").
_CASED_WORD = rf"{_UP}[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ]+"
_INVERTED = re.compile(
    rf"(?P<family>{_FAMILY}),\s*(?P<given>{_GIVEN}|{_UP}(?=[,;&(]|\s+(?:and|&|\()))"
    rf"(?:,\s*(?:Jr|Sr|II|III|IV)\.?(?=[\s,.]|$))?"  # "Hershey, Robert D., Jr."
    # Two-word family names ("Vargas Llosa, Mario.", "Wong Fillmore, Lily."), only
    # where a bibliography entry's period closes the given names right after.
    rf"|(?P<family2>{_CASED_WORD}\s+{_CASED_WORD}),\s*"
    rf"(?P<given2>{_CASED_WORD}(?:\s+(?:{_CASED_WORD}|{_INITIAL}))?)(?=\.\s)"
    # Two family names in capitals before initials: "BARRÓN CRUZ, M.G.", Spanish style.
    rf"|(?P<family3>{_UP}{{2,}}\s+{_UP}{{2,}}),\s*(?P<given3>{_INITIALS})"
    # French: the given names in brackets after the family name, "Codou (Y.)",
    # "FERRIERES (Madeleine)"
    rf"|(?P<family4>{_FAMILY})\s*\((?P<given4>{_INITIALS}|{_GIVEN_WORD}(?:[\s-]{_GIVEN_WORD})?)\)"
)
_VANCOUVER = re.compile(
    rf"(?P<family>{_FAMILY}(?:\s+{_FAMILY})?)\s+"
    # up to three initials; four when no vowel makes them a word ("Struys MMRF", not "BENZ")
    rf"(?P<given>[B-DF-HJ-NP-TV-Z]{{4}}|{_UP}\.?(?:\s?-?{_UP}\.?){{0,2}})(?![\w])"
    # "Willis J. A cluster randomised trial": the "A" before a lower-case word opens the title
    r"(?!\s+(?!(?:and|et|und|y|e|ve|u)\b)[a-z])"
)
_DIRECT = re.compile(
    rf"(?P<given>{_INITIALS}(?:\s+{_UP}(?=\s))?(?:\s+{_GIVEN_WORD}(?=\s+{_UP}))?"
    rf"|{_GIVEN_WORD}(?:\s+(?:{_INITIAL}|{_BARE_INITIAL})){{0,2}}"
    rf"(?:\s+{_GIVEN_WORD}(?=\s+{_UP}))?\s*"
    rf"|{_UP}\s+{_GIVEN_WORD}(?=\s+{_UP}))\s+(?P<family>{_FAMILY})"  # "C Lawrence Zitnick"
    rf"|(?P<given2>(?:{_UP}\.){{1,3}})\s?(?P<family2>{_FAMILY})"
)
# "AM Trinkoff, J Geiger-Brown": initials without periods, then the family name.
_INITIALS_FIRST = re.compile(rf"(?P<given>{_UP}{{1,3}})\s+(?P<family>{_FAMILY})(?=[\s,;:.])")
_SEPARATOR = re.compile(
    r"\.?\s*(?:[,;]\s*(?:and|&|und|et|y|e|ve|и)\s+|[,;]?\s*(?:…|\.\.\.)\s*|;\s*|,\s*|\s*&\s*"
    r"|\s+(?:and|und|et|y|e|ve|и)\s+)"
)
_BARE_SEPARATOR = re.compile(
    rf"\.?\s+(?={_FAMILY},\s*(?:{_UP}\.?\s?){{1,3}}(?:[,.;(&]|\s+(?:and|&)|$))"
    # French lists, a period between names: "JOUET, Emmanuelle. GREACEN, Tim. Title"
    rf"|\.\s+(?={_UP}{{2,}}(?:[-\s]{_UP}{{2,}})*,\s*{_GIVEN_WORD}(?:[-\s]{_GIVEN_WORD})?\.\s)"
)
#: An initial: "R.", "Th.", "J.-P." or a bare "R" ("Li" is a name, not an initial).
_AN_INITIAL = rf"{_UP}(?:[a-z]?\.|(?=[\s-]|$))"
#: Given names written as initials only: "R. H.", "J.-P.", "M.P.D.", "R H".
_ONLY_INITIALS = re.compile(rf"(?:{_AN_INITIAL}\s?-?\s?)+$")
_STARTS_WITH_INITIAL = re.compile(_AN_INITIAL)
_AMPERSAND = re.compile(r"\s*&\s*(?=\S)")
_FINAL_SEPARATOR = re.compile(r"(?:and|&|und|et|y|e|ve|и)\s+$")
_ET_AL = re.compile(
    r"[,;]?\s*(?:et\s*al\b\.?|et\s+coll?\b\.?|and\s+others|u\.\s?a\.|vd\.|ve\s+ark\.|и\s+др\."
    r"|\[?et\s+al\b\.?\]?)",
    re.IGNORECASE,
)


@cache
def _organisation_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The organisation words, and those of them that count only in lower case."""
    text = resources.files("refharvest.data").joinpath("parse_orgs.json").read_text("utf-8")
    data = json.loads(text)
    words: set[str] = set()
    for key, values in data.items():
        if not key.startswith("_"):
            words.update(fold(word) for word in values)
    return frozenset(words), frozenset(fold(word) for word in data["_lowercase_only"])


_WORD = re.compile(r"[^\W\d_]+")


def _has_organisation_word(text: str, *, particles_are_names: bool = False) -> bool:
    """Whether ``text`` holds an organisation word; a capitalised "Of", "Du" or
    "Per" is no joining word but a name ("X. Du", "Per Olsson")."""
    words, lowercase_only = _organisation_lists()
    folded = fold(text)  # the same length as ``text``: a word's first letter is at its start
    for match in _WORD.finditer(folded):
        word = match.group()
        if word not in words:
            continue
        if word in lowercase_only and text[match.start()].isupper():
            continue
        if particles_are_names and _PARTICLE_WORD.match(word):
            continue
        return True
    return False


@lru_cache(maxsize=16384)
def is_organisation(text: str) -> bool:
    """True when a name carries a word only organisations and sites carry."""
    return _has_organisation_word(text)


_PARTICLE_WORD = re.compile(rf"{_PARTICLES}$")


def _family_of_organisation(family: str) -> bool:
    """``is_organisation`` for a family name, whose particles are no organisation
    words: "van der Waals", "dos Santos", "Das" (Sajal K Das) are people's."""
    return _has_organisation_word(family, particles_are_names=True)


_DIGIT = re.compile(r"\d")
_CAPS_INITIALS = re.compile(rf"(?:{_UP}\.?){{1,3}}")
_PERSON_TOKEN = re.compile(
    rf"(?:{_UP}\.?(?:-{_UP}\.?)?|(?:{_UP}\.){{2,3}}"
    rf"|(?:{_ARABIC_ARTICLE})?{_UP}[^\W\d_]*(?:['’-]{_UP}?[^\W\d_]+)*"
    rf"|(?:{_PARTICLES}))$"
)


_GLUED_INITIALS = re.compile(rf"^((?:{_UP}\.){{1,3}})(?={_UP}[^\W\d_])")


@lru_cache(maxsize=16384)
def looks_like_person(text: str) -> bool:
    """A short run of capitalised words or initials, no organisation word, no digit.

    "He Yin", "Robert M. Cutler", "Seyda Nur OSMANLI" pass; "Anadolu Ajansı",
    "U.S. Department of State", "ISSI" do not.
    """
    text = text.strip().strip(",;.")
    if not text or _DIGIT.search(text) or ":" in text:
        return False
    tokens = _GLUED_INITIALS.sub(r"\1 ", text).split()  # "A.LALANDE" is "A. LALANDE"
    if not 2 <= len(tokens) <= 5:
        return False
    if len(tokens) >= 4 and not any(
        len(t.rstrip(".")) == 1 or re.fullmatch(_PARTICLES, t) for t in tokens
    ):
        return False  # "Kazakh President Visits Tokyo": four plain words are a title
    if not all(_PERSON_TOKEN.match(token) for token in tokens):
        return False
    if tokens[-1].rstrip(".").isupper() and len(tokens[-1].rstrip(".")) <= 2:
        return False  # "John F." is not how a reading-order name ends
    if all(token.isupper() for token in tokens) and not (
        any(len(token) == 2 and token.endswith(".") for token in tokens)
        and any(len(token) >= 3 and token.isalpha() for token in tokens)
    ):
        return False  # "ABD AB": acronyms; "S. DEHAENE" (an initial, a surname) is a person
    return not is_organisation(text)


def starts_with_listed_name(text: str) -> bool:
    """Whether ``text`` opens with a name written the way author lists write them
    ("Smith, J.", "Smith J", "J Smith") rather than in reading order."""
    head = text[:60]
    words = head.split()
    if not words:
        return False
    comma = head.find(",")
    if comma > 0 and len(head[:comma].split()) <= 3 and _INVERTED.match(text):
        return True
    # Vancouver and initials-first names carry a short run of capitals early on.
    if not any(_CAPS_INITIALS.fullmatch(word.strip(",.;")) for word in words[:4]):
        return False
    return bool(_VANCOUVER.match(text) or _INITIALS_FIRST.match(text))


def _clean(part: str) -> str:
    return " ".join(part.split()).strip(" ,;.")  # str.split() and \s agree on spaces


@lru_cache(maxsize=16384)
def parse_person(text: str) -> Name | None:
    """One person as written: "Family, Given" inverted, otherwise reading order.

    The family name is the last word (with particles: "Ludwig van Beethoven"
    -> family "van Beethoven") and the written order is never re-ordered, so
    "He Yin" gives family "Yin", given "He"; only a family name in capitals
    before the given names, as French writes it ("KAHAN Marcel"), comes first.
    """
    text = _clean(text)
    if not text:
        return None
    if "," in text:
        family, _, given = text.partition(",")
        family, given = _clean(family), _clean(given)
        if family and given and not is_organisation(family):
            return Name(family=family, given=given)
    tokens = _GLUED_INITIALS.sub(r"\1 ", text).split()  # "A.LALANDE": given "A."
    if len(tokens) == 1:
        return Name(family=tokens[0])
    caps = 0
    while (
        caps < len(tokens)
        and tokens[caps].isupper()
        and len(tokens[caps]) > 1
        and tokens[caps].replace("-", "").isalpha()  # a word, not initials ("G.V. Candler")
    ):
        caps += 1
    if 0 < caps < len(tokens) and not any(token.isupper() for token in tokens[caps:]):
        # French "NOM Prénom": "KAHAN Marcel", "LARRAMÉE DE TANNENBERG Valéry"
        return Name(family=" ".join(tokens[:caps]), given=" ".join(tokens[caps:]))
    cut = len(tokens) - 1
    while cut > 1 and re.fullmatch(_PARTICLES, tokens[cut - 1]):
        cut -= 1
    return Name(family=" ".join(tokens[cut:]), given=" ".join(tokens[:cut]))


@dataclass(frozen=True, slots=True)
class AuthorScan:
    """Names read from the start of a string and where the list stopped.

    ``style`` is how the first name was written: "inverted" ("Smith, J."),
    "vancouver" ("Smith J"), "initials-first" ("J Smith") or "direct"
    ("John Smith", "J. Smith"); "" when no name was found.
    """

    names: list[Name]
    end: int
    et_al: bool = False
    style: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # each name's text


_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("inverted", _INVERTED),
    ("vancouver", _VANCOUVER),
    ("initials-first", _INITIALS_FIRST),
    ("direct", _DIRECT),
)


_FAMILY_GROUPS = ("family", "family2", "family3", "family4")
_GIVEN_GROUPS = ("given", "given2", "given3", "given4")
#: After initials, the rest of a family name of two words joined by a particle,
#: up to the list's next separator: " da Rocha" in "U. Nunes da Rocha, E.L. Brodie".
_INNER_PARTICLE = re.compile(
    rf"\s+(?:de|da|do|dos|das|del|della|di|van|von|der)(?:\s+(?:la|los|der|den))?\s+"
    rf"{_UP}[^\W\d_]+(?=[,.;]|\s+(?:and|&)\s)"
)
#: A lower-case word that is no list separator: the "name" before it runs into a title.
_RUNS_ON = re.compile(r"\s+(?!(?:and|und|et|y|e|ve|и|eds?|hrsg|et\s+al)\b)[a-zà-öø-ÿа-яё]")


def _name_at(text: str, pos: int, style: str = "") -> tuple[Name, int, str] | None:
    """The longest name at ``pos``; an inverted one wins outright."""
    best: tuple[Name, int, str] | None = None
    for name_style, pattern in _STYLES:
        if style and name_style != style:
            continue
        match = pattern.match(text, pos)
        if not match:
            continue
        groups = match.groupdict()
        family_group = bool(groups.get("family"))
        family = next((groups[k] for k in _FAMILY_GROUPS if groups.get(k)), "")
        given = next((groups[k] for k in _GIVEN_GROUPS if groups.get(k)), "")
        # "Jones AG" inside a list is a person with initials, "Siemens AG" alone a company
        bare = given.strip(" ,;.")
        initials_in_list = bool(style) and bool(
            _ONLY_INITIALS.match(bare) or _CAPS_INITIALS.fullmatch(bare)
        )
        if (is_organisation(given) and not initials_in_list) or (
            _family_of_organisation(family)
            # "Haber, S.N.", "Post, E.": one word before initials is a surname, even
            # one that is also an organisation word (Turkish "haber", "post")
            and not (
                " " not in family.strip()
                and _ONLY_INITIALS.match(given.strip(" ,;"))
                and not names_issuing_body(family)  # "Association, I. A. T." is a body
            )
        ):
            continue
        if name_style == "direct" and given.strip().lower() in ("the", "in", "on", "a", "an"):
            continue
        family, given = _clean(family), given.strip(" ,;")
        if (
            name_style == "direct"
            and _CAPITALS_FAMILY.fullmatch(given)
            and given.isupper()
            and not family.isupper()
        ):
            # "KAHAN Marcel", "LARRAMÉE DE TANNENBERG Valéry": the capitals are the family
            family, given = given, family
        elif name_style == "vancouver" and (caps := _CAPS_THEN_GIVEN.fullmatch(family)):
            # "BEACH Edward L.": the capitals are the family, the rest given names
            family, given = caps.group(1), f"{caps.group(2)} {given}"
        end = match.end()
        if (
            name_style == "direct"
            and (inner := _INNER_PARTICLE.match(text, end)) is not None
            and _ONLY_INITIALS.match(given)
        ):
            family, end = family + inner.group(0), inner.end()  # "U. Nunes da Rocha"
        name = Name(family=family, given=given)
        if name_style == "direct" and _RUNS_ON.match(text, end):
            # "Sheng Li. Hierar-chical recurrent …", "Tokayev K. Statement at …": the
            # last word belongs to the title; read the name again without it
            if best is not None:
                continue  # another reading ended before the title: "Shariq H." (Vancouver)
            shorter = pattern.match(text, pos, match.start("family" if family_group else "family2"))
            if shorter is not None and not _RUNS_ON.match(text, shorter.end()):
                match = shorter
                groups = match.groupdict()
                family = _clean(groups.get("family") or groups.get("family2") or "")
                given = (groups.get("given") or groups.get("given2") or "").strip(" ,;")
                name = Name(family=family, given=given)
                end = match.end()
        if best is None or end > best[1]:
            best = (name, end, name_style)
        if pattern is _INVERTED:
            break
    return best


#: "Chacha Enriquez, M.": a two-word family name before initials, met inside an
#: inverted list only (at its start, "New York, N.Y." would read as a person).
_TWO_WORD_INVERTED = re.compile(
    rf"(?P<family>{_CASED_WORD}\s+{_CASED_WORD}),\s*(?P<given>{_INITIALS})(?=[\s,;(]|$)"
)


def _two_word_family_at(text: str, pos: int) -> tuple[Name, int, str] | None:
    match = _TWO_WORD_INVERTED.match(text, pos)
    if match is None or is_organisation(match.group("family")):
        return None
    return (
        Name(family=match.group("family"), given=match.group("given").strip()),
        match.end(),
        "inverted",
    )


_CAPITALS_FAMILY = re.compile(r"[^\W\d_]{2,}(?:[ -][^\W\d_]{2,}){0,3}")
_CAPS_THEN_GIVEN = re.compile(rf"({_UP}{{2,}}(?:-{_UP}{{2,}})?)\s+({_CASED_WORD})")
_YEAR_NEXT = re.compile(r"[\s,.:]*\(?(?:1[5-9]|20)\d\d(?!\d)")


def scan_authors(text: str, start: int = 0) -> AuthorScan:
    """Read an author list at ``text[start:]``; stops before the first non-name.

    Every name is written like the first (a list does not switch from
    "Smith, J." to "John Smith" except for its last name, after "and": MLA's
    "Smith, John, and Mary Jones"). The list ends after a name introduced by
    "and"/"&", at "et al.", or when what follows a separator is not a name.
    """
    names: list[Name] = []
    spans: list[tuple[int, int]] = []
    pos = start
    end = start
    et_al = False
    final = False
    style = ""
    initials_only = False  # the first name's given names are initials: so are the others'
    switched_at: int | None = None  # where an inverted list turned to reading order
    while True:
        # MLA turns to reading order for the last name ("Smith, John, and Mary Jones"),
        # never the other way: after "John Smith, …, and" comes no "Türkiye, İstanbul".
        found = _name_at(text, pos, style)
        if found is None and style == "inverted" and _ONLY_INITIALS.match(names[0].given):
            # "Hébert, B., … & Chacha Enriquez, M.": in a list of initials, a two-word
            # family name before its initials
            found = _two_word_family_at(text, pos)
        if found is None and final and style != "direct":
            found = _name_at(text, pos)  # written like the others if it can be ("& Gu F X.")
        if found is None and style == "inverted":
            # Chicago/MLA: only the first name is inverted ("Derrick, D., I. Stavness");
            # sloppy lists mix in Vancouver names ("Luengo, J., Derrac J., Garcia, S.").
            candidates = [_name_at(text, pos, "vancouver"), _name_at(text, pos, "direct")]
            found = max((c for c in candidates if c), key=lambda c: c[1], default=None)
            if found is not None and not final and text[found[1] : found[1] + 1] == ":":
                break  # "Hargreaves, Ian, Digital Opportunity: A review …": a title
            if found is not None and not final and switched_at is None:
                switched_at = len(names)  # kept only if the list goes on to "and …"
        elif found is None and style == "vancouver":
            found = _name_at(text, pos, "inverted")  # "Nilsson T.; Pelusio, F.; & …"
        if found is None:
            break
        name, after, name_style = found
        if (
            initials_only
            and not final  # "F. Jahanian and Al Mok": the last name may be spelt out
            and name_style == "direct"
            and not _STARTS_WITH_INITIAL.match(name.given)
        ):
            break  # "R. H. Bube, Photovoltaic Materials": a title, not a second author
        style = style or name_style
        if not names:
            initials_only = name_style == "direct" and bool(_ONLY_INITIALS.match(name.given))
        names.append(name)
        spans.append((pos, after))
        end = after
        if final and not (style == "inverted" and _AMPERSAND.match(text, end)):
            break  # "Goldfarb, Avi & Greenstein, Shane M. & Tucker, C.": "&" between all
        tail = _ET_AL.match(text, end)
        if tail:
            end = tail.end()
            et_al = True
            break
        sep = _SEPARATOR.match(text, end)
        if not sep and style == "inverted":
            # "Sasayama, D. Hattori, K. Teraishi, T.": no separator but a period.
            sep = _BARE_SEPARATOR.match(text, end)
        if not sep:
            break
        final = bool(_FINAL_SEPARATOR.search(sep.group(0))) or "&" in sep.group(0)
        pos = sep.end()
    if names and not et_al:
        tail = _ET_AL.match(text, end)
        if tail:
            end, et_al = tail.end(), True
    if (
        switched_at is not None
        and switched_at < len(names)
        and not final
        and not et_al
        and not _STARTS_WITH_INITIAL.match(names[switched_at].given)
        and not _YEAR_NEXT.match(text, end)  # "McGee, William, Paul Merkley, 1991, Title"
    ):
        # "Wagner, Christian, Japans Außenpolitik, Stiftung …": a Chicago list that
        # turns to reading order ends with "and Name"; without it, that was the title
        names, spans = names[:switched_at], spans[:switched_at]
        end = spans[-1][1]
    return AuthorScan(names, end, et_al, style, spans)
