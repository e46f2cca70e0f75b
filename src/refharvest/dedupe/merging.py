"""Merge the references of one work into one entry, losing nothing.

The original-language title and site are kept; values from the other
language versions go to ``extra``, where a user sees them in the .bib:

* ``title-alt``: other titles (e.g. an English rendering of a Turkish title);
* ``container-title-alt``: other names of the site ("Anadolu Agency" beside
  "Anadolu Ajansı");
* ``publisher-alt``, ``issued-alt``, ``url-alt``: differing values of those;
* ``ids``: other citation keys the work had (BibLaTeX ``ids``).

Several values are joined with `` | ``. Every citation of every member is kept
in ``citations`` (provenance); the report says which member gave each field.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Citation, ItemType, Reference
from ..urls import clean_url, normalize_url
from .aliases import SiteAliases
from .fold import guess_title_language, title_key

ALT_SEPARATOR = " | "
#: Fields whose differing values are copied to ``extra["<field>-alt"]``.
_VISIBLE_ALTERNATES = {
    "title": "title-alt",
    "container_title": "container-title-alt",
    "publisher": "publisher-alt",
    "issued": "issued-alt",
    "url": "url-alt",
}
_PLAIN_FIELDS = (
    "publisher",
    "publisher_place",
    "doi",
    "volume",
    "issue",
    "pages",
    "number",
    "collection_title",
)


@dataclass
class Merged:
    """One merged entry and how it was made."""

    reference: Reference
    #: field → label of the member it came from (``000:fn2``)
    sources: dict[str, str] = field(default_factory=dict)
    #: field → the other members' differing values
    alternates: dict[str, list[str]] = field(default_factory=dict)


def member_label(ref: Reference, position: int) -> str:
    return ref.citations[0].label() if ref.citations else f"member{position + 1}"


def title_language(ref: Reference) -> str:
    return ref.language or guess_title_language(ref.title)


def spelling_score(text: str) -> tuple[bool, int, int]:
    """Prefer mixed case over ALL CAPS, diacritics over their ASCII stand-ins, then length."""
    return (not text.isupper(), len(text.encode("utf-8")) - len(text), len(text))


def merge_group(
    members: Sequence[Reference],
    *,
    aliases: SiteAliases,
    article_languages: Mapping[str, str] | None = None,
    title_keys: Sequence[str] | None = None,
    url_keys: Sequence[str] | None = None,
) -> Merged:
    """One entry for ``members`` (two or more references of the same work).

    ``title_keys`` and ``url_keys`` are the members' folded titles and
    normalised URLs when the caller has them already.
    """
    languages = article_languages or {}
    folded_titles = (
        list(title_keys) if title_keys is not None else [title_key(m.title) for m in members]
    )
    folded_by_title = {m.title: folded for m, folded in zip(members, folded_titles, strict=True)}
    labels = [member_label(ref, i) for i, ref in enumerate(members)]

    def citing_language(ref: Reference) -> str:
        return languages.get(ref.citations[0].article, "") if ref.citations else ""

    # The title: one spelling if all members agree, else the original's.
    with_title = [i for i, ref in enumerate(members) if ref.title]
    title_index = 0
    if with_title:
        keys = {folded_titles[i] for i in with_title}
        if len(keys) == 1:
            spellings = {members[i].title for i in with_title}
            if len(spellings) > 1:
                title_index = max(with_title, key=lambda i: spelling_score(members[i].title))
            else:
                title_index = with_title[0]
        else:
            # A title printed in a language other than the citing article's is quoted
            # from the original; a translated citation would use its own language.
            quoted = [
                i
                for i in with_title
                if title_language(members[i])
                and citing_language(members[i])
                and title_language(members[i]) != citing_language(members[i])
            ]
            title_index = quoted[0] if quoted else with_title[0]
    original = members[title_index]
    language = title_language(original)
    if not language:
        found = [title_language(ref) for ref in members if title_language(ref)]
        language = Counter(found).most_common(1)[0][0] if found else ""

    # Members in order of preference for every other field.
    order = sorted(
        range(len(members)),
        key=lambda i: (
            i != title_index,
            citing_language(members[i]) != language if language else False,
            not members[i].complete,
            i,
        ),
    )
    merged = dataclasses.replace(
        original,
        authors=list(original.authors),
        editors=list(original.editors),
        citations=[],
        extra={},
    )
    result = Merged(merged)
    result.sources["title"] = labels[title_index]
    merged.language = language
    _record_alternates(
        result,
        "title",
        [m.title for m in members],
        merged.title,
        lambda text: folded_by_title[text] if text in folded_by_title else title_key(text),
    )

    _choose_site(result, members, order, labels, aliases, language)
    _choose_list(result, members, order, labels, "authors")
    _choose_list(result, members, order, labels, "editors")
    _choose_dates(result, members, order, labels)
    _choose_url(result, members, order, labels, url_keys)
    for name in _PLAIN_FIELDS:
        _choose_plain(result, members, order, labels, name)
    merged.type = _choose_type(members, order)
    merged.complete = any(m.complete for m in members)
    notes = list(dict.fromkeys(m.note for m in (members[i] for i in order) if m.note))
    merged.note = "; ".join(notes)
    for i in order:
        for name, value in members[i].extra.items():
            if name not in merged.extra:
                merged.extra[name] = value
                result.sources.setdefault(f"extra.{name}", labels[i])
            elif merged.extra[name] != value:
                result.alternates.setdefault(f"extra.{name}", []).append(value)
    member_keys = list(dict.fromkeys(members[i].key for i in order if members[i].key))
    merged.key = member_keys[0] if member_keys else ""
    if len(member_keys) > 1:
        merged.extra["ids"] = ",".join(member_keys[1:])
    merged.citations = _merge_citations(members)
    for name, extra_name in _VISIBLE_ALTERNATES.items():
        values = result.alternates.get(name)
        if values:
            merged.extra[extra_name] = ALT_SEPARATOR.join(values)
    return result


def _record_alternates(
    result: Merged,
    name: str,
    values: Sequence[str],
    chosen: str,
    fold: Callable[[str], str],
) -> None:
    """Keep each value that differs from ``chosen`` once it is folded."""
    seen = {fold(chosen)}
    for value in values:
        folded = fold(value)
        if value and folded not in seen:
            seen.add(folded)
            result.alternates.setdefault(name, []).append(value)


def _choose_site(
    result: Merged,
    members: Sequence[Reference],
    order: Sequence[int],
    labels: Sequence[str],
    aliases: SiteAliases,
    language: str,
) -> None:
    candidates = [i for i in order if members[i].container_title]
    if not candidates:
        return
    # The site in the work's own language: "Anadolu Ajansı" for a Turkish title.
    in_language = [
        i for i in candidates if aliases.language_of(members[i].container_title) == language
    ]
    chosen = (in_language or candidates)[0]
    site = members[chosen].container_title
    same_spelling = [
        i for i in candidates if members[i].container_title.casefold() == site.casefold()
    ]
    site = max((members[i].container_title for i in same_spelling), key=spelling_score)
    result.reference.container_title = site
    result.sources["container_title"] = labels[chosen]
    _record_alternates(
        result,
        "container_title",
        [members[i].container_title for i in candidates],
        site,
        str.casefold,
    )


def _choose_list(
    result: Merged,
    members: Sequence[Reference],
    order: Sequence[int],
    labels: Sequence[str],
    name: str,
) -> None:
    best = max(
        order,
        key=lambda i: (
            len(getattr(members[i], name)),
            sum(spelling_score(n.display())[1] for n in getattr(members[i], name))
            if len(members[i].authors) < 8
            else 0,
            -order.index(i),
        ),
    )
    chosen = list(getattr(members[best], name))
    setattr(result.reference, name, chosen)
    if chosen:
        result.sources[name] = labels[best]
    _record_alternates(
        result,
        name,
        ["; ".join(n.display() for n in getattr(members[i], name)) for i in order],
        "; ".join(n.display() for n in chosen),
        title_key,
    )


def _choose_dates(
    result: Merged, members: Sequence[Reference], order: Sequence[int], labels: Sequence[str]
) -> None:
    issued = [i for i in order if members[i].issued is not None]
    if issued:
        first = members[issued[0]].issued
        assert first is not None
        agreeing = [
            i
            for i in issued
            if (date := members[i].issued) is not None
            and all(a == b for a, b in zip(date.parts(), first.parts(), strict=False))
        ]
        best = max(agreeing, key=lambda i: len(members[i].issued.parts()))  # type: ignore[union-attr]
        result.reference.issued = members[best].issued
        result.sources["issued"] = labels[best]
        chosen = members[best].issued
        for i in issued:
            date = members[i].issued
            if i not in agreeing and date is not None and chosen is not None:
                text = date.iso()
                if text not in result.alternates.get("issued", []):
                    result.alternates.setdefault("issued", []).append(text)
    accessed = [i for i in order if members[i].accessed is not None]
    if accessed:
        latest = max(accessed, key=lambda i: members[i].accessed)  # type: ignore[arg-type,return-value]
        result.reference.accessed = members[latest].accessed
        result.sources["accessed"] = labels[latest]


def _choose_url(
    result: Merged,
    members: Sequence[Reference],
    order: Sequence[int],
    labels: Sequence[str],
    url_keys: Sequence[str] | None,
) -> None:
    cleaned = {i: clean_url(members[i].url) for i in order if members[i].url}
    if not cleaned:
        return
    # https and an address free of tracking parameters make the best printed form.
    rank = {i: n for n, i in enumerate(order)}
    best = max(
        cleaned,
        key=lambda i: (
            cleaned[i].startswith("https:"),
            cleaned[i] == members[i].url.strip(),
            -rank[i],
        ),
    )
    result.reference.url = cleaned[best]
    result.sources["url"] = labels[best]
    keys = (
        {url_keys[i] for i in cleaned}
        if url_keys is not None
        else {normalize_url(url) for url in cleaned.values()}
    )
    if len(keys) > 1:
        _record_alternates(
            result, "url", list(cleaned.values()), result.reference.url, normalize_url
        )


def _choose_plain(
    result: Merged,
    members: Sequence[Reference],
    order: Sequence[int],
    labels: Sequence[str],
    name: str,
) -> None:
    values = [(i, getattr(members[i], name)) for i in order if getattr(members[i], name)]
    if not values:
        return
    chosen_index, chosen = values[0]
    setattr(result.reference, name, chosen)
    result.sources[name] = labels[chosen_index]
    _record_alternates(result, name, [v for _, v in values], chosen, title_key)


def _choose_type(members: Sequence[Reference], order: Sequence[int]) -> ItemType:
    """The most common type; a specific one (news article, report) beats ``webpage``."""
    types = [members[i].type for i in order]
    counts = Counter(types)
    return min(counts, key=lambda t: (-counts[t], t == "webpage", types.index(t)))


def _merge_citations(members: Sequence[Reference]) -> list[Citation]:
    seen: set[tuple[str, str | None, int]] = set()
    citations = []
    for ref in members:
        for citation in ref.citations:
            where = (citation.article, citation.footnote, citation.position)
            if where not in seen:
                seen.add(where)
                citations.append(citation)
    return citations
