"""Per-stage cost of the harvest pipeline, in µs per article, for each seed.

Harvests varied copies of the seed articles (the same variants as
``bench/harvest.py``) and times each stage separately with
``time.process_time_ns`` summed over the run, so other processes on a shared
machine disturb the figures less than wall-clock time would:

- decode: bytes → text (``ingest.decode``)
- read: text → Document (``ingest.document_from_text``: kind, page furniture)
- record: the article's own record (``parse.article.parse_article_record``)
- notes: ``footnotes.find_footnotes`` + ``split_references`` on every note
- refs: ``parse.parse_reference`` on every piece
- no-refs: the four stages before the reference parser, summed; total: all five

At 20,000 references/s and ~6.8 references an article, the whole pipeline
has ~340 µs per article.

    .venv/bin/python bench/harvest_stages.py [--articles 2000] [--seeds refs/]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvest import variants  # the corpus bench/harvest.py measures
from refharvest.footnotes import find_footnotes, split_references
from refharvest.ingest import decode, document_from_text
from refharvest.model import Citation
from refharvest.parse import parse_reference
from refharvest.parse.article import parse_article_record

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("decode", "read", "record", "notes", "refs")


class Clock:
    """Process time spent per stage, summed over the run."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0)
        self._last = time.process_time_ns()

    def start(self) -> None:
        """Charge the time since the previous lap to nothing (the corpus generator's)."""
        self._last = time.process_time_ns()

    def lap(self, stage: str) -> None:
        """Charge the time since the previous lap to ``stage``."""
        now = time.process_time_ns()
        self.spent[stage] += now - self._last
        self._last = now


def harvest_one(data: bytes, clock: Clock) -> int:
    """Run every stage on one article, timing each; the number of references."""
    references = 0
    clock.start()
    decoded = decode(data)
    clock.lap("decode")
    doc = document_from_text(decoded.text, article_id="a")
    clock.lap("read")
    record = parse_article_record(doc)
    clock.lap("record")
    notes, _ = find_footnotes(doc)
    pieces = [(note, split_references(note)) for note in notes]
    clock.lap("notes")
    for note, texts in pieces:
        for position, text in enumerate(t for t in texts if t.strip()):
            citation = Citation(article="a", footnote=note.label, position=position, raw=text)
            parse_reference(text, citation, language_hint=record.language)
            references += 1
    clock.lap("refs")
    return references


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seeds", type=Path, default=ROOT / "refs")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    paths = sorted(args.seeds.glob("*.txt"))
    if not paths:
        print(f"no seed articles in {args.seeds}", file=sys.stderr)
        return 2
    seeds = [p.read_bytes() for p in paths]
    clocks = [Clock() for _ in paths]
    articles = [0] * len(paths)
    references = [0] * len(paths)
    for data in seeds:  # first calls load tables and compile patterns: not per-article cost
        harvest_one(data, Clock())
    rng = random.Random(args.seed)
    for number, data in enumerate(variants(seeds, args.articles, rng)):
        which = number % len(paths)
        references[which] += harvest_one(data, clocks[which])
        articles[which] += 1
    per_seed = [clock.spent for clock in clocks]

    header = f"{'seed':<26}{'refs/art':>9}" + "".join(f"{s:>9}" for s in STAGES)
    print("µs per article (process time)")
    print(header + f"{'no-refs':>9}{'total':>9}")
    for path, totals, count, refs in zip(paths, per_seed, articles, references, strict=True):
        print(_row(path.stem, totals, count, refs))
    overall = {s: sum(t[s] for t in per_seed) for s in STAGES}
    print(_row("all", overall, sum(articles), sum(references)))
    total_ns = sum(overall.values())
    print(
        f"\n{sum(references)} references from {sum(articles)} articles: "
        f"{sum(references) / (total_ns / 1e9):,.0f} references/s of process time"
    )
    return 0


def _row(name: str, totals: dict[str, int], count: int, refs: int) -> str:
    micro = {s: totals[s] / count / 1000 for s in STAGES}
    before_refs = sum(micro[s] for s in STAGES if s != "refs")
    cells = "".join(f"{micro[s]:9.0f}" for s in STAGES)
    return f"{name:<26}{refs / count:9.1f}{cells}{before_refs:9.0f}{sum(micro.values()):9.0f}"


if __name__ == "__main__":
    raise SystemExit(main())
