"""HTML saved from a browser: visible text, footnote elements and link targets.

Footnotes are recognised by the markup publishers actually use: a container
whose class or id says "footnotes"/"endnotes" (Pandoc, WordPress plugins,
Wikipedia's "references"), or elements with footnote ids such as ``fn1``,
``footnote-1`` or Word's ``_ftn1``. When neither is there, the visible text
is rendered with ``<sup>`` markers as ``[n]`` and block elements on their own
lines, so the plain-text finder can still read ``[1] …`` paragraphs.

Inside a note, a link whose visible text is not its URL keeps its target as
``text <url>``: the address is the most useful part of a web citation. A
link shown as a shortened address ("https://www.aa.com.tr/tr/dunya/…") is
replaced by its full target everywhere.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from ..model import Document, Footnote
from ..urls import unwrap_redirect

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "button", "form"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "title", "body", "html",
    }
)  # fmt: skip
_CONTAINER_HINT = re.compile(
    r"(?:^|[\s_-])(?:foot|end)?notes?(?:$|[\s_-])|footnotes|endnotes|references|reflist"
    r"|bibliography",
    re.I,
)
_NOTE_ID = re.compile(
    r"^(?:_?ftnt?|_?edn|fn|footnote|endnote|note|en|ref|cite_note)(?:[-_:][^\s]*?)?[-_:]?(\d{1,4})$",
    re.I,
)
_BACKLINK_HREF = re.compile(r"^#.*(?:ref|back|anchor|fnref|ftnref|cite)", re.I)
_BACKLINK_TEXT = frozenset({"↩", "↩︎", "^", "↑", "back", "return", "⤴"})
_LEADING_LABEL = re.compile(r"^\s*\[?(\d{1,4})[\].)]?\s+")
_HREF = re.compile(r"^(?:https?://|www\.)", re.I)


def read_html(text: str, *, article_id: str, path: str) -> Document:
    """A :class:`Document` of kind ``html`` with its notes already found (or None)."""
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(list(_SKIP)):
        if isinstance(tag, Tag) and tag.name != "head":
            tag.decompose()
    evidence = _hrefs(soup)
    notes = _find_notes(soup, article_id)
    body = soup.body if isinstance(soup.body, Tag) else soup
    title = soup.title.get_text(" ", strip=True) if isinstance(soup.title, Tag) else ""
    visible = _render(body, note_mode=False)
    lines = [" ".join(line.split()) for line in visible.split("\n")]
    rendered = "\n".join(_squeeze_blank(lines)).strip("\n")
    if title and title not in rendered:
        rendered = title + "\n\n" + rendered
    return Document(
        article=article_id,
        path=path,
        kind="html",
        text=rendered + "\n",
        link_evidence=evidence,
        notes=notes or None,
    )


def _hrefs(soup: BeautifulSoup) -> list[str]:
    urls: list[str] = []
    for anchor in soup.find_all("a", href=True):
        if isinstance(anchor, Tag):
            href = _link_target(anchor)
            if _HREF.match(href):
                urls.append(href)
    return list(dict.fromkeys(urls))


def _find_notes(soup: BeautifulSoup, article_id: str) -> list[Footnote]:
    elements = _container_items(soup) or _id_marked_items(soup)
    notes: list[Footnote] = []
    for position, (element, label) in enumerate(elements, start=1):
        rendered = _render(element, note_mode=True)
        text = " ".join(rendered.split())
        leading = _LEADING_LABEL.match(text)
        if leading is not None:
            label = label or leading.group(1)
            text = text[leading.end() :]
        if label is None and element.name == "li":
            label = (
                str(_ol_start(element.parent) + _li_index(element))
                if isinstance(element.parent, Tag)
                else None
            )
        if not text:
            continue
        raw = " ".join(element.get_text("").split())
        notes.append(
            Footnote(
                article=article_id,
                label=label or str(position),
                text=text,
                raw=raw,
                line=element.sourceline,
                kind="footnote",
            )
        )
    return notes


def _container_items(soup: BeautifulSoup) -> list[tuple[Tag, str | None]]:
    """``<li>`` items of the last footnote-ish container (``.footnotes``, ``#references``)."""
    containers = [
        tag
        for tag in soup.find_all(["section", "div", "ol", "ul", "aside", "footer"])
        if isinstance(tag, Tag) and _CONTAINER_HINT.search(_class_and_id(tag))
    ]
    for container in reversed(containers):
        items = [li for li in container.find_all("li") if isinstance(li, Tag)]
        if not items:
            continue
        found: list[tuple[Tag, str | None]] = []
        for item in items:
            if item.find_parent("li") in items:
                continue  # nested list inside a note
            match = _NOTE_ID.match(str(item.get("id", "")))
            found.append((item, match.group(1) if match else None))
        return found
    return []


def _id_marked_items(soup: BeautifulSoup) -> list[tuple[Tag, str | None]]:
    """Blocks holding an element with a footnote id (``_ftn1``, ``fn1``) that links back."""
    found: list[tuple[Tag, str | None]] = []
    seen: set[int] = set()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag):
            continue
        ident = str(tag.get("id") or tag.get("name") or "")
        match = _NOTE_ID.match(ident)
        if match is None or "ref" in ident.lower():
            continue
        block = tag if tag.name in _BLOCK else tag.find_parent(list(_BLOCK))
        if not isinstance(block, Tag) or block.name in {"body", "html"} or id(block) in seen:
            continue
        if any(id(parent) in seen for parent in block.parents):
            continue  # Word's <div id="ftn1"><p><a name="_ftn1">: one note, found twice
        href = str(tag.get("href", ""))
        if tag.name == "a" and href and not href.startswith("#"):
            continue  # an ordinary link that happens to carry such an id
        seen.add(id(block))
        found.append((block, match.group(1)))
    return found


