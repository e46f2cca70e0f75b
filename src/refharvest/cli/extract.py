"""``refharvest extract``: articles in, one bibliography file out."""

from __future__ import annotations

from pathlib import Path

import click

from ..export import write_references
from ..harvest import harvest_paths
from ..keys import assign_keys
from .common import HARVEST_FORMATS, emit


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout)."
)
@click.option(
    "--format", "fmt", type=click.Choice(HARVEST_FORMATS), default="bibtex", show_default=True
)
@click.option("--ascii", "ascii_only", is_flag=True, help="Write LaTeX escapes instead of UTF-8.")
@click.option("--with-articles", is_flag=True, help="Also write each article's own record.")
def cli(
    inputs: tuple[Path, ...], output: Path | None, fmt: str, ascii_only: bool, with_articles: bool
) -> None:
    """Harvest every footnote of the INPUTS (files or folders) into one file.

    Nothing is merged here (that is `build` and `dedupe`): each citation of
    each article becomes its own entry, with its provenance.
    """
    articles = harvest_paths(inputs)
    refs = []
    for article in articles:
        if with_articles:
            refs.append(article.record)
        refs.extend(article.references)
        for diag in article.diagnostics:
            if diag.severity != "info":
                click.echo(str(diag), err=True)
    assign_keys(refs)
    emit(write_references(refs, fmt, ascii=ascii_only), output)
    click.echo(
        f"{len(articles)} articles, {sum(len(a.references) for a in articles)} references",
        err=True,
    )
