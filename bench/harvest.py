"""Harvest throughput and memory on a large synthetic corpus.

Builds N articles by varying the five seed articles (numbers in URLs, years,
author names, site names, footnote order), harvests them one at a time as the
CLI streams a folder, and prints references per second on one core and the
peak resident memory after each slice, which must not grow with the corpus.

    .venv/bin/python bench/harvest.py [--articles 10000] [--seeds refs/]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from refharvest.harvest import harvest_document
from refharvest.ingest import document_from_bytes

ROOT = Path(__file__).resolve().parent.parent
DIGITS = re.compile(r"(?<=/)(\d{4,})")
YEAR = re.compile(r"\b20(1\d|2[0-6])\b")
PEOPLE = [
    ("Bahtiyar", "Abdülkerimov"),
    ("Emre", "Aytekin"),
    ("Robert M.", "Cutler"),
    ("Asma", "Siddiq"),
    ("Melih", "Demirtaş"),
    ("Ayşe", "Yılmaz"),
    ("Jürgen", "Müller"),
    ("Ольга", "Иванова"),
]


def variants(seeds: list[bytes], count: int, rng: random.Random) -> Iterator[bytes]:
    """Seed articles with their numbers, years and names varied."""
    texts = [s.decode("utf-8") for s in seeds]
    for index in range(count):
        text = texts[index % len(texts)]
        text = DIGITS.sub(
            lambda m: str(rng.randrange(10 ** (len(m.group(1)) - 1), 10 ** len(m.group(1)))), text
        )
        text = YEAR.sub(lambda m: f"20{rng.randrange(10, 27)}", text)
        for given, family in rng.sample(PEOPLE, 2):
            text = text.replace("Abdülkerimov", family, 1).replace("Bahtiyar", given, 1)
        yield text.encode("utf-8")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seeds", type=Path, default=ROOT / "refs")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    seeds = [p.read_bytes() for p in sorted(args.seeds.glob("*.txt"))]
    if not seeds:
        print(f"no seed articles in {args.seeds}", file=sys.stderr)
        return 2
    # One-off start-up (the title-language model loads on first use) is timed
    # apart, so the rate below is the steady state of a long run.
    start = time.perf_counter()
    harvest_document(document_from_bytes(seeds[0], article_id="warm-up"))
    startup = time.perf_counter() - start
    print(f"start-up (first article, loads the language model): {startup:.2f} s")
    rng = random.Random(args.seed)
    checkpoints = {max(1, args.articles // 10), max(1, args.articles // 2), args.articles}
    references = footnotes = partial = 0
    harvest_seconds = 0.0
    wall_start = time.perf_counter()
    print("articles  references  refs/s (harvest only)  peak RSS MiB")
    for number, data in enumerate(variants(seeds, args.articles, rng), start=1):
        start = time.perf_counter()
        article = harvest_document(document_from_bytes(data, article_id=f"a{number:06d}"))
        harvest_seconds += time.perf_counter() - start
        references += len(article.references)
        footnotes += len(article.footnotes)
        partial += sum(1 for r in article.references if not r.complete)
        if number in checkpoints:
            rate = references / harvest_seconds if harvest_seconds else float("inf")
            print(f"{number:8d}  {references:10d}  {rate:21,.0f}  {peak_rss_mib():12.1f}")
    wall = time.perf_counter() - wall_start
    print(
        f"\n{args.articles} articles, {footnotes} footnotes, {references} references "
        f"({partial} partial) in {harvest_seconds:.2f} s of harvest "
        f"({wall:.2f} s wall incl. corpus generation): "
        f"{references / harvest_seconds:,.0f} references/s on one core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
