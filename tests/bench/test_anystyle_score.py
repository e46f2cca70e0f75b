"""bench/anystyle_score.py's volume and pages keys, on segments as AnyStyle's
annotators label them (the strings are anystyle-gold:1 and anystyle-gold:105 of
../shared/data/anystyle/anystyle.jsonl, copied here so no file is needed)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from refharvest.model import Reference

ROOT = Path(__file__).resolve().parents[2]


def _scorer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import anystyle_score
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return anystyle_score


def test_volume_and_pages_are_compared_by_their_numbers() -> None:
    scorer = _scorer()
    # anystyle-gold:105: volume segment "vol. 21, no 12,", pages "p. 1734 ‑ 1739,"
    row = {"extra": {"volume": ["vol. 21, no 12,"], "pages": ["p. 1734 ‑ 1739,"]}}
    right = scorer.score_row(row, Reference(volume="21", pages="1734–1739"))
    assert (right["volume"], right["pages"]) == (True, True)
    wrong = scorer.score_row(row, Reference(volume="12", pages="1734"))
    assert (wrong["volume"], wrong["pages"]) == (False, False)


def test_a_value_on_one_side_only_is_wrong_and_none_on_both_is_not_counted() -> None:
    scorer = _scorer()
    # anystyle-gold:1 "…, ApJ, 475, 163": pages "163"
    row = {"extra": {"volume": ["475,"], "pages": ["163"]}}
    missed = scorer.score_row(row, Reference(volume="475"))
    assert (missed["volume"], missed["pages"]) == (True, False)
    assert scorer.score_row({"extra": {}}, Reference())["pages"] is None
