"""The merge report written for the seed corpus (References typed by hand, seeds.py)."""

from __future__ import annotations

import json
from pathlib import Path

from refharvest.dedupe import build_library, dedupe_references, write_merge_report
from refharvest.model import Citation, PartialDate, Reference

from .seeds import seed_articles


def test_report_files_hold_groups_members_fields_and_counts(tmp_path: Path) -> None:
    result = build_library(seed_articles())
    written = write_merge_report(result, tmp_path / "out")
    assert [p.name for p in written] == ["merge-report.json", "merge-report.md"]
    data = json.loads((tmp_path / "out" / "merge-report.json").read_text("utf-8"))
    assert data["counts"]["references_in"] == 34
    assert data["counts"]["works_out"] == 20
    assert data["counts"]["entries"] == 25
    assert len(data["merged"]) == 14
    aa = next(g for g in data["merged"] if "3775429" in g["url"])
    # members as refs/000 and refs/001 print them, fn 2 of each
    assert [(m["article"], m["footnote"]) for m in aa["members"]] == [("000", "2"), ("001", "2")]
    assert [m["container_title"] for m in aa["members"]] == ["Anadolu Ajansı", "Anadolu Agency"]
    assert aa["fields"]["container_title"] == "000:fn2"
    assert aa["alternates"]["container_title"] == ["Anadolu Agency"]
    assert aa["evidence"][0].startswith("same URL")
    assert data["translations"][0]["original"] == result.entries[0].key
    markdown = (tmp_path / "out" / "merge-report.md").read_text("utf-8")
    assert "34 references in → 20 works out" in markdown
    assert "Anadolu Agency" in markdown
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_possible_duplicate_is_reported_with_a_decision_to_paste(tmp_path: Path) -> None:
    title = "Central Asia Investment Forum 2022 in Tokyo"
    refs = [
        Reference(
            title=title,
            container_title="EBRD",
            issued=PartialDate(2022, 12, 2),
            key="ebrd2022a",
            citations=[Citation("A", "1", 0, "raw one")],
        ),
        Reference(
            title=title,
            container_title="Avrupa İmar ve Kalkınma Bankası",
            issued=PartialDate(2022),
            key="ebrd2022b",
            citations=[Citation("B", "4", 0, "raw two")],
        ),
    ]
    result = dedupe_references(refs)
    write_merge_report(result, tmp_path)
    data = json.loads((tmp_path / "merge-report.json").read_text("utf-8"))
    [item] = data["possible_duplicates"]
    assert item["decide"] == ["ebrd2022a", "ebrd2022b"]
    assert "date only partly known" in item["evidence"]
    markdown = (tmp_path / "merge-report.md").read_text("utf-8")
    assert '["ebrd2022a", "ebrd2022b"]' in markdown
