"""Find the references that cite the same work, without comparing all pairs.

Evidence, strongest first:

1. a person's decision (``dedupe-decisions.json``);
2. the same normalised URL;
3. the same DOI;
4. the same folded title with the same site (through the alias table) and
   the same day, and no URL or DOI that says otherwise.

Blocking: references are grouped by URL key, DOI and title key (dictionaries,
so the work grows linearly); pairs are compared only inside a title block.
A union of two groups that would put two different URLs or DOIs into one
work is refused: different URLs are different works unless a person says
otherwise. Pairs that are close but not certain become possible duplicates.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Diagnostic, Reference
from ..urls import url_key
from .aliases import SiteAliases
from .decisions import Decisions, index_identities
from .fold import MIN_TITLE_EVIDENCE, date_relation, doi_key, fold_words, title_key
from .merging import Merged, member_label, merge_group

#: Above this many references with one title, only those on one site and day
#: are compared (a title such as "Press release" proves nothing).
MAX_TITLE_BLOCK = 64
#: Possible duplicates listed per title block at most.
MAX_POSSIBLE_PER_BLOCK = 20


@dataclass
class MergeGroup:
    """References found to cite one work, and the entry made of them."""

    members: list[Reference]
    merged: Reference
    evidence: list[str]
    sources: dict[str, str] = field(default_factory=dict)
    alternates: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class PossibleDuplicate:
    """Two works that may be one: for a person to decide."""

    first: Reference
    second: Reference
    evidence: list[str]


@dataclass
class DedupeResult:
    works: list[Reference]
    groups: list[MergeGroup]
    possible: list[PossibleDuplicate]
    stats: dict[str, int]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: input position → position of its work in ``works``
    work_of: list[int] = field(default_factory=list)


@dataclass
class _Features:
    """What matching compares, computed once per reference."""

    url: str
    host: str
    doi: str
    title: str
    site: str
    site_name: str
    date: str
    families: frozenset[str]


class _Groups:
    """Union-find that refuses unions a URL, DOI or decision forbids."""

    def __init__(self, features: Sequence[_Features]) -> None:
        size = len(features)
        self.parent = list(range(size))
        self.urls: dict[int, set[str]] = {i: {f.url} for i, f in enumerate(features) if f.url}
        self.dois: dict[int, set[str]] = {i: {f.doi} for i, f in enumerate(features) if f.doi}
        self.apart: list[tuple[int, int]] = []
        self.evidence: dict[int, list[str]] = {}

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def identifiers(self, item: int) -> frozenset[str]:
        """The URLs and DOIs of ``item``'s group."""
        root = self.find(item)
        return frozenset(self.urls.get(root, set()) | self.dois.get(root, set()))

    def conflict(self, first: int, second: int) -> str:
        """Why the groups of ``first`` and ``second`` may not join, or ""."""
        a, b = self.find(first), self.find(second)
        if a == b:
            return ""
        for x, y in self.apart:
            roots = {self.find(x), self.find(y)}
            if roots == {a, b}:
                return "a person decided they are different works"
        urls_a, urls_b = self.urls.get(a), self.urls.get(b)
        if urls_a and urls_b and urls_a != urls_b:
            return "different URLs"
        dois_a, dois_b = self.dois.get(a), self.dois.get(b)
        if dois_a and dois_b and dois_a != dois_b:
            return "different DOIs"
        return ""

    def union(self, first: int, second: int, reason: str, *, force: bool = False) -> bool:
        a, b = self.find(first), self.find(second)
        if a == b:
            return False
        if force:
            if any({self.find(x), self.find(y)} == {a, b} for x, y in self.apart):
                return False
        elif self.conflict(first, second):
            return False
        if b < a:
            a, b = b, a
        self.parent[b] = a
        for table in (self.urls, self.dois):
            if b in table:
                table.setdefault(a, set()).update(table.pop(b))
        moved = self.evidence.pop(b, [])
        bucket = self.evidence.setdefault(a, [])
        for item in [*moved, reason]:
            if item not in bucket:
                bucket.append(item)
        return True


def _site_name(ref: Reference) -> str:
    if ref.container_title:
        return ref.container_title
    if ref.publisher:
        return ref.publisher
    organisations = [n.literal for n in ref.authors if n.literal]
    return organisations[0] if organisations else ""


def _features(ref: Reference, aliases: SiteAliases) -> _Features:
    url, host = url_key(ref.url) if ref.url else ("", "")
    site_name = _site_name(ref)
    return _Features(
        url=url,
        host=host,
        doi=doi_key(ref.doi) if ref.doi else "",
        title=title_key(ref.title),
        site=aliases.site_id(site_name) if site_name else "",
        site_name=site_name,
        date=ref.issued.iso() if ref.issued else "",
        families=frozenset(" ".join(fold_words(n.family)) for n in ref.authors if n.family),
    )


