"""``refharvest check``: every URL of a bibliography checked over HTTP.

A thin layer over :func:`refharvest.linkcheck.check_run`; defaults come from
the library. The progress bar goes to stderr, and only when stderr is a
terminal, so that CI logs and pipes get the report alone.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import click

from ..errors import UsageError
from ..linkcheck import results as defaults
from ..linkcheck.checker import check_run
from ..linkcheck.inputs import load_inputs
from ..linkcheck.report import FORMATS, ReportContext
from ..linkcheck.results import CheckOptions, LinkResult
from ..linkcheck.update import apply_updates, write_library
from .common import emit

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.I)
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``30m``, ``12h``, ``7d``, ``2w`` in seconds."""
    match = _DURATION.match(text)
    if not match:
        raise UsageError(f"not a duration: {text!r}", hint="use e.g. 30m, 12h, 7d")
    return float(match.group(1)) * _UNITS[match.group(2).lower()]


def default_cache_path() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("refharvest")) / "linkcheck.sqlite"


def exit_code(results: list[LinkResult], fail_on: str) -> int:
    """1 when a result the user asked to fail on is there, else 0."""
    if fail_on == "never":
        return 0
    if any(r.verdict == "dead" for r in results):
        return 1
    if fail_on == "warn" and any(r.warning for r in results):
        return 1
    return 0


class _Progress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int, result: LinkResult) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = int(width * done / max(1, total))
        bar = "#" * filled + "-" * (width - filled)
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r[{bar}] {done}/{total} links{end}")
        sys.stderr.flush()


@click.command("check")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(list(FORMATS)), default="table", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Report file (default: stdout); with --update, the .bib to write.",
)
@click.option("--update", is_flag=True, help="Write permanent redirects and archive links.")
@click.option("--enrich", is_flag=True, help="With --update: fill missing date/author/site.")
@click.option(
    "--fail-on",
    type=click.Choice(["dead", "warn", "never"]),
    default="dead",
    show_default=True,
    help="Exit 1 on dead links, on any warning too (unknown, redirected, title), or never.",
)
@click.option("--allow-private", is_flag=True, help="Also check private and loopback addresses.")
@click.option("--max-age", help="Reuse cached results younger than this (e.g. 12h, 7d).")
@click.option("--no-cache", is_flag=True, help="Check everything afresh and record nothing.")
@click.option(
    "--cache",
    "cache_path",
    type=click.Path(path_type=Path),
    help="Cache file [default: linkcheck.sqlite in the user cache dir].",
)
@click.option(
    "--concurrency", type=click.IntRange(1, 256), default=defaults.DEFAULT_CONCURRENCY,
    show_default=True, help="Links checked at once in all.",
)  # fmt: skip
@click.option(
    "--per-host", type=click.IntRange(1, 32), default=defaults.DEFAULT_PER_HOST,
    show_default=True, help="Links checked at once on one host.",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(0.1, 600), default=defaults.DEFAULT_TOTAL_TIMEOUT,
    show_default=True, help="Seconds allowed for one link, redirects included.",
)  # fmt: skip
@click.option(
    "--archive-endpoint", default=defaults.DEFAULT_ARCHIVE_ENDPOINT, show_default=True,
    help="Wayback Machine availability API.",
)  # fmt: skip
@click.option("--no-archive", is_flag=True, help="Do not look for archived copies.")
def cli(
    inputs: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    update: bool,
    enrich: bool,
    fail_on: str,
    allow_private: bool,
    max_age: str | None,
    no_cache: bool,
    cache_path: Path | None,
    concurrency: int,
    per_host: int,
    timeout: float,
    archive_endpoint: str,
    no_archive: bool,
) -> None:
    """Check every URL cited in the INPUTS (.bib, CSL-JSON, URL lists, articles, folders).

    Exit status: 0 when no link is dead, 1 when some are (see --fail-on),
    2 on usage or input errors. A progress bar is drawn on stderr when stderr
    is a terminal.
    """
    if enrich and not update:
        raise UsageError("--enrich needs --update")
    if update and output is None:
        raise UsageError("--update needs -o FILE.bib", hint="the input is never overwritten")
    if no_cache and cache_path is not None:
        raise UsageError("--no-cache and --cache do not go together")
    loaded = load_inputs(inputs)
    if update and len(loaded.libraries) != 1:
        raise UsageError("--update needs exactly one .bib input")
    options = CheckOptions(
        concurrency=concurrency,
        per_host=per_host,
        total_timeout=timeout,
        read_timeout=min(defaults.DEFAULT_READ_TIMEOUT, timeout),
        connect_timeout=min(defaults.DEFAULT_CONNECT_TIMEOUT, timeout),
        allow_private=allow_private,
        archive=not no_archive,
        archive_endpoint=archive_endpoint,
        collect_metadata=enrich,
        cache_path=None if no_cache else (cache_path or default_cache_path()),
    )
    if max_age is not None:
        seconds = parse_duration(max_age)
        options.max_age = {verdict: seconds for verdict in defaults.VERDICTS}
    if loaded.without_url:
        click.echo(
            f"{loaded.without_url} reference(s) have no URL: nothing to check there", err=True
        )
    if not loaded.targets:
        click.echo("no URLs to check", err=True)
    progress = _Progress() if sys.stderr.isatty() and loaded.targets else None
    started = time.monotonic()
    run = check_run(loaded.targets, options, progress=progress)
    for warning in run.warnings:
        click.echo(f"refharvest: warning: {warning}", err=True)
    table_on_terminal = fmt == "table" and (update or output is None)
    if not run.network.reachable and not table_on_terminal:
        # Said once: the table says it itself; other formats keep it in the file.
        unchecked = sum(1 for r in run.results if r.reason == "network-unreachable")
        click.echo(
            f"refharvest: network unreachable ({run.network.detail}): "
            f"{unchecked} link(s) not checked, reported as unknown",
            err=True,
        )
    context = ReportContext(
        network=run.network, warnings=run.warnings, elapsed_s=time.monotonic() - started
    )
    report = FORMATS[fmt](run.results, context)
    if update:
        assert output is not None
        ((bib_path, library),) = loaded.libraries.items()
        changes = apply_updates(library, run.results, enrich=enrich)
        write_library(library, output)
        for change in changes:
            click.echo(f"updated {change}", err=True)
        click.echo(f"wrote {output} ({len(changes)} field(s) changed in {bib_path})", err=True)
        emit(report, None)
    else:
        emit(report, output)
    sys.exit(exit_code(run.results, fail_on))
