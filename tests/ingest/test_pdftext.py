"""Page furniture of PDF-extracted text: running footers and link-annotation lists.

Expected line numbers read off refs/000_* (1-based): footers at 123-124,
171-172 and 228-229; link lists at 174-191 and 231-234.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refharvest.ingest.pdftext import find_page_furniture, link_evidence

REFS = Path(__file__).resolve().parents[2] / "refs"


def _lines(prefix: str) -> list[str]:
    return next(REFS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8").split("\n")


def test_seed_000_footers_and_link_lists() -> None:
    furniture = find_page_furniture(_lines("000"))
    assert sorted(n + 1 for n in furniture.footer_lines) == [123, 124, 171, 172, 228, 229]
    assert sorted(n + 1 for n in furniture.link_lines) == [*range(174, 192), *range(231, 235)]
    assert len(furniture.link_urls) == 22  # 18 + 4 lines, duplicates included
    assert len(link_evidence(furniture)) == 14


@pytest.mark.parametrize("prefix", ["001", "002", "003", "004"])
def test_web_seeds_have_no_furniture(prefix: str) -> None:
    assert not find_page_furniture(_lines(prefix))


def _page(body: str, footer: list[str]) -> list[str]:
    return [*([body] * 15), "", *footer, ""]


def test_other_publishers_footers_are_found_by_shape() -> None:
    lines = [
        *_page("prose line", ["Journal of Eurasian Affairs | 12"]),
        *_page("more prose", ["Journal of Eurasian Affairs | 13"]),
        *_page("even more", ["Journal of Eurasian Affairs | 14"]),
    ]
    furniture = find_page_furniture(lines)
    assert {lines[n] for n in furniture.footer_lines} == {
        "Journal of Eurasian Affairs | 12",
        "Journal of Eurasian Affairs | 13",
        "Journal of Eurasian Affairs | 14",
    }


def test_ibid_notes_with_growing_pages_are_not_footers() -> None:
    lines = ["[3] Ibid., 12", "[4] Ibid., 15", "Ibid., 17", "Ibid., 19"]
    assert not find_page_furniture(lines)


def test_two_bare_numbers_are_too_weak_three_pages_are_enough() -> None:
    two = [*_page("a", ["1"]), *_page("b", ["2"])]
    assert not find_page_furniture(two).footer_lines
    three = [*_page("a", ["1"]), *_page("b", ["2"]), *_page("c", ["3"])]
    assert len(find_page_furniture(three).footer_lines) == 3


def test_a_url_line_inside_a_note_is_not_a_link_list() -> None:
    lines = [
        "[3] The Summit, Ministry of Foreign Affairs of Japan, 20 Aralık 2025, ",
        "https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html",
        "",
        "[4] Next note",
    ]
    assert not find_page_furniture(lines)
