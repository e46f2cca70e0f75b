"""The ``refharvest`` command: a thin click layer over the library.

Each sub-command lives in its own module exposing ``cli``; they are imported
only when used, so ``refharvest check`` never pays for the style engine.
Exit codes: 0 success, 1 a result the user asked to fail on (dead links),
2 usage or input errors, with a one-line reason and no traceback.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ..errors import RefharvestError

#: command name -> module defining a click command named ``cli``
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("refharvest.cli.extract", "Harvest articles' footnotes into BibTeX or JSON."),
    "build": ("refharvest.cli.build", "Harvest, deduplicate and write a whole corpus to a folder."),
    "parse": ("refharvest.cli.parse", "Parse reference strings, one a line."),
    "dedupe": ("refharvest.cli.dedupe", "Deduplicate existing .bib files into one library."),
    "check": ("refharvest.cli.check", "Check every URL of a bibliography over HTTP."),
    "format": ("refharvest.cli.format", "Format references in a citation style (APA, MLA, ...)."),
    "export": ("refharvest.cli.export", "Convert a bibliography to another format."),
    "styles": ("refharvest.cli.styles", "List the citation styles on offer."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(COMMANDS[cmd_name][0])
        command: click.Command = module.cli
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """User errors become one line on stderr and their exit code, never a traceback."""
        try:
            return super().invoke(ctx)
        except RefharvestError as exc:
            click.echo(f"refharvest: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:
            ctx.exit(0)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_text) for name, (_, help_text) in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup)
@click.version_option(package_name="refharvest")
def cli() -> None:
    """Harvest, deduplicate, link-check and format the references of articles."""


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=argv, prog_name="refharvest")
