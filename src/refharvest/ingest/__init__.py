"""Readers: a file (or bytes, or text) becomes a :class:`~refharvest.model.Document`.

The reader is chosen by content (see :mod:`.detect`); each reader only
prepares the text and the link evidence, finding notes is the next stage's job
(except for HTML, where the markup already says which elements are notes).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import DecodingError, InputError
from ..model import Diagnostic, Document
from .decode import Decoded, decode, decode_bytes
from .detect import DocumentKind, detect_kind, is_html
from .pdftext import link_evidence, page_layout

__all__ = [
    "Decoded",
    "DocumentKind",
    "decode",
    "decode_bytes",
    "decode_text_bytes",
    "detect_kind",
    "document_from_bytes",
    "document_from_text",
    "read_document",
]


def read_document(path: str | os.PathLike[str], *, article_id: str | None = None) -> Document:
    """Read one article file; ``article_id`` defaults to the file stem."""
    file_path = Path(path)
    name = str(path)
    if file_path.is_dir():
        raise InputError(
            "is a directory, not an article file",
            path=name,
            hint="give the files inside it, or use `refharvest build DIR`",
        )
    try:
        data = file_path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file", path=name, hint="check the path") from exc
    except PermissionError as exc:
        raise InputError(
            "permission denied", path=name, hint="check the file's permissions"
        ) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from exc
    if not data and file_path.suffix.lower() == ".pdf":
        raise DecodingError("the file is empty", path=name)
    return document_from_bytes(data, article_id=article_id or file_path.stem, path=name)


def decode_text_bytes(data: bytes, *, path: str = "<bytes>") -> str:
    """Just the text of ``data`` (for inputs that are not articles, e.g. reference lines)."""
    return decode_bytes(data, path=path)[0]


def document_from_bytes(data: bytes, *, article_id: str, path: str = "<bytes>") -> Document:
    """Decode ``data`` (any supported encoding) and read it as an article."""
    if data[:5] == b"%PDF-":
        raise DecodingError(
            "this is a PDF file, not text",
            path=path,
            hint="extract its text first, e.g. `pdftotext -layout file.pdf file.txt`",
        )
    decoded = decode(data, path=path)
    document = document_from_text(decoded.text, article_id=article_id, path=path)
    document.encoding = decoded.encoding
    if decoded.replaced:
        document.diagnostics.append(
            Diagnostic(
                "warning",
                "invalid-bytes-replaced",
                f"{decoded.replaced} byte(s) that are not UTF-8 were replaced by U+FFFD",
                article=article_id,
            )
        )
    return document


def document_from_text(text: str, *, article_id: str, path: str = "<text>") -> Document:
    """Read already decoded text as an article, choosing the reader by content."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        raise DecodingError(
            "the text is empty", path=path, hint="give a file with the article's text"
        )
    if is_html(text, path):
        from .html import read_html  # bs4 only for HTML input: it is slow to import and run

        return read_html(text, article_id=article_id, path=path)
    furniture = page_layout(text).furniture
    kind = detect_kind(text, path, furniture, html_checked=True)
    document = Document(article=article_id, path=path, kind=kind, text=text)
    if kind == "pdf-text":
        document.link_evidence = link_evidence(furniture)
    elif kind == "markdown":
        from .markdown import inline_link_targets

        document.link_evidence = inline_link_targets(text)
    return document
