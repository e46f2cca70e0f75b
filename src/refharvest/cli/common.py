"""Options and output helpers shared by the commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..fsutil import atomic_write_text

HARVEST_FORMATS = ("bibtex", "biblatex", "csljson", "json")


def emit(text: str, output: Path | None) -> None:
    """Write to ``output`` atomically, or to stdout when no file is given."""
    if not text.endswith("\n"):
        text += "\n"
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(output, text)
        click.echo(f"wrote {output}", err=True)
