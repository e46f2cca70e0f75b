"""The run summary: counts and the table's diagnostic lines.

The article is written here: two notes, the second of which holds no
reference a person could read, so one reference is complete and one partial.
"""

from __future__ import annotations

from refharvest.harvest import harvest_text
from refharvest.summary import render_summary_table, run_summary

ARTICLE = """Some body text here.[1] More.[2]

[1] Title Only, Site, 2020, https://example.org/a
[2] %%% ???
"""


def test_counts_and_partial_reference_shown_with_raw_text() -> None:
    summary = run_summary([harvest_text(ARTICLE, article_id="t")])
    assert summary["totals"]["footnotes"] == 2
    assert summary["totals"]["references"] == 2
    assert summary["totals"]["complete"] == 1
    assert summary["totals"]["partial"] == 1
    table = render_summary_table(summary)
    (warning,) = [line for line in table.splitlines() if line.lstrip().startswith("warning:")]
    assert "t [2]" in warning
    assert "%%% ???" in warning
