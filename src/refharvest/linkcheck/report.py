"""Link-check reports: terminal table, JSON, CSV, Markdown, HTML and JUnit XML.

Each format is a function from results to text, found in ``FORMATS`` (papis'
exporter registry is the model). They are pure: the command line writes the
text where it belongs.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from .results import VERDICTS, LinkResult, NetworkStatus, result_to_dict

#: Version of the JSON layout; raised when a key changes meaning or disappears.
JSON_VERSION = 1


@dataclass(slots=True)
class ReportContext:
    """What a report says besides the results: the run's network state and warnings."""

    network: NetworkStatus = field(default_factory=lambda: NetworkStatus(True))
    warnings: list[str] = field(default_factory=list)
    elapsed_s: float | None = None


def summary_counts(results: Sequence[LinkResult]) -> dict[str, int]:
    counts = Counter(r.verdict for r in results)
    return {
        "total": len(results),
        **{verdict: counts.get(verdict, 0) for verdict in VERDICTS},
        "redirected": sum(1 for r in results if r.redirects),
        "archived": sum(1 for r in results if r.archived_url),
        "title_mismatch": sum(1 for r in results if r.title_mismatch),
        "flaky": sum(1 for r in results if r.history == "flaky"),
    }


def summary_line(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    """One line a person reads first: ``12 links: 9 alive, 2 dead, 1 unknown (…)``."""
    counts = summary_counts(results)
    text = (
        f"{counts['total']} link{'s' if counts['total'] != 1 else ''}: "
        f"{counts['alive']} alive, {counts['dead']} dead, {counts['unknown']} unknown"
    )
    extras = [
        f"{counts[key]} {label}"
        for key, label in (
            ("redirected", "redirected"),
            ("archived", "with an archived copy"),
            ("title_mismatch", "with another title"),
            ("flaky", "flaky"),
        )
        if counts[key]
    ]
    if extras:
        text += f" ({', '.join(extras)})"
    if context is not None and context.elapsed_s is not None:
        text += f" in {context.elapsed_s:.1f} s"
    return text


def _reason_text(result: LinkResult) -> str:
    status = f" {result.http_status}" if result.http_status else ""
    return f"{result.reason}{status}"


def _notes(result: LinkResult) -> list[str]:
    notes = []
    if result.redirects and result.final_url:
        notes.append(f"→ {result.final_url}")
    repeats_status = result.detail == f"HTTP {result.http_status}"
    if (
        result.detail
        and not repeats_status
        and result.reason not in ("ok", "network-unreachable")
        and not (result.redirects and result.detail.endswith(result.final_url))
    ):
        notes.append(result.detail)
    if result.archived_url:
        notes.append(f"archived: {result.archived_url}")
    if result.history:
        notes.append(result.history)
    if result.title_mismatch:
        notes.append(result.title_mismatch)
    if result.entries:
        notes.append("cited by " + ", ".join(result.entries))
    return notes


def format_table(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    """The terminal view: one group per verdict, dead first, and the summary last."""
    context = context or ReportContext()
    lines: list[str] = []
    if not context.network.reachable:
        unchecked = sum(1 for r in results if r.reason == "network-unreachable")
        lines.append(
            f"NETWORK UNREACHABLE ({context.network.detail}): {unchecked} link(s) not checked, "
            "reported as unknown, not dead"
        )
        lines.append("")
    for verdict in VERDICTS:
        group = [r for r in results if r.verdict == verdict]
        if not group:
            continue
        lines.append(f"{verdict.upper()} ({len(group)})")
        width = max(len(_reason_text(r)) for r in group)
        for result in group:
            lines.append(f"  {_reason_text(result):<{width}}  {result.url}")
            lines.extend(f"  {'':<{width}}    {note}" for note in _notes(result))
        lines.append("")
    lines.append(summary_line(results, context))
    return "\n".join(lines) + "\n"


def format_json(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    context = context or ReportContext()
    document = {
        "version": JSON_VERSION,
        "summary": summary_counts(results),
        "network": {"reachable": context.network.reachable, "detail": context.network.detail},
        "warnings": list(context.warnings),
        "results": [result_to_dict(r) for r in results],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "url", "verdict", "reason", "http_status", "final_url", "redirects", "archived_url",
    "elapsed_ms", "entries", "history", "title_mismatch", "detail",
)  # fmt: skip


def format_csv(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in results:
        hops = " ".join(f"{hop.status}:{hop.url}" for hop in r.redirects)
        writer.writerow(
            [
                r.url, r.verdict, r.reason, r.http_status or "", r.final_url, hops,
                r.archived_url, r.elapsed_ms, ";".join(r.entries), r.history,
                r.title_mismatch, r.detail,
            ]
        )  # fmt: skip
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_markdown(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    context = context or ReportContext()
    lines = ["# Link check", "", summary_line(results, context), ""]
    if not context.network.reachable:
        lines += [f"> **Network unreachable:** {_md_cell(context.network.detail)}", ""]
    for verdict in VERDICTS:
        group = [r for r in results if r.verdict == verdict]
        if not group:
            continue
        lines += [f"## {verdict.capitalize()} ({len(group)})", ""]
        lines += ["| Reason | URL | Notes |", "|---|---|---|"]
        for r in group:
            notes = "<br>".join(_md_cell(n) for n in _notes(r))
            lines.append(f"| {_md_cell(_reason_text(r))} | <{r.url}> | {notes} |")
        lines.append("")
    return "\n".join(lines)


_COLOURS = {"alive": "#2e7d32", "dead": "#c62828", "unknown": "#9e9e9e"}

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#f5f5f5}
.bar{display:flex;align-items:center;margin:.2em 0}.bar span.label{width:7em}
.bar span.fill{display:inline-block;height:1em;margin-right:.5em}
.v{font-weight:600;color:#fff;padding:0 .4em;border-radius:3px}
.note{color:#555;font-size:.9em}.warn{background:#fff3e0;padding:.5em 1em;border-radius:4px}
a{word-break:break-all}
"""


def format_html(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    """One self-contained page: counts, a bar per verdict, a table per domain."""
    context = context or ReportContext()
    esc = html.escape
    counts = summary_counts(results)
    total = max(1, counts["total"])
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Link check</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Link check</h1>",
        f"<p>{esc(summary_line(results, context))}</p>",
    ]
    if not context.network.reachable:
        parts.append(f'<p class="warn">Network unreachable: {esc(context.network.detail)}</p>')
    parts.extend(f'<p class="warn">{esc(w)}</p>' for w in context.warnings)
    for verdict in VERDICTS:
        share = 100 * counts[verdict] / total
        parts.append(
            f'<div class="bar"><span class="label">{verdict} {counts[verdict]}</span>'
            f'<span class="fill" style="width:{share:.1f}%;background:{_COLOURS[verdict]}">'
            "</span></div>"
        )
    by_domain: dict[str, list[LinkResult]] = {}
    for r in results:
        by_domain.setdefault(urlsplit(r.url).hostname or "(no host)", []).append(r)
    for domain in sorted(by_domain):
        group = sorted(by_domain[domain], key=lambda r: (VERDICTS.index(r.verdict), r.url))
        parts.append(f"<h2>{esc(domain)} ({len(group)})</h2>")
        parts.append(
            "<table><tr><th>Verdict</th><th>Reason</th><th>Link</th><th>Archived copy</th>"
            "<th>Notes</th></tr>"
        )
        for r in group:
            archived = (
                f'<a href="{esc(r.archived_url)}">{esc(r.archived_timestamp or "copy")}</a>'
                if r.archived_url
                else ""
            )
            notes = "<br>".join(esc(n) for n in _notes(r) if not n.startswith("archived:"))
            parts.append(
                f'<tr><td><span class="v" style="background:{_COLOURS[r.verdict]}">'
                f"{r.verdict}</span></td><td>{esc(_reason_text(r))}</td>"
                f'<td><a href="{esc(r.url)}">{esc(r.url)}</a></td><td>{archived}</td>'
                f'<td class="note">{notes}</td></tr>'
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def format_junit(results: Sequence[LinkResult], context: ReportContext | None = None) -> str:
    """JUnit XML for CI dashboards: dead links fail, unknown ones are skipped."""
    suite = ET.Element(
        "testsuite",
        name="refharvest check",
        tests=str(len(results)),
        failures=str(sum(1 for r in results if r.verdict == "dead")),
        skipped=str(sum(1 for r in results if r.verdict == "unknown")),
        errors="0",
    )
    for r in results:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=urlsplit(r.url).hostname or "links",
            name=r.url,
            time=f"{r.elapsed_ms / 1000:.3f}",
        )
        message = f"{_reason_text(r)}: {r.detail}" if r.detail else _reason_text(r)
        if r.verdict == "dead":
            failure = ET.SubElement(case, "failure", message=message, type=r.reason)
            failure.text = "\n".join(_notes(r))
        elif r.verdict == "unknown":
            ET.SubElement(case, "skipped", message=message)
        elif notes := _notes(r):
            ET.SubElement(case, "system-out").text = "\n".join(notes)
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


Formatter = Callable[[Sequence[LinkResult], ReportContext | None], str]

FORMATS: dict[str, Formatter] = {
    "table": format_table,
    "json": format_json,
    "csv": format_csv,
    "md": format_markdown,
    "html": format_html,
    "junit": format_junit,
}
