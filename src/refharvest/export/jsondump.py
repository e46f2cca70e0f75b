"""Our own JSON: every field of the model, so nothing is lost between runs.

CSL-JSON is for other tools; this is for us (``extract --format json``,
re-reading a harvest, debugging). The file is a JSON array with one object
per reference, under the model's field names (``container_title``,
``issued``…); empty strings, empty lists and ``None`` are left out and come
back as defaults, ``complete`` is always there (which is how a reader tells
this array from CSL-JSON). Dates are ISO strings ("2025", "2025-12",
"2025-12-19"): partial stays partial.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any, get_args

from ..errors import BibParseError
from ..model import Citation, ItemType, Name, PartialDate, Reference

_DATE_FIELDS = ("issued", "accessed")
_NAME_FIELDS = ("authors", "editors")
_STRING_FIELDS = tuple(
    f.name for f in dataclasses.fields(Reference) if f.type in ("str", str) and f.name != "type"
)
_ITEM_TYPES = frozenset(get_args(ItemType))


def _name_to_json(name: Name) -> dict[str, str]:
    return {
        k: v
        for k, v in (("family", name.family), ("given", name.given), ("literal", name.literal))
        if v
    }


def reference_to_json(ref: Reference) -> dict[str, Any]:
    """One reference as a JSON-ready dict."""
    item: dict[str, Any] = {"type": ref.type, "key": ref.key, "title": ref.title}
    for field_name in _NAME_FIELDS:
        names = getattr(ref, field_name)
        if names:
            item[field_name] = [_name_to_json(n) for n in names]
    for field_name in _STRING_FIELDS:
        value = getattr(ref, field_name)
        if value and field_name not in item:
            item[field_name] = value
    for field_name in _DATE_FIELDS:
        date = getattr(ref, field_name)
        if date is not None:
            item[field_name] = date.iso()
    item["complete"] = ref.complete
    if ref.citations:
        item["citations"] = [c.to_json() for c in ref.citations]
    if ref.extra:
        item["extra"] = dict(ref.extra)
    return item


def references_to_json(refs: Sequence[Reference], *, ascii: bool = False) -> str:
    """The whole list as our JSON array (UTF-8 text unless ``ascii``)."""
    items = [reference_to_json(r) for r in refs]
    return json.dumps(items, ensure_ascii=ascii, indent=2) + "\n"


def is_our_json(document: Any) -> bool:
    """True for an array written by :func:`references_to_json` (every item has ``complete``)."""
    return isinstance(document, list) and all(
        isinstance(item, dict) and "complete" in item for item in document[:1]
    )


class _Invalid(ValueError):
    pass


def _expect_str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"{where}: expected a string, got {type(value).__name__}")
    return value


def _json_to_name(value: Any, where: str) -> Name:
    if not isinstance(value, dict):
        raise _Invalid(f"{where}: expected an object")
    unknown = set(value) - {"family", "given", "literal"}
    if unknown:
        raise _Invalid(f"{where}: unknown name part(s) {sorted(unknown)}")
    return Name(**{k: _expect_str(v, f"{where}.{k}") for k, v in value.items()})


def _json_to_date(value: Any, where: str) -> PartialDate:
    try:
        return PartialDate.from_iso(_expect_str(value, where))
    except ValueError as exc:
        raise _Invalid(f"{where}: {exc}") from exc


def _json_to_citation(value: Any, where: str) -> Citation:
    if not isinstance(value, dict) or "article" not in value:
        raise _Invalid(f"{where}: expected an object with an 'article'")
    footnote = value.get("footnote")
    line = value.get("line")
    position = value.get("position", 0)
    if footnote is not None:
        footnote = _expect_str(footnote, f"{where}.footnote")
    if line is not None and not isinstance(line, int):
        raise _Invalid(f"{where}.line: expected an integer")
    if not isinstance(position, int):
        raise _Invalid(f"{where}.position: expected an integer")
    return Citation(
        article=_expect_str(value["article"], f"{where}.article"),
        footnote=footnote,
        position=position,
        raw=_expect_str(value.get("raw", ""), f"{where}.raw"),
        line=line,
    )


def reference_from_json(item: Any, where: str = "reference") -> Reference:
    """Inverse of :func:`reference_to_json`; raises ValueError naming the bad field."""
    if not isinstance(item, dict):
        raise _Invalid(f"{where}: expected an object")
    ref = Reference()
    for key, value in item.items():
        here = f"{where}.{key}"
        if key == "type":
            if value not in _ITEM_TYPES:
                raise _Invalid(f"{here}: unknown type {value!r}")
            ref.type = value
        elif key in _NAME_FIELDS:
            if not isinstance(value, list):
                raise _Invalid(f"{here}: expected a list")
            names = [_json_to_name(v, f"{here}[{i}]") for i, v in enumerate(value)]
            setattr(ref, key, names)
        elif key in _STRING_FIELDS:
            setattr(ref, key, _expect_str(value, here))
        elif key in _DATE_FIELDS:
            setattr(ref, key, _json_to_date(value, here))
        elif key == "complete":
            if not isinstance(value, bool):
                raise _Invalid(f"{here}: expected true or false")
            ref.complete = value
        elif key == "citations":
            if not isinstance(value, list):
                raise _Invalid(f"{here}: expected a list")
            ref.citations = [_json_to_citation(v, f"{here}[{i}]") for i, v in enumerate(value)]
        elif key == "extra":
            if not isinstance(value, dict):
                raise _Invalid(f"{here}: expected an object")
            ref.extra = {k: _expect_str(v, f"{here}.{k}") for k, v in value.items()}
        else:
            raise _Invalid(f"{here}: unknown field")
    return ref


def references_from_json(text: str, *, path: str = "") -> list[Reference]:
    """References from our JSON document; BibParseError saying what is wrong and where."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BibParseError(
            f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}", path=path
        ) from exc
    if not isinstance(document, list):
        raise BibParseError(
            "not a refharvest JSON file (expected an array of references)", path=path
        )
    items = document
    try:
        return [reference_from_json(item, f"references[{i}]") for i, item in enumerate(items)]
    except ValueError as exc:
        raise BibParseError(str(exc), path=path) from exc
