"""Citation keys: expected keys are written by hand from the seed references."""

from __future__ import annotations

from refharvest.keys import assign_keys, key_base
from refharvest.model import Name, PartialDate, Reference


def test_key_from_family_year_and_first_title_word() -> None:
    # Seed 000, footnote 2: "Bahtiyar Abdülkerimov, Orta Asya-Japonya diyaloğu, ..., 19 Aralık 2025"
    ref = Reference(
        authors=[Name(family="Abdülkerimov", given="Bahtiyar")],
        title="Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor",
        issued=PartialDate(2025, 12, 19),
    )
    assert key_base(ref) == "abdulkerimov2025orta"


def test_cyrillic_title_and_site_without_author_are_transliterated() -> None:
    # Seed 002, note 3: "Встреча глав МИД Японии ..., Tass,, (Date of Accession: 17.12.2022)."
    ref = Reference(
        title="Встреча глав МИД Японии и стран Центральной Азии", container_title="Tass"
    )
    assert key_base(ref) == "tassvstrecha"


def test_keys_are_unique_and_existing_keys_kept() -> None:
    refs = [Reference(title="Same", issued=PartialDate(2020)) for _ in range(800)]
    refs[5].key = "kept"
    assign_keys(refs, taken={"ref2020same"})
    keys = [r.key for r in refs]
    assert len(set(keys)) == 800
    assert refs[5].key == "kept"
    assert "ref2020same" not in keys
    assert refs[0].key == "ref2020samea"
    # 799 new keys: a…z (26), aa…zz (676), then numbers from 1: the last is 97.
    assert refs[-1].key == "ref2020same97"


def test_abbreviated_site_folds_to_one_word() -> None:
    # Seed 000, note 8: '"Minerals Security Partnership", U.S. Department of State, https://…'
    ref = Reference(
        title="Minerals Security Partnership", container_title="U.S. Department of State"
    )
    assert key_base(ref) == "usdepartmentminerals"
