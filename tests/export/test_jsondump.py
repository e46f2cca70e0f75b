"""Our own JSON: every field, partial dates as ISO strings, clear errors.

Expected JSON values are typed from seed 000's footnote [2] (see test_roundtrip).
"""

from __future__ import annotations

import json

import pytest

from refharvest.errors import BibParseError
from refharvest.export.jsondump import references_from_json, references_to_json
from refharvest.model import Citation, PartialDate, Reference

from .test_roundtrip import A000, seed_references


def test_document_shape_and_fields() -> None:
    ref = seed_references()[1]
    (item,) = json.loads(references_to_json([ref]))
    assert item["type"] == "article-newspaper"
    assert item["authors"] == [{"family": "Abdülkerimov", "given": "Bahtiyar"}]
    assert item["container_title"] == "Anadolu Ajansı"
    assert item["issued"] == "2025-12-19"
    assert item["language"] == "tr"
    assert item["complete"] is True
    assert item["citations"] == [
        {
            "article": A000,
            "footnote": "2",
            "raw": "Bahtiyar Abdülkerimov, Orta Asya-Japonya diyaloğu, …",
        }
    ]
    assert "publisher" not in item  # empty fields are left out


def test_everything_round_trips_including_raw_and_extra() -> None:
    ref = Reference(
        title="x",
        issued=PartialDate(2019),
        accessed=PartialDate(2022, 12),
        complete=False,
        citations=[Citation("a", None, 2, "raw text", 7)],
        extra={"titleaddon": "t", "related": "k"},
    )
    assert references_from_json(references_to_json([ref])) == [ref]


def test_ascii_output_escapes_non_ascii() -> None:
    text = references_to_json(seed_references(), ascii=True)
    assert text.isascii()
    assert references_from_json(text) == seed_references()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("[", "line 1, column 2: invalid JSON", id="syntax"),
        pytest.param("{}", "not a refharvest JSON file", id="object"),
        pytest.param(
            '[{"id": "a", "type": "webpage"}]', "references[0].id: unknown field", id="csl-array"
        ),
        pytest.param('[{"type": "poem"}]', "references[0].type: unknown type 'poem'", id="type"),
        pytest.param(
            '[{"issued": "2025-13"}]', "references[0].issued: month out of range", id="date"
        ),
        pytest.param(
            '[{"authors": [{"first": "x"}]}]',
            "references[0].authors[0]: unknown name part",
            id="name",
        ),
        pytest.param('[{"colour": "red"}]', "references[0].colour: unknown field", id="field"),
        pytest.param(
            '[{"complete": "yes"}]', "references[0].complete: expected true or false", id="complete"
        ),
    ],
)
def test_bad_json_is_a_clear_error(text: str, needle: str) -> None:
    with pytest.raises(BibParseError) as info:
        references_from_json(text, path="x.json")
    assert str(info.value).startswith("x.json: ")
    assert needle in str(info.value)
