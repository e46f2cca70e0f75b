"""``refharvest export``: convert a bibliography between formats."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..errors import UsageError
from ..export import READERS, WRITERS, read_references, write_references
from .common import emit

_SUFFIX_FORMATS = {".bib": "bibtex", ".ris": "ris", ".json": "csljson"}


def run(
    path: str | os.PathLike[str],
    to: str,
    *,
    ascii: bool = False,
    from_format: str | None = None,
) -> str:
    """The bibliography at ``path`` (format detected unless given) as ``to`` text."""
    return write_references(read_references(path, fmt=from_format), to, ascii=ascii)


@click.command("export")
@click.argument("input_path", metavar="FILE", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-t",
    "--to",
    "to",
    type=click.Choice(list(WRITERS)),
    help="Output format (default: from the -o suffix: .bib bibtex, .ris, .json csljson).",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="File (default: stdout).")
@click.option(
    "--from",
    "from_format",
    type=click.Choice(list(READERS)),
    help="Input format (default: detected from the content).",
)
@click.option("--ascii", "ascii_only", is_flag=True, help="ASCII output (LaTeX escapes in .bib).")
def cli(
    input_path: str,
    to: str | None,
    output: Path | None,
    from_format: str | None,
    ascii_only: bool,
) -> None:
    """Convert FILE (.bib, CSL-JSON, RIS or refharvest JSON) to another format."""
    if to is None:
        suffix = output.suffix.lower() if output is not None else ""
        if suffix not in _SUFFIX_FORMATS:
            raise UsageError(
                "no output format", hint="give --to " + "|".join(WRITERS) + " or an -o suffix"
            )
        to = _SUFFIX_FORMATS[suffix]
    emit(run(input_path, to, ascii=ascii_only, from_format=from_format), output)
