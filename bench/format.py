"""Styled-bibliography benchmark: refharvest format vs citeproc-js direct vs pandoc.

Synthetic libraries of 1,000 and 5,000 entries (varied authors, organisations,
years, types; same-author-same-year pairs the styles must disambiguate),
rendered in APA and Chicago author-date, as text and HTML. Entries/s for:

* ``library``: ``render_bibliography()`` with a fresh engine: Node start,
  style build, mapping, one makeBibliography call, conversion (wall time);
  ``lib-render``: the same call on an engine already built (what a pool gives);
* ``cli``: ``refharvest format LIB.json -o OUT`` as a user runs it;
* ``citeproc``: bench/citeproc_direct.js, citeproc-js alone in Node (wall
  time); ``cjs-render``: its makeBibliography call alone, timed inside Node;
* ``pandoc``: ``pandoc --citeproc`` (3.x, pypandoc-binary or PATH), only up
  to --pandoc-max entries: its disambiguation grows superlinearly.

Targets (issue 5): refharvest within 1.2x of citeproc-js; linear from 1,000
to 5,000. The machine's other load makes single runs noisy: --repeat takes
the best of several.

Usage: .venv/bin/python bench/format.py [--sizes 1000 5000] [--repeat 2] [--pandoc-max 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from refharvest.export.citeproc import (
    EnginePool,
    OutputFormat,
    find_node,
    find_node_modules,
    render_bibliography,
)
from refharvest.export.csljson import read_csljson, references_to_csljson
from refharvest.export.styles import load_style, locales_dir
from refharvest.model import ItemType, Name, PartialDate, Reference

HERE = Path(__file__).resolve().parent
STYLES = ("apa", "chicago-author-date")
FORMATS: tuple[OutputFormat, ...] = ("text", "html")

FAMILIES = [
    *("Abdülkerimov", "Aytekin", "Demirtaş", "Siddiq", "Cutler", "Guliyev", "Yılmaz", "Kaya"),
    *("Öztürk", "Şahin", "Smith", "Jones", "Müller", "Schmidt", "Ivanov", "Petrova", "Смирнов"),
    *("Кузнецова", "Tanaka", "Suzuki", "Chen", "Wang", "Garcia", "Martin", "Rossi", "Novak"),
]
GIVEN = ["Bahtiyar", "Emre", "Melih", "Asma", "Robert", "Vusal", "Ayşe", "John", "Anna", "Olga"]
ORGS = [
    "Ministry of Foreign Affairs of Japan",
    "U.S. Department of State",
    "Council of the European Union",
    "Center for Eurasian Studies",
]
SITES = ["Anadolu Ajansı", "Xinhua", "Japan Forward", "Times of Central Asia", "Tercüman", "Tass"]
WORDS = [
    *("central", "asia", "japan", "dialogue", "summit", "energy", "corridor", "trade"),
    *("security", "policy", "minerals", "regional", "cooperation", "strategy", "orta"),
    *("asya", "enerji", "ticaret", "güvenlik", "стратегия", "сотрудничество"),
]
TYPES: list[ItemType] = ["article-newspaper", "webpage", "report", "article-journal"]


def synthetic(n: int, seed: int = 5) -> list[Reference]:
    rng = random.Random(seed)
    refs = []
    for i in range(n):
        kind = rng.choice(TYPES)
        if rng.random() < 0.2:
            authors = [Name(literal=rng.choice(ORGS))]
        else:
            authors = [
                Name(family=rng.choice(FAMILIES), given=rng.choice(GIVEN))
                for _ in range(rng.choice((1, 1, 1, 2, 3)))
            ]
        year, month, day = rng.randint(1995, 2026), rng.randint(1, 12), rng.randint(1, 28)
        issued = rng.choice(
            (PartialDate(year), PartialDate(year, month), PartialDate(year, month, day))
        )
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9))).capitalize()
        refs.append(
            Reference(
                type=kind,
                authors=authors,
                title=title,
                container_title=rng.choice(SITES) if kind != "report" else "",
                publisher=rng.choice(ORGS) if kind == "report" else "",
                issued=issued,
                accessed=PartialDate(2026, 1, rng.randint(1, 28)),
                url=f"https://example.org/{i}",
                language=rng.choice(("en", "en", "tr", "ru")),
                volume=str(rng.randint(1, 40)) if kind == "article-journal" else "",
                key=f"ref{i:05d}",
            )
        )
    return refs


def best(repeat: int, fn: Callable[[], float | None]) -> float | None:
    times = [fn() for _ in range(repeat)]
    valid = [t for t in times if t is not None]
    return min(valid) if valid else None


def wall(cmd: list[str], timeout: float, cwd: Path | None = None) -> float | None:
    start = time.perf_counter()
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def direct(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """citeproc-js alone: (wall seconds, makeBibliography seconds)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=cwd)
    total = time.perf_counter() - start
    timings = json.loads(done.stderr.strip().splitlines()[-1])
    return total, timings["render_ms"] / 1000