def _class_and_id(tag: Tag) -> str:
    classes = tag.get("class")
    class_text = " ".join(classes) if isinstance(classes, list) else str(classes or "")
    return f"{class_text} {tag.get('id') or ''} {tag.get('role') or ''}"


def _ol_start(parent: Tag) -> int:
    if parent.name != "ol":
        return 1
    try:
        return int(str(parent.get("start", "1")))
    except ValueError:
        return 1


def _li_index(item: Tag) -> int:
    return sum(1 for sibling in item.find_previous_siblings("li"))


def _render(node: Tag, *, note_mode: bool) -> str:
    parts: list[str] = []
    _render_into(node, parts, note_mode)
    return "".join(parts)


def _render_into(node: Tag, parts: list[str], note_mode: bool) -> None:
    for child in node.children:
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in _SKIP:
            continue
        name = child.name
        if name == "br":
            parts.append("\n")
        elif name == "sup":
            parts.append(_sup_marker(child, note_mode))
        elif name == "a":
            _render_link(child, parts, note_mode)
        elif name in _BLOCK:
            parts.append("\n")
            _render_into(child, parts, note_mode)
            parts.append("\n\n" if name in {"p", "li", "div", "h1", "h2", "h3", "h4"} else "\n")
        elif name in {"td", "th"}:
            parts.append(" ")
            _render_into(child, parts, note_mode)
            parts.append(" ")
        else:
            _render_into(child, parts, note_mode)


def _sup_marker(sup: Tag, note_mode: bool) -> str:
    text = sup.get_text("", strip=True).strip("[]()")
    if text.isdecimal():
        return "" if note_mode else f"[{text}]"
    parts: list[str] = []
    _render_into(sup, parts, note_mode)
    return "".join(parts)


def _link_target(anchor: Tag) -> str:
    """Where a link goes, past a click tracker's wrapper (Google Docs, Outlook)."""
    return unwrap_redirect(str(anchor.get("href", "")).strip())


def _render_link(anchor: Tag, parts: list[str], note_mode: bool) -> None:
    href = _link_target(anchor)
    visible = anchor.get_text("", strip=True)
    if note_mode and (_BACKLINK_HREF.match(href) or visible in _BACKLINK_TEXT):
        return  # the note's own "back to text" arrow
    inner: list[str] = []
    _render_into(anchor, inner, note_mode)
    text = "".join(inner)
    if not _HREF.match(href):
        parts.append(text)
        return
    shown = " ".join(text.split())
    if not shown:
        parts.append(f" {href} " if note_mode else "")
    elif _same_address(shown, href):
        parts.append(f" {href} ")  # full address even when the page shows it shortened
    elif note_mode:
        parts.append(f"{text} <{href}>")  # in a citation the target is the point
    else:
        parts.append(text)


def _same_address(shown: str, href: str) -> bool:
    shown = shown.strip("<>").rstrip("/…").removesuffix("...")
    bare_href = href.split("://", 1)[-1].removeprefix("www.")
    bare_shown = shown.split("://", 1)[-1].removeprefix("www.")
    return bool(bare_shown) and bare_href.startswith(bare_shown)


def _squeeze_blank(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return out
