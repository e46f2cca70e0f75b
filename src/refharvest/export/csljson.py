"""CSL-JSON: the format citeproc-js, pandoc and Zotero read, and our bridge to the styles.

Our records already use CSL names, so the mapping is mostly a renaming. The
parts that need care:

* organisations stay ``{"literal": ...}``; people are ``family``/``given``;
* partial dates stay partial (``{"date-parts": [[2019]]}``, never 2019-01-01);
* ``language`` is set so that citeproc-js title-cases English titles only;
* what has no CSL variable travels in the CSL-JSON 1.0.2 ``custom`` object,
  which citeproc-js, pandoc and citation-js ignore:

  - ``custom["archived-url"]``: the archived copy of the page (``extra["archived-url"]``);
  - ``custom["refharvest"]``: our provenance, so that reading our own export
    back gives the same records: ``citations`` (article, footnote, position,
    raw, line), ``complete`` and the ``extra`` dict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, cast, get_args

from ..errors import BibParseError
from ..keys import assign_keys
from ..model import Citation, ItemType, Name, PartialDate, Reference

_ITEM_TYPES: frozenset[str] = frozenset(get_args(ItemType))

#: CSL types from other tools mapped onto the closest type we produce.
_FOREIGN_TYPES: dict[str, ItemType] = {
    "post": "post-weblog",
    "article": "document",
    "manuscript": "document",
    "entry-encyclopedia": "chapter",
    "entry-dictionary": "chapter",
    "entry": "chapter",
    "bill": "legislation",
    "regulation": "legislation",
    "treaty": "legislation",
    "legal_case": "legislation",
    "speech": "document",
    "interview": "document",
    "dataset": "document",
    "software": "document",
    "standard": "report",
    "pamphlet": "report",
}

#: Plain string fields: Reference attribute -> CSL variable.
_STRING_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("container_title", "container-title"),
    ("publisher", "publisher"),
    ("publisher_place", "publisher-place"),
    ("url", "URL"),
    ("doi", "DOI"),
    ("language", "language"),
    ("volume", "volume"),
    ("issue", "issue"),
    ("pages", "page"),
    ("number", "number"),
    ("collection_title", "collection-title"),
    ("note", "note"),
)

_CUSTOM_KEY = "refharvest"


def _name_to_csl(name: Name) -> dict[str, str]:
    if name.literal:
        return {"literal": name.literal}
    out: dict[str, str] = {}
    if name.family:
        out["family"] = name.family
    if name.given:
        out["given"] = name.given
    return out


def _date_to_csl(date: PartialDate) -> dict[str, Any]:
    return {"date-parts": [date.parts()]}


def reference_to_csl(ref: Reference) -> dict[str, Any]:
    """One CSL-JSON item; ``id`` is the citation key (may be empty: see references_to_csljson)."""
    item: dict[str, Any] = {"id": ref.key, "type": ref.type}
    if ref.authors:
        item["author"] = [_name_to_csl(n) for n in ref.authors]
    if ref.editors:
        item["editor"] = [_name_to_csl(n) for n in ref.editors]
    for attr, variable in _STRING_FIELDS:
        value = getattr(ref, attr)
        if value:
            item[variable] = value
    if ref.issued is not None:
        item["issued"] = _date_to_csl(ref.issued)
    accessed = ref.accessed
    if accessed is None and ref.extra.get("urldate"):
        accessed = _parse_iso(ref.extra["urldate"])
    if accessed is not None:
        item["accessed"] = _date_to_csl(accessed)

    custom: dict[str, Any] = {}
    if ref.extra.get("archived-url"):
        custom["archived-url"] = ref.extra["archived-url"]
    ours: dict[str, Any] = {}
    if ref.citations:
        ours["citations"] = [c.to_json() for c in ref.citations]
    if not ref.complete:
        ours["complete"] = False
    if ref.extra:
        ours["extra"] = dict(ref.extra)
    if ours:
        custom[_CUSTOM_KEY] = ours
    if custom:
        item["custom"] = custom
    return item


def references_to_csljson(refs: Sequence[Reference]) -> str:
    """A CSL-JSON array; references without a key get one on a copy (the input is untouched)."""
    if any(not r.key for r in refs):
        copies = [r.copy() for r in refs]
        assign_keys(copies)
        refs = copies
    items = [reference_to_csl(r) for r in refs]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- reading


class _ItemError(ValueError):
    """A CSL item field that does not have the shape CSL-JSON prescribes."""


def _parse_iso(text: str) -> PartialDate | None:
    try:
        return PartialDate.from_iso(text[:10])
    except ValueError:
        return None


def _text(value: Any, field_name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _ItemError(f"field {field_name!r} should be text, not {type(value).__name__}")
    return str(value).strip()


def _csl_to_name(value: Any, field_name: str) -> Name:
    if isinstance(value, str):
        return Name(literal=value.strip())
    if not isinstance(value, Mapping):
        raise _ItemError(f"a name in {field_name!r} should be an object")
    if value.get("literal"):
        return Name(literal=_text(value["literal"], field_name))
    particle = " ".join(
        _text(value.get(k), field_name)
        for k in ("dropping-particle", "non-dropping-particle")
        if value.get(k)
    )
    family = _text(value.get("family"), field_name)
    if particle:
        family = f"{particle} {family}".strip()
    given = _text(value.get("given"), field_name)
    suffix = _text(value.get("suffix"), field_name)
    if suffix:
        given = f"{given}, {suffix}" if given else suffix
    return Name(family=family, given=given)


def _csl_to_names(value: Any, field_name: str) -> list[Name]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _ItemError(f"field {field_name!r} should be a list of names")
    names = [_csl_to_name(v, field_name) for v in value]
    return [n for n in names if n.family or n.given or n.literal]


def _csl_to_date(value: Any, field_name: str) -> PartialDate | None:
    """CSL date object (date-parts, raw or literal) or an EDTF string, kept partial."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _parse_iso(value)
    if not isinstance(value, Mapping):
        raise _ItemError(f"field {field_name!r} should be a date object")
    parts = value.get("date-parts")
    if parts:
        if not isinstance(parts, list) or not isinstance(parts[0], list) or not parts[0]:
            raise _ItemError(f"field {field_name!r} has malformed date-parts")
        try:
            numbers = [int(p) for p in parts[0][:3] if p not in (None, "")]
        except (TypeError, ValueError) as exc:
            raise _ItemError(f"field {field_name!r}: {exc}") from exc
        if numbers and len(numbers) > 1 and not 1 <= numbers[1] <= 12:
            numbers = numbers[:1]  # CSL seasons (months 13-24) have no slot: keep the year
        try:
            return PartialDate(*numbers) if numbers else None
        except (TypeError, ValueError) as exc:
            raise _ItemError(f"field {field_name!r}: {exc}") from exc
    for key in ("raw", "literal"):
        if isinstance(value.get(key), str):
            return _parse_iso(value[key])
    return None


