"""Section headings and stop lines, in the languages the harvest meets."""

from __future__ import annotations

import pytest

from refharvest.footnotes.markers import (
    NOTES_HEADINGS,
    REFERENCE_HEADINGS,
    heading_key,
    is_stop_line,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("References", "references"),
        ("## Bibliography", "references"),
        ("**Works Cited:**", "references"),
        ("5. Literaturverzeichnis", "references"),
        ("KAYNAKÇA", "references"),
        ("Kaynaklar", "references"),
        ("Список литературы", "references"),
        ("IV. Notes", "notes"),
        ("DİPNOTLAR", "notes"),
        ("Anmerkungen", "notes"),
        ("Примечания", "notes"),
    ],
)
def test_headings(line: str, kind: str) -> None:
    key = heading_key(line)
    assert key in (REFERENCE_HEADINGS if kind == "references" else NOTES_HEADINGS)


@pytest.mark.parametrize(
    "line",
    ["References are listed below.", "notes", "Notes on the text of the treaty and more", ""],
)
def test_not_headings(line: str) -> None:
    key = heading_key(line)
    assert key not in REFERENCE_HEADINGS and key not in NOTES_HEADINGS


@pytest.mark.parametrize(
    ("line", "stops"),
    [
        ("Yazar Hakkında :", True),  # seed 000 line 201
        ("About the Author :", True),  # seed 001 line 65
        ("To cite this article: OSMANLI, Seyda Nur. 2026.", True),
        ("© 2009-2025 Avrasya İncelemeleri Merkezi (AVİM)", True),
        ("Bibliography", True),
        ('Siyaseti", Tercüman, 25 Kasım 2025,', False),  # seed 000 line 194
        ("copyright law in the region", False),  # lower case: a wrapped line, not a heading
    ],
)
def test_stop_lines(line: str, stops: bool) -> None:
    assert is_stop_line(line) is stops
