"""The Markdown reader: inline link targets are evidence, notes stay text."""

from __future__ import annotations

from pathlib import Path

from refharvest.ingest import read_document
from refharvest.ingest.markdown import inline_link_targets

REFS = Path(__file__).resolve().parents[2] / "refs"


def test_inline_link_targets_in_order_without_duplicates() -> None:
    text = (
        "See [the report](https://example.org/r) and [again](https://example.org/r), "
        "[a page](http://example.com/p?q=1) and [an anchor](#top). <https://auto.link/>"
    )
    assert inline_link_targets(text) == ["https://example.org/r", "http://example.com/p?q=1"]


def test_seed_001_is_markdown_with_no_absolute_inline_links() -> None:
    # Its only inline link is "[Turkish language article](#)" (line 15).
    doc = read_document(next(REFS.glob("001_*.txt")))
    assert doc.kind == "markdown"
    assert doc.link_evidence == []
    assert doc.notes is None  # the footnote finder reads its "[n]" notes
