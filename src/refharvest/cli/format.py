"""``refharvest format``: references in a citation style, through citeproc-js."""

from __future__ import annotations

from pathlib import Path

import click

from ..export.citeproc import OUTPUT_FORMATS, OutputFormat, format_file
from .common import emit

_SUFFIX_FORMATS: dict[str, OutputFormat] = {".html": "html", ".htm": "html", ".md": "md"}


@click.command("format")
@click.argument(
    "input_path", metavar="INPUT", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-s",
    "--style",
    default="apa",
    show_default=True,
    help="Style name (see `refharvest styles`), CSL repository id, or a .csl file.",
)
@click.option("--locale", help="en-US, en-GB, tr-TR, de-DE, ru-RU ... (default: the style's).")
@click.option(
    "--to",
    "to",
    type=click.Choice(OUTPUT_FORMATS),
    help="Output format (default: from the -o suffix, else text).",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout)."
)
@click.option(
    "--notes", is_flag=True, help="Render the footnotes in order, as the style cites them."
)
def cli(
    input_path: Path,
    style: str,
    locale: str | None,
    to: OutputFormat | None,
    output: Path | None,
    notes: bool,
) -> None:
    """Format the references of INPUT (.bib, .json, .ris or an article) in a citation style.

    With --notes, an article's footnotes (or a bibliography file's cited notes)
    are rendered in order as citation clusters: later citations of a work get
    the style's short form, and "Ibid." where the style uses it.
    """
    if to is None:
        to = _SUFFIX_FORMATS.get(output.suffix.lower(), "text") if output else "text"
    result = format_file(input_path, style, locale=locale, to=to, notes=notes)
    for key, message in result.errors:
        click.echo(f"refharvest: warning: {key}: not rendered: {message}", err=True)
    emit(result.output, output)
