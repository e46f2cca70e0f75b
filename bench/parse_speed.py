"""Microseconds per reference string in the field parser, whole-string cache bypassed.

Two sets: the footnote pieces of seed articles varied the way ``bench/harvest.py``
varies them (numbers, years, names), and the AnyStyle strings. Each set is timed
in CPU time, parsing every distinct string once through the parser proper (the
whole-string cache of ``parse_reference`` is skipped, so every string is new);
the smaller caches inside (dates, names, sites, title language) stay on, as they
do in a harvest. The language model is loaded before timing.

    .venv/bin/python bench/parse_speed.py [--articles 500] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from refharvest.footnotes import find_footnotes, split_references
from refharvest.ingest import document_from_bytes
from refharvest.parse import access, dates, language, names, sites, urls
from refharvest.parse import reference as reference_module
from refharvest.parse.article import parse_article_record

ROOT = Path(__file__).resolve().parent.parent
ANYSTYLE = ROOT.parent / "shared" / "data" / "anystyle" / "anystyle.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from harvest import variants  # noqa: E402  (the harvest bench's corpus maker)


def seed_pieces(articles: int) -> list[tuple[str, str]]:
    """Distinct (reference string, language hint) pairs of varied seed articles."""
    seeds = [p.read_bytes() for p in sorted((ROOT / "refs").glob("*.txt"))]
    pieces: dict[tuple[str, str], None] = {}
    for number, data in enumerate(variants(seeds, articles, random.Random(7))):
        doc = document_from_bytes(data, article_id=f"a{number}")
        language = parse_article_record(doc).language
        notes, _ = find_footnotes(doc)
        for note in notes:
            for piece in split_references(note):
                if piece.strip():
                    pieces[(piece, language)] = None
    return list(pieces)


def clear_caches() -> None:
    """Empty the per-string caches of the parser (not the loaded tables)."""
    for module in (reference_module, access, dates, language, names, sites, urls):
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()


def time_parse(pieces: list[tuple[str, str]], repeat: int) -> float:
    """Best of ``repeat`` runs, in µs per string; inner caches cleared before each run."""
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        start = time.process_time()
        for text, hint in pieces:
            reference_module._parse(text, hint)
        best = min(best, time.process_time() - start)
    return best / len(pieces) * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    reference_module._parse("Warm-up Title, Example Site, 19 December 2025", "")
    seeds = seed_pieces(args.articles)
    rows = [json.loads(line) for line in ANYSTYLE.read_text("utf-8").splitlines() if line]
    anystyle = [(str(row["raw"]), "") for row in rows]
    for label, pieces in (("seed footnotes, varied", seeds), ("AnyStyle strings", anystyle)):
        micro = time_parse(pieces, args.repeat)
        print(
            f"{label:24s} {len(pieces):6d} strings  {micro:8.1f} µs/reference (CPU, best of "
            f"{args.repeat})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
