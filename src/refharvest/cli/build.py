"""``refharvest build``: the whole corpus to an output folder."""

from __future__ import annotations

from pathlib import Path

import click

from ..build import build_corpus
from ..summary import render_summary_table


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="Folder to write the library and reports to.",
)
@click.option(
    "--style",
    "styles",
    multiple=True,
    help="Citation style for the formatted lists (repeatable; default: a standard set).",
)
@click.option("--no-styles", is_flag=True, help="Skip the formatted reference lists.")
@click.option(
    "--keep-going",
    is_flag=True,
    help="Skip unreadable files (reported, exit code 3) instead of stopping.",
)
@click.pass_context
def cli(
    ctx: click.Context,
    inputs: tuple[Path, ...],
    out_dir: Path,
    styles: tuple[str, ...],
    no_styles: bool,
    keep_going: bool,
) -> None:
    """Harvest, deduplicate and write a corpus (files or folders) to OUTPUT.

    Writes references.bib, references.csl.json, merge-report.{md,json},
    summary.json and references.<style>.{txt,md,html}.
    """
    chosen = [] if no_styles else (list(styles) or None)
    result = build_corpus(
        inputs,
        out_dir,
        styles=chosen,
        keep_going=keep_going,
        log=lambda line: click.echo(line, err=True),
    )
    click.echo(render_summary_table(result.summary))
    library = result.summary.get("library", {})
    works = library.get("works_out", len(result.entries))
    click.echo(
        f"library: {library.get('references_in', '?')} references -> {works} cited works"
        f" ({library.get('merged_groups', 0)} merged groups,"
        f" {library.get('possible_duplicates', 0)} possible duplicates to review)"
        f" + {len(result.entries) - works} article records -> {out_dir}/"
    )
    if result.summary["failures"]:
        ctx.exit(3)
