"""The merge report: what was merged, from where, and what a person should decide.

``merge-report.json`` (for tools) and ``merge-report.md`` (for people) hold the
counts in → out, each merged group with its members (article, footnote, raw
text) and the member each field came from, each possible duplicate with its
evidence and the decision line to paste into ``dedupe-decisions.json``, the
translation links between articles, and the diagnostics.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..fsutil import atomic_write_text
from ..model import Reference
from .decisions import DECISIONS_FILE
from .library import LibraryResult
from .matching import DedupeResult

JSON_NAME = "merge-report.json"
MARKDOWN_NAME = "merge-report.md"


def _name(ref: Reference) -> str:
    """How a decision file can name ``ref``: its key, else its URL."""
    return ref.key or ref.url or ref.title


def _summary(ref: Reference) -> dict[str, Any]:
    return {
        "key": ref.key,
        "title": ref.title,
        "container_title": ref.container_title,
        "issued": ref.issued.iso() if ref.issued else "",
        "url": ref.url,
        "cited_in": [c.label() for c in ref.citations],
    }


def report_data(result: LibraryResult | DedupeResult) -> dict[str, Any]:
    """The report as plain data (what ``merge-report.json`` holds)."""
    library = result if isinstance(result, LibraryResult) else None
    dedupe = result.dedupe if isinstance(result, LibraryResult) else result
    counts: dict[str, Any] = dict(dedupe.stats)
    if library is not None:
        counts["articles"] = len(library.articles)
        counts["entries"] = len(library.entries)
    groups = []
    for group in dedupe.groups:
        groups.append(
            {
                **_summary(group.merged),
                "evidence": group.evidence,
                "members": [
                    {
                        "article": c.article,
                        "footnote": c.footnote,
                        "position": c.position,
                        "raw": c.raw,
                        "title": member.title,
                        "container_title": member.container_title,
                        "issued": member.issued.iso() if member.issued else "",
                        "url": member.url,
                    }
                    for member in group.members
                    for c in (member.citations or [None])  # type: ignore[list-item]
                    if c is not None
                ],
                "fields": group.sources,
                "alternates": group.alternates,
            }
        )
    possible = [
        {
            "entries": [_summary(p.first), _summary(p.second)],
            "evidence": p.evidence,
            "decide": [_name(p.first), _name(p.second)],
        }
        for p in dedupe.possible
    ]
    data: dict[str, Any] = {
        "counts": counts,
        "merged": groups,
        "possible_duplicates": possible,
    }
    diagnostics = library.diagnostics if library is not None else dedupe.diagnostics
    if library is not None:
        data["translations"] = [
            {
                "translation": link.translation.key,
                "original": link.original.key,
                "evidence": link.evidence,
            }
            for link in library.translations
        ]
        data["corrected"] = library.corrected
    data["diagnostics"] = [d.to_json() for d in diagnostics]
    return data


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(data: dict[str, Any]) -> str:
    counts = data["counts"]
    lines = [
        "# Merge report",
        "",
        f"{counts['references_in']} references in → {counts['works_out']} works out "
        f"({counts['merged_groups']} merged groups, "
        f"{counts['possible_duplicates']} possible duplicates to decide).",
    ]
    if "entries" in counts:
        lines.append(
            f"Library: {counts['entries']} entries "
            f"({counts['articles']} article records + {counts['works_out']} works)."
        )
    lines += ["", "## Merged", ""]
    if not data["merged"]:
        lines.append("Nothing was merged.")
    for group in data["merged"]:
        lines += [
            f"### {group['key'] or '(no key)'}: {_md(group['title'])}",
            "",
            "Evidence: " + "; ".join(group["evidence"]),
            "",
            "| cited in | raw text |",
            "|---|---|",
        ]
        for member in group["members"]:
            where = (
                f"{member['article']} fn {member['footnote']}"
                if member["footnote"] is not None
                else f"{member['article']} entry {member['position'] + 1}"
            )
            lines.append(f"| {where} | {_md(member['raw'])} |")
        lines += ["", "Fields: " + ", ".join(f"{k} ← {v}" for k, v in group["fields"].items())]
        for name, values in group["alternates"].items():
            lines.append(f"Also given as {name}: " + " | ".join(_md(v) for v in values))
        lines.append("")
    lines += ["## Possible duplicates", ""]
    if not data["possible_duplicates"]:
        lines.append("None.")
    else:
        lines += [
            f"Decide each by adding its pair to `same` or `different` in `{DECISIONS_FILE}` "
            "in the corpus folder; the next run honours it.",
            "",
        ]
    for number, item in enumerate(data["possible_duplicates"], 1):
        first, second = item["entries"]
        lines += [
            f"{number}. `{first['key']}` {_md(first['title'])} ({_md(first['container_title'])}, "
            f"{first['issued'] or 'n.d.'}, {first['url'] or 'no URL'})",
            f"   vs `{second['key']}` {_md(second['title'])} ({_md(second['container_title'])}, "
            f"{second['issued'] or 'n.d.'}, {second['url'] or 'no URL'})",
            "   Evidence: " + "; ".join(_md(e) for e in item["evidence"]),
            f"   Decision: `{json.dumps(item['decide'], ensure_ascii=False)}`",
        ]
    if data.get("translations"):
        lines += ["", "## Translations", ""]
        for link in data["translations"]:
            lines.append(
                f"- `{link['translation']}` is a translation of `{link['original']}` "
                f"({'; '.join(link['evidence'])})"
            )
    if data.get("corrected"):
        lines += ["", "## Corrected from corrections.bib", ""]
        lines += [f"- `{key}`" for key in data["corrected"]]
    if data["diagnostics"]:
        lines += ["", "## Diagnostics", ""]
        for item in data["diagnostics"]:
            where = item["article"] + (f" [{item['footnote']}]" if item["footnote"] else "")
            lines.append(f"- {item['severity']}: {where}: {_md(item['message'])} ({item['code']})")
    return "\n".join(lines) + "\n"


def write_merge_report(result: LibraryResult | DedupeResult, out_dir: Path) -> list[Path]:
    """Write ``merge-report.json`` and ``merge-report.md`` atomically into ``out_dir``."""
    data = report_data(result)
    out = Path(out_dir)
    json_path, md_path = out / JSON_NAME, out / MARKDOWN_NAME
    atomic_write_text(json_path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    atomic_write_text(md_path, render_markdown(data))
    return [json_path, md_path]
