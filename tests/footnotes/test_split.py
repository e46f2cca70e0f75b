"""split_references: ``A ; B`` notes become ``A`` and ``B``.

Counts are the issue's: seed 000 → 14 references, 001 → 14, 002 → 6.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refharvest.footnotes import find_footnotes, split_references
from refharvest.ingest import read_document
from refharvest.model import Footnote

REFS = Path(__file__).resolve().parents[2] / "refs"


def _note(text: str) -> Footnote:
    return Footnote(article="a", label="1", text=text)


def _references(prefix: str) -> list[list[str]]:
    notes, _ = find_footnotes(read_document(next(REFS.glob(f"{prefix}_*.txt"))))
    return [split_references(note) for note in notes]


@pytest.mark.parametrize(("prefix", "total"), [("000", 14), ("001", 14), ("002", 6)])
def test_seed_reference_counts(prefix: str, total: int) -> None:
    assert sum(len(pieces) for pieces in _references(prefix)) == total


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_which_notes_hold_two(prefix: str) -> None:
    # Footnotes 2, 4 and 8 hold two references; 10 ends with a lone " ;".
    counts = [len(pieces) for pieces in _references(prefix)]
    assert counts == [1, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1]


def test_seed_000_pieces() -> None:
    pieces = _references("000")
    assert pieces[1][1] == (
        "Vusal Guliyev ,Japan Deepens Cooperation with Central Asian States Jamestown, "
        "26 Ocak 2026, https://jamestown.org/japan-deepens-cooperation-with-central-asian-states/"
    )
    assert pieces[7] == [
        "United States Strategy for Central Asia 2019-2025, U.S. Department of State, 2019, "
        "https://tj.usembassy.gov/wp-content/uploads/sites/143/United-States-Strategy-for-Central-"
        "Asia-2019-2025-1.pdf",
        '"Minerals Security Partnership", U.S. Department of State, '
        "https://www.state.gov/minerals-security-partnership",
    ]
    assert pieces[9][0].endswith("nufuz-siyaseti-1341")  # the trailing " ;" is gone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("One ref, 2020", ["One ref, 2020"], id="nothing-to-split"),
        pytest.param("A, 2020, https://a.org ; B, 2021", ["A, 2020, https://a.org", "B, 2021"]),
        pytest.param("A, 2020 ;B, 2021", ["A, 2020", "B, 2021"], id="space-before-only"),
        pytest.param("A partnership ;", ["A partnership"], id="trailing-separator"),
        pytest.param("A ;  ; B", ["A", "B"], id="empty-middle"),
        pytest.param(
            "Report, 2020, https://a.org/x;jsessionid=9;view=1",
            ["Report, 2020, https://a.org/x;jsessionid=9;view=1"],
            id="semicolons-inside-a-url",
        ),
        pytest.param(
            "Ukraine; Russia and the War, Site, 2022, https://a.org/u",
            ["Ukraine; Russia and the War, Site, 2022, https://a.org/u"],
            id="semicolon-in-a-title",
        ),
        pytest.param(
            "The War of 2022; What Comes Next, Some Site, 2023",
            ["The War of 2022; What Comes Next, Some Site, 2023"],
            id="semicolon-in-a-dated-title",
        ),
        pytest.param(
            "A. Author, First Title, Site, 2020, https://a.org/1; B. Author, Second, 2021",
            ["A. Author, First Title, Site, 2020, https://a.org/1", "B. Author, Second, 2021"],
            id="two-whole-references-without-space-before",
        ),
        pytest.param("A, 2020 ; . ; B", ["A, 2020 ;.", "B"], id="stray-punctuation-stays"),
    ],
)
def test_split_cases(text: str, expected: list[str]) -> None:
    assert split_references(_note(text)) == expected


def test_nothing_to_split_returns_the_text_itself() -> None:
    note = _note("  padded text, 2020 ")
    assert split_references(note) == [note.text]


_piece = st.text(
    alphabet=st.sampled_from("abcçğıişöüABÇĞİŞ0123456789-/.,:\"'()"), min_size=1, max_size=30
).filter(lambda s: any(ch.isalnum() for ch in s))


@given(st.lists(_piece, min_size=1, max_size=6))
def test_split_keeps_every_character_but_the_separators(pieces: list[str]) -> None:
    text = " ; ".join(pieces)
    result = split_references(_note(text))
    assert result == [p.strip() for p in pieces]
    assert "".join(result) == "".join(pieces)
