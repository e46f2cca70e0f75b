"""Per-stage cost of the harvest pipeline, in µs per article, for each seed.

Harvests varied copies of the seed articles (the same variants as
``bench/harvest.py``) and times each stage separately with
``time.process_time_ns`` summed over the run, so other processes on a shared
machine disturb the figures less than wall-clock time would:

- decode: bytes → text (``ingest.decode``)
- read: text → Document (``ingest.document_from_text``: kind, page furniture)
- record: the article's own record (``parse.article.parse_article_record``)
- notes: ``footnotes.find_footnotes`` + ``split_references`` on every note
- refs: ``parse.parse_reference`` on every piece (shown for scale)

    .venv/bin/python bench/harvest_stages.py [--articles 2000] [--seeds refs/]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvest import variants  # noqa: E402  (the corpus bench/harvest.py measures)

from refharvest.footnotes import find_footnotes, split_references  # noqa: E402
from refharvest.ingest import decode, document_from_text  # noqa: E402
from refharvest.model import Citation  # noqa: E402
from refharvest.parse import parse_reference  # noqa: E402
from refharvest.parse.article import parse_article_record  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("decode", "read", "record", "notes", "refs")
T = TypeVar("T")


def timed(totals: dict[str, int], stage: str, call: Callable[[], T]) -> T:
    start = time.process_time_ns()
    result = call()
    totals[stage] += time.process_time_ns() - start
    return result


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
    per_seed = [dict.fromkeys(STAGES, 0) for _ in paths]
    articles = [0] * len(paths)
    references = [0] * len(paths)
    for data in seeds:  # first calls load tables and compile patterns: not per-article cost
        warm = document_from_text(decode(data).text, article_id="warm-up")
        parse_article_record(warm)
        for note in find_footnotes(warm)[0]:
            for piece in split_references(note):
                parse_reference(piece, Citation(article="warm-up", footnote=note.label, raw=piece))
    rng = random.Random(args.seed)
    for number, data in enumerate(variants(seeds, args.articles, rng)):
        which = number % len(paths)
        totals = per_seed[which]
        decoded = timed(totals, "decode", lambda: decode(data))
        doc = timed(totals, "read", lambda: document_from_text(decoded.text, article_id="a"))
        record = timed(totals, "record", lambda: parse_article_record(doc))

        def notes_and_pieces() -> list[tuple[str, Citation]]:
            notes, _ = find_footnotes(doc)
            return [
                (piece, Citation(article="a", footnote=note.label, position=i, raw=piece))
                for note in notes
                for i, piece in enumerate(p for p in split_references(note) if p.strip())
            ]

        pieces = timed(totals, "notes", notes_and_pieces)
        for piece, citation in pieces:
            timed(
                totals,
                "refs",
                lambda: parse_reference(piece, citation, language_hint=record.language),
            )
        articles[which] += 1
        references[which] += len(pieces)

    header = f"{'seed':<26}{'refs/art':>9}" + "".join(f"{s:>9}" for s in STAGES)
    print("µs per article (process time)")
    print(header + f"{'mine':>9}{'total':>9}")
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
    mine = sum(micro[s] for s in STAGES if s != "refs")
    cells = "".join(f"{micro[s]:9.0f}" for s in STAGES)
    return f"{name:<26}{refs / count:9.1f}{cells}{mine:9.0f}{sum(micro.values()):9.0f}"


if __name__ == "__main__":
    raise SystemExit(main())
