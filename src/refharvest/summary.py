"""The run summary: per article, what came in and what became of it.

A pure function of the harvest, rendered as JSON (for tools) and as a
terminal table (for people), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import RefharvestError
from .model import Article


def article_summary(article: Article) -> dict[str, Any]:
    partial = [ref for ref in article.references if not ref.complete]
    notes = [n for n in article.footnotes if n.kind == "footnote"]
    listed = [n for n in article.footnotes if n.kind == "list"]
    record = article.record
    return {
        "article": article.id,
        "path": article.path,
        "kind": article.kind,
        "language": record.language,
        "title": record.title,
        "authors": [name.display() for name in record.authors],
        "footnotes": len(notes),
        "reference_list_items": len(listed),
        "references": len(article.references),
        "complete": len(article.references) - len(partial),
        "partial": len(partial),
        "with_url": sum(1 for ref in article.references if ref.url),
        "diagnostics": [d.to_json() for d in article.diagnostics],
    }


def run_summary(
    articles: Sequence[Article],
    failures: Sequence[tuple[Path, RefharvestError]] = (),
    *,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    per_article = [article_summary(a) for a in articles]
    totals = {
        "articles": len(articles),
        "failed_files": len(failures),
        "footnotes": sum(a["footnotes"] for a in per_article),
        "reference_list_items": sum(a["reference_list_items"] for a in per_article),
        "references": sum(a["references"] for a in per_article),
        "complete": sum(a["complete"] for a in per_article),
        "partial": sum(a["partial"] for a in per_article),
        "diagnostics": sum(len(a["diagnostics"]) for a in per_article),
    }
    summary: dict[str, Any] = {
        "totals": totals,
        "articles": per_article,
        "failures": [{"path": str(path), "error": str(err)} for path, err in failures],
    }
    if extra:
        summary.update(extra)
    return summary


def render_summary_table(summary: dict[str, Any]) -> str:
    """A fixed-width table for the terminal, one row per article."""
    header = ("article", "lang", "notes", "refs", "complete", "partial", "diag")
    rows = [header]
    for art in summary["articles"]:
        rows.append(
            (
                art["article"],
                art["language"] or "?",
                str(art["footnotes"] + art["reference_list_items"]),
                str(art["references"]),
                str(art["complete"]),
                str(art["partial"]),
                str(len(art["diagnostics"])),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for index, row in enumerate(rows):
        cells = [
            cell.ljust(width) if col < 2 else cell.rjust(width)
            for col, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    totals = summary["totals"]
    lines.append(
        f"{totals['articles']} articles, {totals['footnotes']} footnotes"
        f" + {totals['reference_list_items']} reference-list items"
        f" -> {totals['references']} references"
        f" ({totals['complete']} complete, {totals['partial']} partial),"
        f" {totals['diagnostics']} diagnostics"
    )
    for art in summary["articles"]:
        for diag in art["diagnostics"]:
            label = "note" if diag["severity"] == "info" else diag["severity"]
            where = art["article"]
            if diag["footnote"] is not None:
                where += f" [{diag['footnote']}]"
            raw = " ".join(diag["raw"].split())
            shown = f": {raw[:77]}..." if len(raw) > 80 else (f": {raw}" if raw else "")
            text = f"  {label}: {where}: {diag['message']}"
            lines.append(text + (shown if label != "note" else ""))
    for failure in summary["failures"]:
        lines.append(f"  error: {failure['error']}")
    return "\n".join(lines)
