"""``refharvest dedupe``: merge duplicate entries of existing .bib files.

A thin layer over :func:`refharvest.dedupe.bibdedupe.dedupe_bib_files`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..dedupe import Decisions, SiteAliases, write_merge_report
from ..dedupe.bibdedupe import dedupe_bib_files
from ..fsutil import atomic_write_text


def _load_decisions(path: Path | None) -> Decisions | None:
    return Decisions.from_file(path) if path is not None else None


def _load_aliases(path: Path | None) -> SiteAliases:
    aliases = SiteAliases.default()
    if path is not None:
        aliases.extend_from_file(path)
    return aliases


@click.command("dedupe")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Deduplicated .bib to write (default: standard output).",
)
@click.option(
    "--report",
    "report_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder for merge-report.md and merge-report.json.",
)
@click.option(
    "--decisions",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help='Pairs decided by a person: {"same": [[k1, k2]], "different": [[k3, k4]]}.',
)
@click.option(
    "--aliases",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Extra site aliases (same format as refs/site-aliases.json).",
)
def cli(
    inputs: tuple[Path, ...],
    output: Path | None,
    report_dir: Path | None,
    decisions: Path | None,
    aliases: Path | None,
) -> None:
    """Merge duplicate entries of one or more .bib files into one library.

    Keeps every field of every entry, @string definitions and comments;
    merged entries keep the other members' keys in `ids`.
    """
    result = dedupe_bib_files(
        inputs, aliases=_load_aliases(aliases), decisions=_load_decisions(decisions)
    )
    if output is None or str(output) == "-":
        sys.stdout.write(result.text)
    else:
        atomic_write_text(output, result.text)
    stats = result.dedupe.stats
    click.echo(
        f"dedupe: {result.entries_in} entries in -> {result.entries_out} out "
        f"({stats['merged_groups']} merged groups, "
        f"{stats['possible_duplicates']} possible duplicates, "
        f"{len(result.renamed)} keys renamed)",
        err=True,
    )
    for group in result.dedupe.groups:
        keys = ", ".join(m.key for m in group.members)
        click.echo(f"  merged {keys}: {group.evidence[0] if group.evidence else ''}", err=True)
    for file_name, old, new in result.renamed:
        click.echo(f"  renamed {old} -> {new} ({file_name}): another work had that key", err=True)
    for item in result.diagnostics:
        click.echo(f"  {item}", err=True)
    if report_dir is not None:
        for path in write_merge_report(result.dedupe, report_dir):
            click.echo(f"wrote {path}", err=True)
    if output is not None and str(output) != "-":
        click.echo(f"wrote {output}", err=True)
