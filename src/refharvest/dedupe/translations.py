"""Articles that are translations of each other: linked, never merged.

Evidence: the reader's note on the translated article ("This is the English
translation of a Turkish language article … published … on 29 January 2026",
kept as ``extra["translation-of-language"]`` / ``["translation-of-date"]``)
and the works both articles cite. The translation gets BibLaTeX
``related = {original key}`` and ``relatedtype = {translationof}``; the
original gets ``related = {translation key}``, ``relatedtype = {translatedas}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Article, Diagnostic, Reference

#: Without a translator's note, two articles in different languages are taken
#: as translations when they cite at least this many works, and this share of
#: the shorter list, in common.
MIN_SHARED_WORKS = 3
MIN_SHARED_SHARE = 0.8


@dataclass
class TranslationLink:
    translation: Reference
    original: Reference
    evidence: list[str] = field(default_factory=list)


def _link(translation: Reference, original: Reference) -> None:
    translation.extra["related"] = original.key
    translation.extra["relatedtype"] = "translationof"
    known = [k for k in original.extra.get("related", "").split(",") if k]
    if translation.key not in known:
        known.append(translation.key)
    original.extra["related"] = ",".join(known)
    original.extra["relatedtype"] = "translatedas"


def link_translations(
    articles: Sequence[Article],
    records: Sequence[Reference],
    works_by_article: Mapping[str, set[int]],
    diagnostics: list[Diagnostic],
) -> list[TranslationLink]:
    """Find translation pairs among ``articles`` and link their ``records`` in place."""
    links: list[TranslationLink] = []
    linked: set[int] = set()
    cited = [works_by_article.get(article.id, set()) for article in articles]

    for i, article in enumerate(articles):
        record = records[i]
        note_language = record.extra.get("translation-of-language", "")
        note_date = record.extra.get("translation-of-date", "")
        if not (note_language or note_date or record.extra.get("translation-note")):
            continue
        best: tuple[tuple[int, int], int] | None = None
        for j, other in enumerate(records):
            if j == i or (other.language and other.language == record.language):
                continue
            if note_language and other.language and other.language != note_language:
                continue
            date_matches = bool(note_date and other.issued and other.issued.iso() == note_date)
            shared = len(cited[i] & cited[j])
            score = (int(date_matches), shared)
            if best is None or score > best[0]:
                best = (score, j)
        if best is None:
            diagnostics.append(
                Diagnostic(
                    "info",
                    "translation-original-missing",
                    "the article says it is a translation, but its original is not in the corpus",
                    article=article.id,
                )
            )
            continue
        (dated, shared), j = best
        evidence = ["translator's note"]
        if note_language:
            evidence.append(f"original language {note_language}")
        if dated:
            evidence.append(f"original published {note_date}")
        if shared:
            evidence.append(f"{shared} cited works in common")
        _link(record, records[j])
        links.append(TranslationLink(record, records[j], evidence))
        linked.update((i, j))

    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if i in linked or j in linked:
                continue
            first, second = records[i], records[j]
            if not first.language or not second.language or first.language == second.language:
                continue
            shared = len(cited[i] & cited[j])
            smaller = min(len(cited[i]), len(cited[j]))
            if shared < MIN_SHARED_WORKS or shared < MIN_SHARED_SHARE * smaller:
                continue
            if first.issued is None or second.issued is None or first.issued == second.issued:
                diagnostics.append(
                    Diagnostic(
                        "info",
                        "translation-direction-unknown",
                        f"{articles[i].id} and {articles[j].id} cite {shared} works in common "
                        "and may be translations; their dates do not say which came first",
                    )
                )
                continue
            original, translation = (
                (first, second) if first.issued < second.issued else (second, first)
            )
            _link(translation, original)
            links.append(
                TranslationLink(
                    translation,
                    original,
                    [f"{shared} of {smaller} cited works in common", "published later"],
                )
            )
            linked.update((i, j))
    return links
