"""``refharvest styles``: the citation styles and locales on offer."""

from __future__ import annotations

import click

from ..export.styles import (
    BUNDLED_STYLES,
    SUPPORTED_LOCALES,
    available_locales,
    repository_style_names,
)


def styles_listing(*, all_styles: bool = False, locales: bool = False) -> str:
    """The text `refharvest styles` prints (a library function so `build` can reuse it)."""
    if locales:
        rows = [
            f"{name}{'  *' if name in SUPPORTED_LOCALES else ''}" for name in available_locales()
        ]
        return "\n".join(rows) + "\n(* tested with refharvest)\n"
    if all_styles:
        return "\n".join(repository_style_names()) + "\n"
    width = max(len(name) for name in BUNDLED_STYLES)
    lines = []
    for style in BUNDLED_STYLES.values():
        extra = f" [{style.locale}]" if style.locale else ""
        lines.append(f"{style.name:<{width}}  {style.description}{extra}  ({style.file}.csl)")
    lines.append("")
    lines.append("Any style of the CSL repository by its id (`refharvest styles --all`),")
    lines.append("or a .csl file by its path.")
    return "\n".join(lines) + "\n"


@click.command("styles")
@click.option("--all", "all_styles", is_flag=True, help="List every CSL repository style id.")
@click.option("--locales", is_flag=True, help="List the locales instead.")
def cli(all_styles: bool, locales: bool) -> None:
    """List the citation styles (and locales) `format` accepts."""
    click.echo(styles_listing(all_styles=all_styles, locales=locales), nl=False)
