"""The bridge to citeproc-js, the CSL processor inside Zotero, run in Node.

One Node process per (style, locale) serves a whole run; a bibliography is
rendered in one request (``makeBibliography``) and an article's notes in
another (citation clusters in order, so "ibid." and short forms come out as
the style wants). Our driver is ``data/citeproc_bridge.js``; it loads the
``citeproc`` npm package from the checkout's ``node_modules`` (installed by
``npm ci`` from the committed lock file), or from ``REFHARVEST_NODE_MODULES``.

Only ``refharvest format`` (and ``build``'s styled lists) need Node; a
missing runtime raises EngineMissingError with one line saying what to install.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from ..errors import EngineMissingError, StyleError
from ..keys import assign_keys
from ..model import Reference
from .csljson import reference_to_csl
from .render import html_to_markdown
from .styles import DEFAULT_BUILD_STYLES, Style, load_style, locales_dir, style_locale

__all__ = [
    "DEFAULT_BUILD_STYLES",
    "OUTPUT_FORMATS",
    "Engine",
    "EnginePool",
    "OutputFormat",
    "RenderResult",
    "engine_available",
    "format_file",
    "load_references",
    "render_bibliography",
    "render_notes",
]

OutputFormat = Literal["text", "md", "html"]
OUTPUT_FORMATS: tuple[OutputFormat, ...] = ("text", "md", "html")

INSTALL_HINT = (
    "Node.js and the citeproc npm package are needed for citation styles: "
    "install Node.js, then run `npm ci` in the refharvest checkout"
)


@dataclass(slots=True)
class RenderResult:
    """A rendered bibliography or set of notes.

    ``entries`` are in the style's order (bibliography) or note order (notes);
    ``keys[i]`` are the reference keys behind ``entries[i]``; ``errors`` holds
    (key, message) for entries the engine could not render (the rest are there).
    """

    output: str
    entries: list[str] = field(default_factory=list)
    keys: list[list[str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- runtime


def _has_citeproc(folder: Path) -> bool:
    return (folder / "citeproc" / "package.json").is_file()


@cache
def find_node_modules() -> Path:
    """``REFHARVEST_NODE_MODULES``, else the nearest node_modules above this package or cwd."""
    configured = os.environ.get("REFHARVEST_NODE_MODULES")
    if configured:
        if _has_citeproc(Path(configured)):
            return Path(configured).resolve()
        raise EngineMissingError(
            f"REFHARVEST_NODE_MODULES={configured} has no citeproc package", hint=INSTALL_HINT
        )
    starts = [Path(__file__).resolve().parent, Path.cwd().resolve()]
    for start in starts:
        for folder in (start, *start.parents):
            if _has_citeproc(folder / "node_modules"):
                return folder / "node_modules"
    raise EngineMissingError("the citeproc npm package was not found", hint=INSTALL_HINT)


@cache
def find_node() -> str:
    node = os.environ.get("REFHARVEST_NODE") or shutil.which("node") or shutil.which("nodejs")
    if not node:
        raise EngineMissingError("Node.js was not found", hint=INSTALL_HINT)
    return node


def bridge_script() -> Path:
    return Path(str(resources.files("refharvest") / "data" / "citeproc_bridge.js"))


def engine_available() -> bool:
    """True when Node and the citeproc package are both there (tests skip otherwise)."""
    try:
        find_node()
        find_node_modules()
    except EngineMissingError:
        return False
    return True


# --------------------------------------------------------------------------- engine


class Engine:
    """One running citeproc-js for one style and locale. Close it (or use ``with``)."""

    def __init__(self, style: Style | str, locale: str | None = None) -> None:
        self.style = style if isinstance(style, Style) else load_style(style)
        self.locale = style_locale(self.style, locale)
        env = dict(os.environ, REFHARVEST_NODE_MODULES=str(find_node_modules()))
        # stderr (citeproc-js warnings) goes to a file: a full pipe would block Node.
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 (closed by close())
        try:
            self._process = subprocess.Popen(
                [find_node(), str(bridge_script())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                env=env,
                text=True,
                encoding="utf-8",
            )
        except OSError as exc:
            self._stderr.close()
            raise EngineMissingError(f"cannot start Node.js: {exc}", hint=INSTALL_HINT) from exc
        self._ready = False
        # The engine builds (up to seconds for big styles) while the caller goes
        # on: an EnginePool starting several styles gets them built in parallel.
        self._send(
            {
                "cmd": "init",
                "style": self.style.xml,
                "lang": self.locale,
                "force_lang": True,
                "locales_dir": str(locales_dir()),
            }
        )
        self.style_class = self.style.style_class

    def _wait_ready(self) -> None:
        if self._ready:
            return
        try:
            reply = self._receive()
        except StyleError as exc:
            self.close()
            raise StyleError(
                f"citeproc-js cannot use this style: {exc.message}", path=str(self.style.path)
            ) from exc
        self._ready = True
        self.style_class = str(reply.get("class", self.style.style_class))

    def _send(self, payload: Mapping[str, Any]) -> None:
        stdin = self._process.stdin
        if stdin is None or self._process.poll() is not None:
            raise EngineMissingError(self._died(), hint=INSTALL_HINT)
        try:
            stdin.write(json.dumps(payload, ensure_ascii=False) + "\n")
            stdin.flush()
        except OSError as exc:
            raise EngineMissingError(self._died(), hint=INSTALL_HINT) from exc

    def _receive(self) -> dict[str, Any]:
        stdout = self._process.stdout
        line = stdout.readline() if stdout is not None else ""
        if not line:
            raise EngineMissingError(self._died(), hint=INSTALL_HINT)
        reply: dict[str, Any] = json.loads(line)
        if not reply.get("ok"):
            raise StyleError(str(reply.get("error", "unknown engine error")))
        return reply

    def _request(self, payload: Mapping[str, Any]) -> dict[str, Any]:
        self._wait_ready()
        self._send(payload)
        try:
            return self._receive()
        except StyleError as exc:
            raise StyleError(f"citeproc-js: {exc.message}", path=str(self.style.path)) from exc

    def _died(self) -> str:
        self._process.kill()
        self._process.wait()
        if self._process.stdin and not self._process.stdin.closed:
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        self._stderr.seek(0)
        stderr = self._stderr.read()
        last = next((ln for ln in reversed(stderr.splitlines()) if ln.strip()), "")
        return f"the citeproc-js process stopped: {last or 'no message'}"

    def bibliography(
        self, items: Sequence[Mapping[str, Any]], fmt: Literal["html", "text"]
    ) -> tuple[list[tuple[list[str], str]], list[tuple[str, str]]]:
        """(ids, entry) pairs in the style's order, and (id, message) for items left out."""
        if not self.style.has_bibliography:
            raise StyleError(
                "this style has no bibliography; use --notes to render footnotes",
                path=str(self.style.path),
            )
        reply = self._request({"cmd": "bibliography", "items": list(items), "format": fmt})
        entries = [(list(e["ids"]), str(e["text"])) for e in reply["entries"]]
        return entries, [(str(i), str(m)) for i, m in reply["errors"]]

    def notes(
        self,
        items: Sequence[Mapping[str, Any]],
        clusters: Sequence[Mapping[str, Any]],
        fmt: Literal["html", "text"],
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(cluster id, note text) in order, and (id, message) for items left out."""
        reply = self._request(
            {"cmd": "notes", "items": list(items), "clusters": list(clusters), "format": fmt}
        )
        notes = [(str(n["id"]), str(n["text"])) for n in reply["notes"]]
        return notes, [(str(i), str(m)) for i, m in reply["errors"]]

    def close(self) -> None:
        if self._process.poll() is None and not self._ready:
            self._process.kill()  # still building the engine: nothing to finish
        if self._process.stdin and not self._process.stdin.closed:
            # Closed whether or not the process still runs: a dead engine's
            # pipe left open is a leaked file.
            with contextlib.suppress(OSError):
                self._process.stdin.close()
        if self._process.poll() is None:
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stdout:
            self._process.stdout.close()
        self._stderr.close()

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class EnginePool:
    """Keeps one engine per (style, locale) alive across calls; close it when done."""

    def __init__(self) -> None:
        self._engines: dict[tuple[str, str | None], Engine] = {}

    def get(self, style: str, locale: str | None = None) -> Engine:
        key = (style, locale)
        if key not in self._engines:
            self._engines[key] = Engine(style, locale)
        return self._engines[key]

    def start(self, pairs: Sequence[tuple[str, str | None]]) -> None:
        """Start several (style, locale) engines at once; they build in parallel."""
        for style, locale in pairs:
            self.get(style, locale)

    def close(self) -> None:
        engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            engine.close()

    def __enter__(self) -> EnginePool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@contextmanager
def _engine_for(style: str, locale: str | None, pool: EnginePool | None) -> Iterator[Engine]:
    if pool is not None:
        yield pool.get(style, locale)
    else:
        with Engine(style, locale) as engine:
            yield engine


# --------------------------------------------------------------------------- rendering


def _items_for(
    refs: Sequence[Reference],
) -> tuple[list[dict[str, Any]], list[str | None], list[tuple[str, str]]]:
    """CSL items with unique ids (keys assigned on copies where missing).

    Returns the items, each reference's item id (None where the reference
    could not be mapped) and (key, message) for those references.
    """
    copies = [r.copy() for r in refs]
    assign_keys(copies)
    seen: dict[str, int] = {}
    items: list[dict[str, Any]] = []
    ids: list[str | None] = []
    errors: list[tuple[str, str]] = []
    for ref in copies:
        try:
            item = reference_to_csl(ref)
        except (TypeError, AttributeError, ValueError) as exc:
            errors.append((ref.key, f"cannot map to CSL: {exc}"))
            ids.append(None)
            continue
        count = seen.get(ref.key, 0)
        seen[ref.key] = count + 1
        if count:
            item["id"] = f"{ref.key}~{count + 1}"
        items.append(item)
        ids.append(str(item["id"]))
    return items, ids, errors


def _engine_format(to: OutputFormat) -> Literal["html", "text"]:
    return "text" if to == "text" else "html"


def _finish_entry(text: str, to: OutputFormat) -> str:
    if to == "md":
        return html_to_markdown(text)
    return text.strip("\n") if to == "html" else " ".join(text.split())


def render_bibliography(
    refs: Sequence[Reference],
    style: str,
    *,
    locale: str | None = None,
    to: OutputFormat = "text",
    pool: EnginePool | None = None,
) -> RenderResult:
    """A reference list in ``style``, sorted as the style says.

    Plain text is citeproc-js's own text output, one entry a line; Markdown is
    converted from its HTML with emphasis kept; HTML is citeproc-js's
    ``csl-bib-body``. An entry the engine cannot render is reported in
    ``errors`` and the others are rendered.
    """
    if to not in OUTPUT_FORMATS:
        raise ValueError(f"unknown output format {to!r}")
    items, _, errors = _items_for(refs)
    with _engine_for(style, locale, pool) as engine:
        pairs, engine_errors = engine.bibliography(items, _engine_format(to))
    errors += engine_errors
    entries = [_finish_entry(text, to) for _, text in pairs]
    keys = [ids for ids, _ in pairs]
    if to == "html":
        body = "".join(f"{e}\n" for e in entries)
        output = f'<div class="csl-bib-body">\n{body}</div>\n'
    else:
        output = ("\n\n" if to == "md" else "\n").join(entries) + "\n"
    return RenderResult(output=output, entries=entries, keys=keys, errors=errors)


def notes_clusters(refs: Sequence[Reference]) -> list[tuple[str, list[int]]]:
    """Group references by footnote, in order: (label, indexes into refs).

    A reference cited in several notes (a merged record) appears in each of them.
    References with no footnote citation form one cluster each, after the notes.
    """
    groups: dict[str, list[tuple[int, int]]] = {}
    order: list[str] = []
    loose: list[int] = []
    for index, ref in enumerate(refs):
        labels = [c for c in ref.citations if c.footnote is not None]
        if not labels:
            loose.append(index)
        for citation in labels:
            label = str(citation.footnote)
            if label not in groups:
                groups[label] = []
                order.append(label)
            groups[label].append((citation.position, index))
    # Notes in their printed order: numeric labels by number, others as first met.
    first_seen = {label: n for n, label in enumerate(order)}
    order.sort(key=lambda lb: (0, int(lb), 0) if lb.isdigit() else (1, 0, first_seen[lb]))
    clusters = [(label, [i for _, i in sorted(set(groups[label]))]) for label in order]
    clusters += [("", [i]) for i in loose]
    return clusters


def render_notes(
    refs: Sequence[Reference],
    style: str,
    *,
    locale: str | None = None,
    to: OutputFormat = "text",
    pool: EnginePool | None = None,
) -> RenderResult:
    """An article's footnotes restyled: one citation cluster per note, in document order.

    ``refs`` are in footnote order (as ``Article.references``); their
    ``Citation.footnote`` labels group them into notes. Subsequent citations
    get the style's short form, and "ibid." where the style uses it.
    """
    items, ids, errors = _items_for(refs)
    clusters: list[dict[str, Any]] = []
    label_of: dict[str, str] = {}
    keys_of: dict[str, list[str]] = {}
    for number, (label, indexes) in enumerate(notes_clusters(refs), start=1):
        cluster_id = f"note-{number}"
        label_of[cluster_id] = label or str(number)
        keys_of[cluster_id] = [k for k in (ids[i] for i in indexes) if k is not None]
        if not keys_of[cluster_id]:
            continue
        clusters.append(
            {"id": cluster_id, "note": number, "items": [{"id": k} for k in keys_of[cluster_id]]}
        )
    with _engine_for(style, locale, pool) as engine:
        notes, engine_errors = engine.notes(items, clusters, _engine_format(to))
    errors += engine_errors
    entries = [_finish_entry(text, to) for _, text in notes]
    out_labels = [label_of[cid] for cid, _ in notes]
    if to == "html":
        body = "".join(
            f'<li value="{label}">{text}</li>\n' if label.isdigit() else f"<li>{text}</li>\n"
            for label, text in zip(out_labels, entries, strict=True)
        )
        output = f'<ol class="csl-notes">\n{body}</ol>\n'
    elif to == "md":
        output = "".join(
            f"[^{label}]: {text}\n" for label, text in zip(out_labels, entries, strict=True)
        )
    else:
        output = "".join(
            f"{label}. {text}\n" for label, text in zip(out_labels, entries, strict=True)
        )
    return RenderResult(
        output=output,
        entries=entries,
        keys=[keys_of[cid] for cid, _ in notes],
        errors=errors,
        labels=out_labels,
    )


#: Extensions read as bibliography files; anything else is an article to harvest.
BIBLIOGRAPHY_SUFFIXES = frozenset({".bib", ".json", ".ris"})


def load_references(path: str | os.PathLike[str]) -> list[Reference]:
    """References of a .bib/.json/.ris file as they are, or of an article.

    An article is harvested and its references deduplicated, so that a work
    cited in several notes is one entry carrying all its citations: the
    bibliography lists it once and notes mode gives its later notes the
    style's short form (or "Ibid.").
    """
    target = Path(path)
    if target.suffix.lower() in BIBLIOGRAPHY_SUFFIXES:
        from . import read_references  # the export registry; imported late (it is heavier)

        return list(read_references(target))
    from ..dedupe import dedupe_references
    from ..harvest import harvest_file

    article = harvest_file(target)
    return list(dedupe_references(article.references).works)


def format_file(
    path: str | os.PathLike[str],
    style: str,
    *,
    locale: str | None = None,
    to: OutputFormat = "text",
    notes: bool = False,
    pool: EnginePool | None = None,
) -> RenderResult:
    """``refharvest format``: a file's references as a styled bibliography or as notes."""
    refs = load_references(path)
    render = render_notes if notes else render_bibliography
    return render(refs, style, locale=locale, to=to, pool=pool)
