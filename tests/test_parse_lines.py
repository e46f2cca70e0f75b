"""parse_lines: one record per input line, "Ibid." lines included.

Expected values are read off the input lines.
"""

from __future__ import annotations

from refharvest.parse_lines import parse_lines

CUTLER = (
    "Robert M. Cutler, Azerbaijan Joins Central Asia to Build a C6 Corridor Core, "
    "Times of Central Asia, 17 November 2025."
)


def test_an_ibid_line_is_the_work_of_the_line_it_points_at() -> None:
    refs, problems = parse_lines(f"{CUTLER}\nIbid., p. 7.\nCutler, op. cit.\n", source="s")
    assert len(refs) == 3  # still one record per line
    assert [r.title for r in refs] == [
        "Azerbaijan Joins Central Asia to Build a C6 Corridor Core"
    ] * 3
    assert [r.citations[0].line for r in refs] == [1, 2, 3]
    assert len({r.key for r in refs}) == 3  # CSL-JSON ids stay unique
    repeats = [p for p in problems if p.code == "repeat-citation"]
    assert [(p.line, "line 1" in p.message) for p in repeats] == [(2, True), (3, True)]


def test_an_ibid_with_nothing_before_it_is_kept_with_a_warning() -> None:
    refs, problems = parse_lines("Ibid., s. 5.\n", source="s")
    assert (refs[0].title, refs[0].note, refs[0].complete) == ("", "Ibid., s. 5.", False)
    assert [(p.severity, p.code, p.line) for p in problems] == [("warning", "unresolved-repeat", 1)]


def test_a_same_author_dash_takes_the_line_above_s_authors() -> None:
    refs, _ = parse_lines(
        "Moretti, Franco. Graphs, Maps, Trees. London: Verso, 2005.\n"
        "———. Distant Reading. London: Verso, 2013.\n",
        source="s",
    )
    assert [a.family for a in refs[1].authors] == ["Moretti"]
    assert refs[1].title == "Distant Reading"