def dedupe_references(
    refs: Sequence[Reference],
    *,
    aliases: SiteAliases | None = None,
    decisions: Decisions | None = None,
    article_languages: Mapping[str, str] | None = None,
) -> DedupeResult:
    """Group ``refs`` into works and merge each group into one entry.

    ``article_languages`` (article id → language) tells which member quotes
    an original title; without it the first member's title is kept when the
    titles differ. The input references are not modified.
    """
    # Matching allocates millions of small objects and frees none of them until the
    # end: the cyclic collector would scan them again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _dedupe(refs, aliases, decisions, article_languages)
    finally:
        if collecting:
            gc.enable()


def _dedupe(
    refs: Sequence[Reference],
    aliases: SiteAliases | None,
    decisions: Decisions | None,
    article_languages: Mapping[str, str] | None,
) -> DedupeResult:
    aliases = aliases if aliases is not None else SiteAliases.default()
    decisions = decisions or Decisions()
    features = [_features(ref, aliases) for ref in refs]
    groups = _Groups(features)
    counts = {"decision": 0, "url": 0, "doi": 0, "title": 0}
    diagnostics: list[Diagnostic] = []

    if decisions:
        _apply_decisions(refs, decisions, groups, counts, diagnostics)

    for name, attribute in (("url", "url"), ("doi", "doi")):
        blocks: dict[str, int] = {}
        for index, feature in enumerate(features):
            value = getattr(feature, attribute)
            if not value:
                continue
            first = blocks.setdefault(value, index)
            if first != index and groups.union(first, index, f"same {name.upper()}: {value}"):
                counts[name] += 1

    pending = _match_titles(refs, features, groups, counts)
    return _assemble(
        refs, features, groups, pending, counts, diagnostics, aliases, article_languages
    )


def _apply_decisions(
    refs: Sequence[Reference],
    decisions: Decisions,
    groups: _Groups,
    counts: dict[str, int],
    diagnostics: list[Diagnostic],
) -> None:
    index = index_identities(refs)
    for verdict, pairs in (("different", decisions.different), ("same", decisions.same)):
        for first, second in pairs:
            left, right = index.get(first, []), index.get(second, [])
            if not left or not right:
                missing = first if not left else second
                diagnostics.append(
                    Diagnostic(
                        "info",
                        "decision-unmatched",
                        f"decision '{verdict}' names {missing.split(':', 1)[1]}, "
                        "which no reference of this run has",
                        article=decisions.source,
                    )
                )
                continue
            for x in left:
                for y in right:
                    if verdict == "different":
                        groups.apart.append((x, y))
                    elif groups.union(x, y, "a person decided they are the same work", force=True):
                        counts["decision"] += 1


@dataclass
class _Candidate:
    first: int
    second: int
    evidence: list[str]


def _match_titles(
    refs: Sequence[Reference],
    features: Sequence[_Features],
    groups: _Groups,
    counts: dict[str, int],
) -> list[_Candidate]:
    blocks: dict[str, list[int]] = {}
    for index, feature in enumerate(features):
        if len(feature.title) >= MIN_TITLE_EVIDENCE:
            blocks.setdefault(feature.title, []).append(index)
    pending: list[_Candidate] = []
    for members in blocks.values():
        if len(members) < 2:
            continue
        if len(members) > MAX_TITLE_BLOCK:
            # Too common a title to compare across sites: same site and day only.
            sub: dict[tuple[str, str], list[int]] = {}
            for index in members:
                sub.setdefault((features[index].site, features[index].date), []).append(index)
            chunks = [chunk[:MAX_TITLE_BLOCK] for chunk in sub.values() if len(chunk) > 1]
        else:
            chunks = [members]
        for chunk in chunks:
            _match_chunk(refs, features, groups, counts, chunk, pending)
    return pending


def _pairs_worth_comparing(
    features: Sequence[_Features], chunk: Sequence[int]
) -> list[tuple[int, int]]:
    """Pairs of which one side has no URL or DOI (those alone can merge on title),
    then neighbours among the rest (enough to list them as possible duplicates)."""
    bare = [i for i in chunk if not features[i].url and not features[i].doi]
    identified = [i for i in chunk if features[i].url or features[i].doi]
    pairs = [(a, b) for n, a in enumerate(bare) for b in bare[n + 1 :]]
    pairs += [(a, b) if a < b else (b, a) for a in bare for b in identified]
    pairs.sort()
    pairs += list(itertools.pairwise(identified))[:MAX_POSSIBLE_PER_BLOCK]
    return pairs


