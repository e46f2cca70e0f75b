"""The record model: what a copy of a reference keeps."""

from __future__ import annotations

import dataclasses
from typing import Any

from refharvest.model import Citation, Name, PartialDate, Reference

#: A value other than the default for every field of Reference (from refs/000 fn 1).
EVERY_FIELD: dict[str, Any] = {
    "type": "article-newspaper",
    "authors": [Name(family="Abdülkerimov", given="Bahtiyar")],
    "editors": [Name(literal="AVİM")],
    "title": "Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor",
    "container_title": "Anadolu Ajansı",
    "publisher": "Anadolu Ajansı",
    "publisher_place": "Ankara",
    "issued": PartialDate(2025, 12, 19),
    "accessed": PartialDate(2026, 1, 20),
    "url": "https://www.aa.com.tr/tr/dunya/orta-asya-japonya/3775429",
    "doi": "10.1000/example",
    "language": "tr",
    "volume": "3",
    "issue": "2",
    "pages": "1-4",
    "number": "2026/4",
    "collection_title": "Analiz",
    "note": "a note",
    "key": "abdulkerimov2025orta",
    "complete": False,
    "citations": [Citation("000", "1", raw="Bahtiyar Abdülkerimov, …")],
    "extra": {"titleaddon": "x"},
}


def test_the_sample_sets_every_field() -> None:
    """Adding a field to Reference fails here until the sample, and so the copy test, has it."""
    assert set(EVERY_FIELD) == {f.name for f in dataclasses.fields(Reference)}


def test_copy_keeps_every_field_and_owns_its_containers() -> None:
    original = Reference(**EVERY_FIELD)
    clone = original.copy()
    assert clone == original
    for name in ("authors", "editors", "citations", "extra"):
        assert getattr(clone, name) is not getattr(original, name)
    clone.authors.append(Name(literal="Jamestown"))
    clone.extra["x"] = "y"
    assert original.authors == EVERY_FIELD["authors"] and original.extra == {"titleaddon": "x"}
