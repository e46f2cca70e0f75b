"""Entries of foreign .bib files read for matching (entries written by hand)."""

from __future__ import annotations

import pytest
from bibtexparser.entrypoint import parse_string

from refharvest.dedupe.bibfiles import entry_to_match_reference
from refharvest.model import Name, PartialDate


@pytest.mark.parametrize(
    ("fields", "issued"),
    [
        ("date = {2025-12-19}", PartialDate(2025, 12, 19)),
        ("year = {2025}, month = dec, day = {19}", PartialDate(2025, 12, 19)),
        ("year = 2025, month = {12}", PartialDate(2025, 12)),
        ("year = {2025}", PartialDate(2025)),
        ("year = {n.d.}", None),
    ],
)
def test_dates_in_bibtex_and_biblatex_forms(fields: str, issued: PartialDate | None) -> None:
    [entry] = parse_string("@misc{k, title = {T}, " + fields + "}").entries
    assert entry_to_match_reference(entry).issued == issued


def test_fields_matching_reads() -> None:
    [entry] = parse_string(
        "@article{k, author = {Abdülkerimov, Bahtiyar and {Anadolu Ajansı}},"
        " title = {{Orta} Asya}, journal = {Anadolu Ajansı}, url = {https://aa.com.tr/x},"
        " doi = {10.1/X}, langid = {turkish}}"
    ).entries
    ref = entry_to_match_reference(entry)
    assert ref.key == "k" and ref.type == "article-journal"
    assert ref.title == "Orta Asya"
    assert ref.container_title == "Anadolu Ajansı"
    assert ref.authors == [
        Name(family="Abdülkerimov", given="Bahtiyar"),
        Name(literal="Anadolu Ajansı"),
    ]
    assert (ref.url, ref.doi, ref.language) == ("https://aa.com.tr/x", "10.1/X", "tr")
