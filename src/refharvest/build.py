"""``build``: the whole job on a corpus folder, as one library call.

harvest → deduplicate into one library → write the .bib, CSL-JSON, merge
report, run summary and formatted reference lists. Every file is written
atomically, and only after the whole library is built, so a failed run
never leaves a half-written output.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .dedupe import LibraryResult, build_library, write_merge_report
from .errors import EngineMissingError, RefharvestError
from .export import write_references
from .fsutil import atomic_write_text
from .harvest import run_harvest
from .model import Article, Reference
from .summary import run_summary

BIB_NAME = "references.bib"


@dataclass
class BuildResult:
    articles: list[Article]
    entries: list[Reference]
    summary: dict[str, Any]
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _config_dir(inputs: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The corpus folder holds the user's corrections, aliases and decisions."""
    folders = [Path(p) for p in inputs if Path(p).is_dir()]
    if folders:
        return folders[0]
    files = [Path(p) for p in inputs]
    return files[0].parent if files else None


def build_corpus(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    styles: Sequence[str] | None = None,
    keep_going: bool = False,
    log: Callable[[str], None] | None = None,
) -> BuildResult:
    """Harvest ``inputs`` and write the library and reports to ``out_dir``."""
    out = Path(out_dir)
    run = run_harvest(inputs, keep_going=keep_going)
    previous = out / BIB_NAME
    library = build_library(
        run.articles,
        config_dir=_config_dir(inputs),
        previous_bib=previous if previous.is_file() else None,
    )
    entries = list(library.entries)
    bib_text = write_references(entries, "bibtex")
    csl_text = write_references(entries, "csljson")
    dedupe_counts = _dedupe_counts(library)
    summary = run_summary(run.articles, run.failures, extra={"library": dedupe_counts})

    result = BuildResult(articles=run.articles, entries=entries, summary=summary)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in ((BIB_NAME, bib_text), ("references.csl.json", csl_text)):
        atomic_write_text(out / name, text)
        result.written.append(out / name)
    result.written.extend(write_merge_report(library, out))
    result.written.extend(_write_styles(entries, out, styles, result.warnings))
    atomic_write_text(
        out / "summary.json", json.dumps(summary, ensure_ascii=False, indent=2) + "\n"
    )
    result.written.append(out / "summary.json")
    if log:
        for warning in result.warnings:
            log(f"warning: {warning}")
    return result


def _dedupe_counts(library: LibraryResult) -> dict[str, Any]:
    return {"entries": len(library.entries), **library.dedupe.stats}


def _write_styles(
    entries: Sequence[Reference],
    out: Path,
    styles: Sequence[str] | None,
    warnings: list[str],
) -> list[Path]:
    """Formatted lists are a bonus of `build`: without Node they are skipped, said once.

    One engine per style for the whole run (started in parallel), each
    rendering the whole library once per output format.
    """
    from .export.citeproc import DEFAULT_BUILD_STYLES, EnginePool, render_bibliography

    chosen = list(styles if styles is not None else DEFAULT_BUILD_STYLES)
    if not chosen:
        return []
    written: list[Path] = []
    suffixes: dict[Literal["text", "md", "html"], str] = {"text": "txt", "md": "md", "html": "html"}
    try:
        with EnginePool() as pool:
            pool.start([(style, None) for style in chosen])
            for style in chosen:
                for to, suffix in suffixes.items():
                    try:
                        rendered = render_bibliography(entries, style, to=to, pool=pool)
                    except EngineMissingError:
                        raise
                    except RefharvestError as exc:
                        warnings.append(f"style {style}: {exc}")
                        break
                    path = out / f"references.{style}.{suffix}"
                    atomic_write_text(path, rendered.output)
                    written.append(path)
                    if to == "text":
                        for key, message in rendered.errors:
                            warnings.append(f"style {style}: entry {key}: {message}")
    except EngineMissingError as exc:
        warnings.append(f"formatted reference lists skipped: {exc}")
    return written
