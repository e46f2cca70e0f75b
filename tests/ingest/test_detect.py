"""Reader choice by content; the extension only breaks ties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refharvest.ingest import detect_kind, read_document
from refharvest.ingest.detect import contains_pair

REFS = Path(__file__).resolve().parents[2] / "refs"


@pytest.mark.parametrize(
    ("prefix", "kind"),
    [
        pytest.param("000", "pdf-text", id="000-pdf-footers-and-link-lists"),
        pytest.param("001", "markdown", id="001-caret-markers-and-autolinks"),
        pytest.param("002", "text", id="002-plain"),
        pytest.param("003", "text", id="003-plain"),
        pytest.param("004", "text", id="004-plain"),
    ],
)
def test_seed_kinds(prefix: str, kind: str) -> None:
    path = next(REFS.glob(f"{prefix}_*.txt"))
    assert read_document(path).kind == kind


@pytest.mark.parametrize(
    ("text", "path", "kind"),
    [
        pytest.param("<!DOCTYPE html><html><p>x</p></html>", "a.txt", "html", id="doctype"),
        pytest.param("\n  <html lang='tr'><body>x</body></html>", "a.md", "html", id="html-tag"),
        pytest.param("<p>a</p><p>b</p><p>c</p><div>d</div><p>e</p>", "a.txt", "html", id="tags"),
        pytest.param("Some text\fmore on page two", "a.txt", "pdf-text", id="form-feed"),
        pytest.param("Body.^[1]\n\n[1] Note", "a.txt", "markdown", id="caret"),
        pytest.param("See <https://example.org/>.", "a.txt", "markdown", id="autolink"),
        pytest.param("# Title\n\n**Bold** text", "a.txt", "markdown", id="weak-signs"),
        pytest.param("Just words.", "a.md", "markdown", id="md-extension"),
        pytest.param("Just words.", "a.txt", "text", id="plain"),
        pytest.param("a <b> c", "a.html", "text", id="html-extension-but-no-markup"),
    ],
)
def test_detection(text: str, path: str, kind: str) -> None:
    assert detect_kind(text, path) == kind


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="](<*/ığ", max_size=400), pair=st.sampled_from(["](", "</", "**"]))
def test_contains_pair_agrees_with_in(text: str, pair: str) -> None:
    """Python's own ``in`` is the reference, including texts with many first characters."""
    assert contains_pair(text, pair) == (pair in text)


def test_contains_pair_past_many_first_characters() -> None:
    assert contains_pair("]" * 200 + "](", "](")
    assert not contains_pair("]" * 200, "](")
