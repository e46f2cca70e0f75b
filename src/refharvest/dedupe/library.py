"""One library for a corpus: works deduplicated, articles linked, keys stable.

``build_library`` runs between harvest and writing. Its steps, in order:

1. keys of the last run's ``references.bib`` are given back to the same
   works (matched by normalised URL, then by the article+footnote that cite
   them), so re-running or adding an article renames nothing;
2. all articles' references are deduplicated (``dedupe_references``) with
   the site alias table and the user's decisions from the corpus folder;
3. article records are linked as translations (BibLaTeX ``related`` and
   ``relatedtype``), never merged;
4. new works get keys from ``refharvest.keys.assign_keys``;
5. the user's ``corrections.bib`` overrides harvested fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BibParseError, InputError
from ..keys import assign_keys
from ..model import Article, Diagnostic, Reference
from ..urls import normalize_url, url_host
from .aliases import SiteAliases
from .corrections import CORRECTIONS_FILE, apply_corrections, read_bib_references
from .decisions import Decisions
from .fold import title_key
from .matching import DedupeResult, dedupe_references
from .translations import TranslationLink, link_translations


@dataclass
class LibraryResult:
    """Every entry of the library (article records first, then works) and how it was made."""

    entries: list[Reference]
    dedupe: DedupeResult
    articles: list[Reference] = field(default_factory=list)
    translations: list[TranslationLink] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _url_key(ref: Reference) -> str:
    return normalize_url(ref.url) if ref.url and url_host(ref.url) else ""


def _record_fingerprint(ref: Reference) -> str:
    """Who, where and when: enough to find an untitled article record again."""
    names = " ".join(title_key(n.family or n.literal) for n in ref.authors)
    site = title_key(ref.container_title or ref.publisher)
    year = str(ref.issued.year) if ref.issued else ""
    return f"{names}|{site}|{year}" if names or site else ""


class _PreviousKeys:
    """The last run's keys, found again by URL, then by provenance; article
    records (entries cited by no footnote) by URL, title or fingerprint."""

    def __init__(self, previous: Sequence[Reference]) -> None:
        self.all = {ref.key for ref in previous if ref.key}
        self.by_url: dict[str, str] = {}
        self.by_citation: dict[tuple[str, str | None, int], str] = {}
        self.by_title: dict[str, str] = {}
        self.by_fingerprint: dict[str, str] = {}
        for ref in previous:
            if not ref.key:
                continue
            if url := _url_key(ref):
                self.by_url.setdefault(url, ref.key)
            for citation in ref.citations:
                where = (citation.article, citation.footnote, citation.position)
                self.by_citation.setdefault(where, ref.key)
            if not ref.citations:
                if ref.title:
                    self.by_title.setdefault(title_key(ref.title), ref.key)
                if fingerprint := _record_fingerprint(ref):
                    self.by_fingerprint.setdefault(fingerprint, ref.key)

    def key_for(self, ref: Reference, *, record: bool = False) -> str:
        if (url := _url_key(ref)) and url in self.by_url:
            return self.by_url[url]
        for citation in ref.citations:
            where = (citation.article, citation.footnote, citation.position)
            if where in self.by_citation:
                return self.by_citation[where]
        if record:
            if ref.title and (key := self.by_title.get(title_key(ref.title), "")):
                return key
            if fingerprint := _record_fingerprint(ref):
                return self.by_fingerprint.get(fingerprint, "")
        return ""


def _read_previous(path: Path | None, diagnostics: list[Diagnostic]) -> list[Reference]:
    if path is None or not Path(path).is_file():
        return []
    try:
        return read_bib_references(Path(path))
    except (BibParseError, InputError) as exc:
        # The last output being unreadable must not stop a run: keys are then new.
        diagnostics.append(
            Diagnostic(
                "warning",
                "previous-bib-unreadable",
                f"keys of the last run not reused: {exc}",
                article=str(path),
            )
        )
        return []


def build_library(
    articles: Sequence[Article],
    *,
    config_dir: Path | None = None,
    previous_bib: Path | None = None,
) -> LibraryResult:
    """Deduplicate, link and key the references of ``articles`` into one library."""
    diagnostics: list[Diagnostic] = []
    aliases = SiteAliases.load(config_dir)
    decisions = Decisions.load(config_dir)
    previous = _PreviousKeys(_read_previous(previous_bib, diagnostics))

    records: list[Reference] = []
    for article in articles:
        record = article.record.copy()
        if not record.key:
            record.key = previous.key_for(record, record=True)
        records.append(record)

    refs: list[Reference] = []
    cited_by: list[str] = []
    for article in articles:
        for ref in article.references:
            copy = ref.copy()
            if not copy.key:
                copy.key = previous.key_for(copy)
            refs.append(copy)
            cited_by.append(article.id)
    languages = {article.id: article.language for article in articles}
    result = dedupe_references(
        refs, aliases=aliases, decisions=decisions, article_languages=languages
    )
    diagnostics.extend(result.diagnostics)
    works = _absorb_self_citations(records, result, diagnostics)

    entries = [*records, *works]
    _make_keys_unique(entries, previous.all, diagnostics)

    works_by_article: dict[str, set[int]] = {}
    for position, article_id in enumerate(cited_by):
        works_by_article.setdefault(article_id, set()).add(result.work_of[position])
    links = link_translations(articles, records, works_by_article, diagnostics)

    corrected = apply_corrections(entries, config_dir, diagnostics) if config_dir else []
    return LibraryResult(
        entries=entries,
        dedupe=result,
        articles=records,
        translations=links,
        corrected=corrected,
        diagnostics=diagnostics,
    )


def _absorb_self_citations(
    records: Sequence[Reference], result: DedupeResult, diagnostics: list[Diagnostic]
) -> list[Reference]:
    """A work that is one of the articles themselves joins that article's record."""
    record_by_url = {url: record for record in records if (url := _url_key(record))}
    works = []
    for work in result.works:
        record = record_by_url.get(_url_key(work)) if record_by_url else None
        if record is None:
            works.append(work)
            continue
        record.citations.extend(work.citations)
        diagnostics.append(
            Diagnostic(
                "info",
                "cites-an-article",
                f"a reference cites the article {record.key or record.title!r} itself; "
                "its citations were added to the article's entry",
                article=work.citations[0].article if work.citations else "",
                footnote=work.citations[0].footnote if work.citations else None,
                raw=work.raw,
            )
        )
    if len(works) != len(result.works):
        result.works[:] = works
        result.stats["works_out"] = len(works)
    return works


def _make_keys_unique(
    entries: Sequence[Reference], retired: set[str], diagnostics: list[Diagnostic]
) -> None:
    """Keep each reused key on its first entry; give the rest new keys."""
    seen: set[str] = set()
    for entry in entries:
        if entry.key in seen:
            diagnostics.append(
                Diagnostic(
                    "info",
                    "key-reassigned",
                    f"key {entry.key!r} of the last run now names two works; "
                    "the second gets a new key",
                    raw=entry.raw,
                )
            )
            entry.key = ""
        elif entry.key:
            seen.add(entry.key)
    # Keys of works that left the library are not handed to new works.
    assign_keys(entries, taken=retired - seen)


__all__ = ["CORRECTIONS_FILE", "LibraryResult", "build_library"]