def _match_chunk(
    refs: Sequence[Reference],
    features: Sequence[_Features],
    groups: _Groups,
    counts: dict[str, int],
    chunk: Sequence[int],
    pending: list[_Candidate],
) -> None:
    verdicts: list[tuple[int, int, str, list[str]]] = []
    for first, second in _pairs_worth_comparing(features, chunk):
        if groups.find(first) == groups.find(second):
            continue
        verdict, evidence = _compare(refs[first], refs[second], features[first], features[second])
        if verdict != "different":
            verdicts.append((first, second, verdict, evidence))
    # A reference without URL that fits two works with different URLs fits neither for sure.
    identified_partners: dict[int, set[frozenset[str]]] = {}
    for first, second, verdict, _ in verdicts:
        if verdict != "same":
            continue
        for bare, other in ((first, second), (second, first)):
            if not features[bare].url and not features[bare].doi:
                ids = groups.identifiers(other)
                if ids:
                    identified_partners.setdefault(bare, set()).add(ids)
    ambiguous = {bare for bare, partners in identified_partners.items() if len(partners) > 1}
    listed = 0
    for first, second, verdict, evidence in verdicts:
        if verdict == "same":
            if first in ambiguous or second in ambiguous:
                evidence = [*evidence, "not merged: fits several works with different URLs"]
            else:
                reason = "same title, site and date: " + "; ".join(evidence)
                if groups.union(first, second, reason):
                    counts["title"] += 1
                    continue
                conflict = groups.conflict(first, second)
                if not conflict:
                    continue  # already one work through an earlier union
                evidence = [*evidence, f"not merged: {conflict}"]
        if listed < MAX_POSSIBLE_PER_BLOCK:
            listed += 1
            pending.append(_Candidate(first, second, evidence))


def _compare(a: Reference, b: Reference, fa: _Features, fb: _Features) -> tuple[str, list[str]]:
    """``same``, ``possible`` or ``different``, with the evidence a person reads."""
    evidence = [f"same title ({a.title!r})"]
    if fa.doi and fb.doi and fa.doi != fb.doi:
        return "different", evidence
    certain = True
    if fa.url and fb.url and fa.url != fb.url:
        certain = False
        if fa.host == fb.host:
            evidence.append(f"different URLs on the same host ({fa.host})")
        else:
            evidence.append(f"different hosts ({fa.host}, {fb.host})")
    if fa.site and fb.site:
        if fa.site == fb.site:
            same_name = fa.site_name == fb.site_name
            evidence.append(
                "same site" if same_name else f"same site ({fa.site_name} = {fb.site_name})"
            )
        else:
            certain = False
            evidence.append(f"different sites ({fa.site_name}, {fb.site_name})")
    else:
        certain = False
        evidence.append("site unknown on one side")
    relation = date_relation(a.issued, b.issued)
    if relation == "same":
        evidence.append(f"same date ({fa.date})")
    else:
        certain = False
        if relation == "conflict":
            if not (fa.site and fa.site == fb.site):
                return "different", evidence
            evidence.append(f"different dates ({fa.date}, {fb.date})")
        else:
            partly = relation == "compatible"
            evidence.append("date only partly known" if partly else "date unknown on one side")
    if fa.families and fb.families and not fa.families & fb.families:
        certain = False
        evidence.append("different authors")
    return ("same" if certain else "possible"), evidence


def _assemble(
    refs: Sequence[Reference],
    features: Sequence[_Features],
    groups: _Groups,
    pending: Sequence[_Candidate],
    counts: dict[str, int],
    diagnostics: list[Diagnostic],
    aliases: SiteAliases,
    article_languages: Mapping[str, str] | None,
) -> DedupeResult:
    members_of: dict[int, list[int]] = {}
    for index in range(len(refs)):
        members_of.setdefault(groups.find(index), []).append(index)
    works: list[Reference] = []
    merge_groups: list[MergeGroup] = []
    work_of = [0] * len(refs)
    work_by_root: dict[int, int] = {}
    for root, members in members_of.items():  # dict order: by first member
        work_by_root[root] = len(works)
        for index in members:
            work_of[index] = len(works)
        if len(members) == 1:
            works.append(refs[members[0]].copy())
            continue
        merged: Merged = merge_group(
            [refs[i] for i in members],
            aliases=aliases,
            article_languages=article_languages,
            title_keys=[features[i].title for i in members],
            url_keys=[features[i].url for i in members],
        )
        works.append(merged.reference)
        merge_groups.append(
            MergeGroup(
                members=[refs[i] for i in members],
                merged=merged.reference,
                evidence=groups.evidence.get(root, []),
                sources=merged.sources,
                alternates=merged.alternates,
            )
        )
    possible: list[PossibleDuplicate] = []
    seen: set[tuple[int, int]] = set()
    for candidate in pending:
        a, b = groups.find(candidate.first), groups.find(candidate.second)
        if a == b:
            continue
        pair = (min(a, b), max(a, b))
        if pair in seen or any({groups.find(x), groups.find(y)} == {a, b} for x, y in groups.apart):
            continue
        seen.add(pair)
        evidence = [
            *candidate.evidence,
            f"cited as {member_label(refs[candidate.first], 0)} and "
            f"{member_label(refs[candidate.second], 0)}",
        ]
        possible.append(
            PossibleDuplicate(works[work_by_root[pair[0]]], works[work_by_root[pair[1]]], evidence)
        )
    stats = {
        "references_in": len(refs),
        "works_out": len(works),
        "merged_groups": len(merge_groups),
        "references_merged": sum(len(g.members) for g in merge_groups),
        "possible_duplicates": len(possible),
        **{f"merges_by_{name}": value for name, value in counts.items()},
    }
    return DedupeResult(works, merge_groups, possible, stats, diagnostics, work_of)
