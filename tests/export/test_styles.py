"""Style and locale lookup: names, paths, dependent styles, close matches, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from refharvest.errors import StyleError
from refharvest.export.styles import (
    BUNDLED_STYLES,
    DEFAULT_BUILD_STYLES,
    SUPPORTED_LOCALES,
    available_locales,
    load_style,
    resolve_locale,
    style_locale,
    styles_dir,
)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # Titles as the CSL repository files state them.
        ("apa", "APA Style 7th edition"),
        ("mla", "MLA Handbook 9th edition (in-text citations)"),
        ("chicago-notes", "Chicago Manual of Style 17th edition (notes and bibliography)"),
        ("chicago-notes-18", "Chicago Manual of Style 18th edition (notes and bibliography)"),
        ("chicago-author-date", "Chicago Manual of Style 17th edition (author-date)"),
        ("chicago-author-date-18", "Chicago Manual of Style 18th edition (author-date)"),
        ("harvard", "Cite Them Right 12th edition (author-date/Harvard)"),
        ("ieee", "IEEE Reference Guide version 11.29.2023"),
        ("vancouver", "NLM/Vancouver: Citing Medicine 2nd edition (citation-sequence)"),
    ],
)
def test_bundled_names_point_at_the_promised_editions(name: str, title: str) -> None:
    style = load_style(name)
    assert style.title == title
    assert style.has_bibliography


def test_bundled_and_default_sets() -> None:
    assert set(DEFAULT_BUILD_STYLES) <= set(BUNDLED_STYLES)
    assert set(SUPPORTED_LOCALES) <= set(available_locales())


def test_note_and_in_text_classes() -> None:
    assert load_style("chicago-notes").style_class == "note"
    assert load_style("apa").style_class == "in-text"


def test_names_are_case_insensitive_and_repository_ids_work() -> None:
    assert load_style("APA").name == "apa"
    assert load_style("apa-6th-edition").title == "APA Style 6th edition"


def test_dependent_style_resolves_to_parent() -> None:
    """nature-digest.csl links to nature.csl as its independent parent."""
    style = load_style("nature-digest")
    assert style.path.name == "nature.csl"
    assert "<bibliography" in style.xml


def test_csl_path(tmp_path: Path) -> None:
    path = tmp_path / "mine.csl"
    path.write_text((styles_dir() / "ieee.csl").read_text(encoding="utf-8"), encoding="utf-8")
    style = load_style(str(path))
    assert style.name == "mine" and style.path == path


def test_unknown_style_lists_close_matches() -> None:
    with pytest.raises(StyleError) as info:
        load_style("chicago-note")
    message = str(info.value)
    assert "unknown style 'chicago-note'" in message
    assert "chicago-notes" in message


def test_close_matches_are_listed_once() -> None:
    # "apa" is both a bundled name and a repository file name: it must appear once.
    with pytest.raises(StyleError) as info:
        load_style("apx")
    matches = str(info.value).split("close matches: ")[1].rstrip(")").split(", ")
    assert len(matches) == len(set(matches))
    assert "apa" in matches


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("<style", "not a valid CSL file", id="not-xml"),
        pytest.param("<html/>", "not a CSL style", id="not-csl"),
        pytest.param(
            '<style xmlns="http://purl.org/net/xbiblio/csl"><info/></style>',
            "without a <citation>",
            id="no-citation",
        ),
    ],
)
def test_broken_csl_file_is_named(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "broken.csl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StyleError) as info:
        load_style(str(path))
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_csl_file() -> None:
    with pytest.raises(StyleError, match="no such style file"):
        load_style("/nonexistent/x.csl")


@pytest.mark.parametrize(
    ("given", "resolved"),
    [("en-US", "en-US"), ("en_gb", "en-GB"), ("tr", "tr-TR"), ("DE-de", "de-DE"), ("ru", "ru-RU")],
)
def test_locales_resolve(given: str, resolved: str) -> None:
    assert resolve_locale(given) == resolved


def test_unknown_locale_lists_close_matches() -> None:
    with pytest.raises(StyleError) as info:
        resolve_locale("tr-TT")
    assert "tr-TR" in str(info.value)


def test_locale_defaults() -> None:
    """Harvard (Cite Them Right) is British by default; a user's --locale wins."""
    assert style_locale(load_style("harvard"), None) == "en-GB"
    assert style_locale(load_style("harvard"), "de") == "de-DE"
    assert style_locale(load_style("apa"), None) == "en-US"
