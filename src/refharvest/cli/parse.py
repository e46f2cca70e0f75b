"""``refharvest parse``: reference strings in, one record per line out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..export import write_references
from ..ingest import decode_text_bytes
from ..parse_lines import parse_lines
from .common import HARVEST_FORMATS, emit


@click.command("parse")
@click.argument("source", type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File to write (default: stdout)."
)
@click.option(
    "--format", "fmt", type=click.Choice(HARVEST_FORMATS), default="csljson", show_default=True
)
@click.option("--ascii", "ascii_only", is_flag=True, help="LaTeX escapes in BibTeX output.")
@click.option("--language", default="", help="Language hint for dates and titles (tr, en, de, ru).")
def cli(source: Path, output: Path | None, fmt: str, ascii_only: bool, language: str) -> None:
    """Parse SOURCE (a file, or - for stdin): one reference string a line.

    Writes exactly one item per input line, in input order, each with an id,
    even for a line that cannot be parsed (its raw text goes to the note).
    """
    if str(source) == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = str(source)
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise click.FileError(name, hint=exc.strerror) from exc
    text = decode_text_bytes(data, path=name)
    refs, problems = parse_lines(text, source=Path(name).stem or "stdin", language_hint=language)
    for diag in problems:
        if diag.severity != "info":
            click.echo(str(diag), err=True)
    emit(write_references(refs, fmt, ascii=ascii_only), output)