def ours(refs: list[Reference], style: str, fmt: OutputFormat) -> tuple[float, float]:
    """Our library with a fresh engine: (wall seconds, rendering seconds once built)."""
    start = time.perf_counter()
    with EnginePool() as pool:
        pool.get(style).bibliography([], "text")  # returns once the engine is built
        built = time.perf_counter()
        render_bibliography(refs, style, to=fmt, pool=pool)
        done = time.perf_counter()
    return done - start, done - built


def pandoc_path() -> str | None:
    try:
        import pypandoc  # type: ignore[import-untyped,import-not-found,unused-ignore]

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        return shutil.which("pandoc")


def rate(n: int, seconds: float | None) -> str:
    return f"{n / seconds:10.0f}" if seconds else f"{'-':>10}"


def main() -> None:
    parser = argparse.ArgumentParser(description="refharvest format benchmark")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--pandoc-max", type=int, default=1000)
    parser.add_argument("--pandoc-timeout", type=float, default=300)
    args = parser.parse_args()

    node = find_node()
    repo = find_node_modules().parent
    cli = str(Path(sys.executable).with_name("refharvest"))
    pandoc = pandoc_path()
    node_version = subprocess.check_output([node, "--version"], text=True).strip()
    print(f"python {sys.version.split()[0]}, node {node_version}, pandoc {pandoc or 'absent'}")
    print(f"best of {args.repeat}; entries per second")
    columns = ("library", "lib-render", "cli", "citeproc", "cjs-render", "pandoc")
    print(
        f"{'style':<20} {'fmt':<5} {'n':>5} "
        + " ".join(f"{c:>10}" for c in columns)
        + f" {'lib/cjs':>8}"
    )
    rates: dict[tuple[str, str, str, int], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "nocite.md"
        md.write_text("---\nnocite: '@*'\n---\n\nText.\n", encoding="utf-8")
        for n in args.sizes:
            refs = synthetic(n)
            lib = Path(tmp) / f"lib{n}.json"
            lib.write_text(references_to_csljson(refs), encoding="utf-8")
            assert len(read_csljson(lib.read_text(encoding="utf-8"))) == n
            for style in STYLES:
                csl = str(load_style(style).path)
                for fmt in FORMATS:
                    out = str(Path(tmp) / f"out.{fmt}")
                    cjs_cmd = [
                        node,
                        str(HERE / "citeproc_direct.js"),
                        str(lib),
                        csl,
                        "en-US",
                        str(locales_dir()),
                        fmt,
                    ]
                    cjs = [direct(cjs_cmd, repo) for _ in range(args.repeat)]
                    lib_runs = [ours(refs, style, fmt) for _ in range(args.repeat)]
                    cli_cmd = [cli, "format", str(lib), "-s", style, "--to", fmt, "-o", out]
                    t_cli = best(args.repeat, partial(wall, cli_cmd, 600))
                    t_pandoc = None
                    if pandoc and n <= args.pandoc_max:
                        to = "plain" if fmt == "text" else "html"
                        pandoc_cmd = [
                            pandoc,
                            "--citeproc",
                            "--bibliography",
                            str(lib),
                            "--csl",
                            csl,
                            "-t",
                            to,
                            str(md),
                        ]
                        t_pandoc = wall(pandoc_cmd, args.pandoc_timeout)
                    times = {
                        "library": min(t for t, _ in lib_runs),
                        "lib-render": min(r for _, r in lib_runs),
                        "cli": t_cli,
                        "citeproc": min(t for t, _ in cjs),
                        "cjs-render": min(r for _, r in cjs),
                        "pandoc": t_pandoc,
                    }
                    for name, seconds in times.items():
                        if seconds:
                            rates[(name, style, fmt, n)] = n / seconds
                    ratio = times["library"] / times["citeproc"]  # type: ignore[operator]
                    print(
                        f"{style:<20} {fmt:<5} {n:>5} "
                        + " ".join(rate(n, times[c]) for c in columns)
                        + f" {ratio:8.2f}",
                        flush=True,
                    )
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        print(f"\nlinearity: entries/s at {large} ÷ entries/s at {small} (1.00 = linear)")
        for style in STYLES:
            for fmt in FORMATS:
                parts = []
                for name in ("library", "lib-render", "citeproc", "cjs-render"):
                    a = rates.get((name, style, fmt, small))
                    b = rates.get((name, style, fmt, large))
                    parts.append(f"{name} {b / a:.2f}" if a and b else f"{name} -")
                print(f"  {style:<20} {fmt:<5} " + ", ".join(parts))
    print("lib/cjs: library wall time ÷ citeproc-js wall time (target ≤ 1.2)")


if __name__ == "__main__":
    main()
