"""HTML → text / Markdown on citeproc-js output.

The strongest check uses two citeproc-js outputs of the same bibliography (the
committed oracle fixtures): converting its HTML to text must give its own text
output, for every bundled style.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from refharvest.export.render import html_to_markdown, html_to_text

EXPECTED = Path(__file__).parents[1] / "oracle" / "expected"
STYLES = sorted(p.stem for p in EXPECTED.glob("*.html") if not p.stem.startswith("notes-"))


def html_entries(html: str) -> list[str]:
    body = html.strip().removeprefix('<div class="csl-bib-body">').removesuffix("</div>")
    return [e for e in re.split(r'(?=<div class="csl-entry">)', body) if e.strip()]


def test_every_bundled_style_has_fixtures() -> None:
    assert len(STYLES) == 9


@pytest.mark.parametrize("style", STYLES)
def test_html_to_text_equals_citeprocs_own_text(style: str) -> None:
    html = (EXPECTED / f"{style}.html").read_text(encoding="utf-8")
    text = (EXPECTED / f"{style}.txt").read_text(encoding="utf-8").splitlines()
    assert [html_to_text(e) for e in html_entries(html)] == [" ".join(t.split()) for t in text]


def test_notes_html_to_text() -> None:
    html = (EXPECTED / "notes-repeat.chicago-notes.html").read_text(encoding="utf-8")
    text = (EXPECTED / "notes-repeat.chicago-notes.txt").read_text(encoding="utf-8")
    assert [html_to_text(line) for line in html.splitlines()] == text.splitlines()


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        pytest.param(
            '<div class="csl-entry">Cutler, R. M. (2025). Title. '
            "<i>Times of Central Asia</i>.</div>",
            "Cutler, R. M. (2025). Title. *Times of Central Asia*.",
            id="italics",
        ),
        pytest.param("<b>Bold</b> and <sup>2</sup>", "**Bold** and <sup>2</sup>", id="bold-sup"),
        pytest.param(
            '<span style="font-style:italic;">It</span> '
            '<span style="font-variant:small-caps;">Sc</span>',
            "*It* Sc",
            id="span-styles",
        ),
        pytest.param(
            "a_b*c* [x] &#60;tag&#62; &#38;",
            r"a\_b\*c\* \[x\] \<tag\> &",
            id="escapes",
        ),
        pytest.param(
            '<div class="csl-entry">\n    <div class="csl-left-margin">1.</div>'
            '<div class="csl-right-inline">Abdülkerimov B. Title.</div>\n  </div>',
            r"1\. Abdülkerimov B. Title.",
            id="numbered-not-a-list",
        ),
        pytest.param('<a href="https://x.org/">x.org</a>', "[x.org](https://x.org/)", id="link"),
    ],
)
def test_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_text_drops_markup_and_unescapes() -> None:
    assert html_to_text("<i>Anadolu Ajansı</i> &#38; <b>x</b>\n  y") == "Anadolu Ajansı & x y"