def _csl_to_citation(value: Any) -> Citation:
    if not isinstance(value, Mapping):
        raise _ItemError("custom.refharvest.citations should hold objects")
    footnote = value.get("footnote")
    line = value.get("line")
    return Citation(
        article=str(value.get("article", "")),
        footnote=None if footnote is None else str(footnote),
        position=int(value.get("position", 0)),
        raw=str(value.get("raw", "")),
        line=None if line is None else int(line),
    )


def csl_to_reference(item: Mapping[str, Any]) -> Reference:
    """One CSL-JSON item as a Reference; the inverse of reference_to_csl for our own items.

    Raises ValueError (with the field named) on an item that is not CSL-JSON.
    """
    if not isinstance(item, Mapping):
        raise _ItemError("an item should be a JSON object")
    raw_type = _text(item.get("type"), "type") or "document"
    item_type: ItemType = (
        cast(ItemType, raw_type)
        if raw_type in _ITEM_TYPES
        else _FOREIGN_TYPES.get(raw_type, "document")
    )
    ref = Reference(type=item_type, key=_text(item.get("id"), "id"))
    ref.authors = _csl_to_names(item.get("author"), "author")
    ref.editors = _csl_to_names(item.get("editor"), "editor")
    for attr, variable in _STRING_FIELDS:
        setattr(ref, attr, _text(item.get(variable), variable))
    if not ref.url and item.get("url"):
        ref.url = _text(item.get("url"), "url")
    if not ref.doi and item.get("doi"):
        ref.doi = _text(item.get("doi"), "doi")
    ref.issued = _csl_to_date(item.get("issued"), "issued")
    ref.accessed = _csl_to_date(item.get("accessed"), "accessed")

    custom = item.get("custom")
    if isinstance(custom, Mapping):
        ours = custom.get(_CUSTOM_KEY)
        if isinstance(ours, Mapping):
            citations = ours.get("citations", [])
            if not isinstance(citations, list):
                raise _ItemError("custom.refharvest.citations should be a list")
            ref.citations = [_csl_to_citation(c) for c in citations]
            ref.complete = bool(ours.get("complete", True))
            extra = ours.get("extra", {})
            if isinstance(extra, Mapping):
                ref.extra = {str(k): str(v) for k, v in extra.items()}
        if custom.get("archived-url"):
            ref.extra.setdefault("archived-url", _text(custom["archived-url"], "archived-url"))
    if raw_type != item_type and "csl-type" not in ref.extra:
        ref.extra["csl-type"] = raw_type
    return ref


def read_csljson(text: str, *, path: str = "") -> list[Reference]:
    """Every item of a CSL-JSON file (an array, one item, or an object with ``items``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BibParseError(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
            hint="CSL-JSON is a JSON array of items",
            path=path,
        ) from exc
    if isinstance(data, Mapping):
        data = data["items"] if isinstance(data.get("items"), list) else [data]
    if not isinstance(data, list):
        raise BibParseError(
            "CSL-JSON should be an array of items", hint="wrap the items in [ ]", path=path
        )
    refs: list[Reference] = []
    for index, item in enumerate(data):
        try:
            refs.append(csl_to_reference(item))
        except (ValueError, TypeError) as exc:
            label = item.get("id", "") if isinstance(item, Mapping) else ""
            which = f"item {index + 1}" + (f" ({label})" if label else "")
            raise BibParseError(f"{which}: {exc}", path=path) from exc
    return refs
