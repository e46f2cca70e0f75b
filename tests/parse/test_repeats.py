"""Back-references: "Ibid.", "a.g.e., s. 5", "Cutler, op. cit." and what they point at.

The forms are the ones style guides print in each language (Chicago's "Ibid."
and "op. cit.", Turkish "a.g.e."/"a.g.m."/"Aynı eser", German "Ebd.", Russian
"Там же"); expected locators and names are read off the strings.
"""

from __future__ import annotations

import pytest

from refharvest.model import Name, Reference
from refharvest.parse.repeats import Repeat, find_repeat, repeats_author, resolve_repeat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibid.", Repeat("", "")),
        ("Ibid., p. 5.", Repeat("", "p. 5")),
        ("İbid, s. 12-14.", Repeat("", "s. 12-14")),
        ("Ibidem", Repeat("", "")),
        ("Ib., 4", Repeat("", "4")),
        ("a.g.e., s. 5.", Repeat("", "s. 5")),
        ("A.g.m.", Repeat("", "")),
        ("age, s. 7", Repeat("", "s. 7")),
        ("Aynı eser, s. 3", Repeat("", "s. 3")),
        ("Ebd., S. 12.", Repeat("", "S. 12")),
        ("Там же. С. 45.", Repeat("", "С. 45")),
        ("Cutler, a.g.e., s. 5.", Repeat("Cutler", "s. 5")),
        ("Cutler, op. cit., p. 5", Repeat("Cutler", "p. 5")),
        ("Robert M. Cutler, a.g.m.", Repeat("Robert M. Cutler", "")),
    ],
)
def test_back_references_in_four_languages(text: str, expected: Repeat) -> None:
    assert find_repeat(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Op. cit.",  # names no author: which earlier work is meant cannot be told
        "Age of Empires, Microsoft, 1997",  # "Age" opening a title
        "IB, 2020",  # an abbreviation, not "Ib."
        "Cutler, Azerbaijan Joins Central Asia, p. 5",  # a short title: a reference of its own
        "Robert M. Cutler, Azerbaijan Joins Central Asia, Times of Central Asia, 17 Kasım 2025",
    ],
)
def test_references_in_their_own_right_are_not_back_references(text: str) -> None:
    assert find_repeat(text) is None


def _ref(title: str, family: str = "", container: str = "") -> Reference:
    authors = [Name(family=family)] if family else []
    return Reference(type="webpage", title=title, authors=authors, container_title=container)


def test_ibid_points_at_the_work_cited_last() -> None:
    first, second = _ref("A", "Cutler"), _ref("B", "Yin")
    assert resolve_repeat(Repeat("", ""), [first, second]) is second


def test_a_short_form_points_at_that_authors_last_work() -> None:
    older, other, newer = _ref("A", "Cutler"), _ref("B", "Yin"), _ref("C", "Cutler")
    cited = [older, other, newer, other]
    assert resolve_repeat(Repeat("Cutler", "s. 5"), cited) is newer
    assert resolve_repeat(Repeat("Robert M. Cutler", ""), cited) is newer
    assert resolve_repeat(Repeat("Yin", ""), cited) is other


def test_a_short_form_may_name_the_site_of_an_authorless_work() -> None:
    page = _ref("Japan Deepens Cooperation", container="Jamestown")
    assert resolve_repeat(Repeat("Jamestown", ""), [page, _ref("B", "Yin")]) is page


def test_nothing_to_point_at() -> None:
    assert resolve_repeat(Repeat("", ""), []) is None
    assert resolve_repeat(Repeat("Guliyev", ""), [_ref("A", "Cutler")]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("———. The Scarlet Letter. New York: Random House, 2003.", True),
        ("–––––. “Against Literary Darwinism.” Critical Inquiry 37.2 (2011): 315-347.", True),
        ("__________ . Psychology: A Problem Solving Approach. New York: Harper, 1961.", True),
        ("12. ———, “Entertainers in the Roman Empire.”", True),
        ("Hawthorne, Nathaniel. The Scarlet Letter.", False),
        ("-5 °C winters, Nature, 2001", False),
    ],
)
def test_dashes_for_the_same_author(text: str, expected: bool) -> None:
    assert repeats_author(text) is expected
