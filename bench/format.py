"""Styled-bibliography benchmark: refharvest format vs citeproc-js direct vs pandoc.

Synthetic libraries of 1,000 and 5,000 entries (varied authors, organisations,
years, types; same-author-same-year pairs the styles must disambiguate),
rendered in APA and Chicago author-date, as text and HTML, by:

* ``library``: ``render_bibliography()`` as ``build`` calls it: a fresh engine
  (Node start, style build), mapping, one makeBibliography request, conversion;
* ``cli``: ``refharvest format LIB.json -o OUT`` as a user runs it;
* ``citeproc``: bench/citeproc_direct.js, citeproc-js alone in Node;
* ``pandoc``: ``pandoc --citeproc`` (3.x, pypandoc-binary or PATH), only up
  to --pandoc-max entries: its disambiguation grows superlinearly.

Prints entries/s of wall time and of CPU time (this process plus the children
it waited for). Other jobs on a shared machine swing wall times by 2x; CPU
time stays comparable, so ratios and linearity are computed on it. Runs are
interleaved and the best of --repeat is kept.

Targets (issue 5): refharvest within 1.2x of citeproc-js; linear from 1,000 to 5,000.

Usage: .venv/bin/python bench/format.py [--sizes 1000 5000] [--repeat 2] [--pandoc-max 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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


Timing = tuple[float, float]  # (wall seconds, CPU seconds of us and our children)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(fn: Callable[[], object]) -> Timing | None:
    """Wall and CPU time of ``fn``: CPU counts this process and every child it waited for,
    which is what stays comparable when other jobs load the machine."""
    wall0, cpu0, kids0 = time.perf_counter(), time.process_time(), _children_cpu()
    try:
        fn()
    except subprocess.TimeoutExpired:
        return None
    return (
        time.perf_counter() - wall0,
        time.process_time() - cpu0 + _children_cpu() - kids0,
    )


def run(cmd: list[str], timeout: float = 900, cwd: Path | None = None) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=timeout, cwd=cwd)


def library(refs: list[Reference], style: str, fmt: OutputFormat) -> None:
    """Our library call as ``build`` makes it: fresh engine, whole list in one request."""
    with EnginePool() as pool:
        render_bibliography(refs, style, to=fmt, pool=pool)


def best(timings: list[Timing | None]) -> Timing | None:
    valid = [t for t in timings if t is not None]
    return min(valid, key=lambda t: t[1]) if valid else None


def pandoc_path() -> str | None:
    try:
        import pypandoc  # type: ignore[import-untyped,import-not-found,unused-ignore]

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        return shutil.which("pandoc")


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
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"best of {args.repeat} (by CPU time); entries per second of wall and of CPU time")
    header = f"{'style':<20} {'fmt':<5} {'n':>5}  {'tool':<9} {'wall/s':>8} {'cpu/s':>8}"
    print(header)
    results: dict[tuple[str, str, str, int], Timing] = {}
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
                    commands: dict[str, Callable[[], object]] = {
                        "citeproc": partial(
                            run,
                            [
                                node,
                                str(HERE / "citeproc_direct.js"),
                                str(lib),
                                csl,
                                "en-US",
                                str(locales_dir()),
                                fmt,
                            ],
                            cwd=repo,
                        ),
                        "library": partial(library, refs, style, fmt),
                        "cli": partial(
                            run, [cli, "format", str(lib), "-s", style, "--to", fmt, "-o", out]
                        ),
                    }
                    runs: dict[str, list[Timing | None]] = {name: [] for name in commands}
                    for _ in range(args.repeat):  # interleaved: load changes hit all alike
                        for name, fn in commands.items():
                            runs[name].append(measure(fn))
                    if pandoc and n <= args.pandoc_max:
                        to = "plain" if fmt == "text" else "html"
                        cmd = [
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
                        runs["pandoc"] = [measure(partial(run, cmd, args.pandoc_timeout))]
                    for name, timings in runs.items():
                        timing = best(timings)
                        if timing is None:
                            print(f"{style:<20} {fmt:<5} {n:>5}  {name:<9} {'timeout':>8}")
                            continue
                        results[(name, style, fmt, n)] = timing
                        wall, cpu = timing
                        print(
                            f"{style:<20} {fmt:<5} {n:>5}  {name:<9} {n / wall:8.0f} "
                            f"{n / cpu:8.0f}",
                            flush=True,
                        )
    print("\nrefharvest ÷ citeproc-js, time (target ≤ 1.2):")
    for n in args.sizes:
        for style in STYLES:
            for fmt in FORMATS:
                base = results.get(("citeproc", style, fmt, n))
                parts = []
                for name in ("library", "cli"):
                    got = results.get((name, style, fmt, n))
                    if base and got:
                        parts.append(
                            f"{name} cpu {got[1] / base[1]:.2f} wall {got[0] / base[0]:.2f}"
                        )
                print(f"  {style:<20} {fmt:<5} {n:>5}  " + "; ".join(parts))
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        print(
            f"\nlinearity: CPU time at {large} ÷ CPU time at {small} ÷ {large // small}"
            " (1.00 = linear)"
        )
        for style in STYLES:
            for fmt in FORMATS:
                parts = []
                for name in ("library", "citeproc"):
                    a = results.get((name, style, fmt, small))
                    b = results.get((name, style, fmt, large))
                    if a and b:
                        parts.append(f"{name} {b[1] / a[1] / (large / small):.2f}")
                print(f"  {style:<20} {fmt:<5} " + ", ".join(parts))


if __name__ == "__main__":
    main()
