"""Our citeproc-js path against citeproc-js run alone.

Expected renderings are the oracle's (tests/oracle/render.js, run by
tests/oracle/make_fixtures.sh straight through the npm package, never through
refharvest). Our side reads the same hand-written CSL-JSON through
read_csljson → Reference → reference_to_csl → our Node bridge, with engines
kept alive and reused across calls. Whitespace-only differences count as
equal, nothing else does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from refharvest.errors import EngineMissingError, StyleError
from refharvest.export.citeproc import (
    Engine,
    EnginePool,
    engine_available,
    find_node,
    find_node_modules,
    notes_clusters,
    render_bibliography,
    render_notes,
)
from refharvest.export.csljson import read_csljson
from refharvest.export.styles import BUNDLED_STYLES
from refharvest.model import Citation, Name, PartialDate, Reference

ORACLE = Path(__file__).parents[1] / "oracle"
EXPECTED = ORACLE / "expected"

needs_engine = pytest.mark.skipif(
    not engine_available(),
    reason="Node.js or node_modules/citeproc absent (install Node.js, run `npm ci`)",
)

#: Bundled styles with a bibliography (chicago-notes-ibid shares chicago-notes' list).
BIBLIOGRAPHY_STYLES = [name for name in BUNDLED_STYLES if name != "chicago-notes-ibid"]
NOTE_STYLES = ["chicago-notes", "chicago-notes-ibid", "chicago-notes-18", "mla", "apa"]


def norm(text: str) -> str:
    return " ".join(text.split())


def expected_lines(name: str) -> list[str]:
    return [norm(line) for line in (EXPECTED / name).read_text(encoding="utf-8").splitlines()]


def read_items(name: str) -> list[Reference]:
    return read_csljson((ORACLE / name).read_text(encoding="utf-8"), path=name)


@pytest.fixture(scope="module")
def pool() -> Iterator[EnginePool]:
    """Every engine this module needs, started at once so that they build in parallel."""
    with EnginePool() as engines:
        engines.start([(style, None) for style in BUNDLED_STYLES] + LOCALE_CASES)
        yield engines


@pytest.fixture(scope="module")
def seed_refs() -> list[Reference]:
    return read_items("seed-items.json")


@needs_engine
@pytest.mark.parametrize("style", BIBLIOGRAPHY_STYLES)
def test_bibliography_equals_oracle(
    style: str, pool: EnginePool, seed_refs: list[Reference]
) -> None:
    text = render_bibliography(seed_refs, style, to="text", pool=pool)
    assert text.errors == []
    assert [norm(e) for e in text.entries] == expected_lines(f"{style}.txt")
    assert len(text.output.splitlines()) == len(seed_refs)
    html = render_bibliography(seed_refs, style, to="html", pool=pool)
    oracle_html = (EXPECTED / f"{style}.html").read_text(encoding="utf-8")
    assert norm(html.output) == norm(oracle_html)
    assert sorted(k for keys in text.keys for k in keys) == sorted(r.key for r in seed_refs)


LOCALE_CASES = [
    ("apa", "tr-TR"),
    ("mla", "de-DE"),
    ("mla", "ru-RU"),
    ("harvard", "en-US"),
]


@needs_engine
@pytest.mark.parametrize(("style", "locale"), LOCALE_CASES)
def test_locales_equal_oracle(
    style: str, locale: str, pool: EnginePool, seed_refs: list[Reference]
) -> None:
    result = render_bibliography(seed_refs, style, locale=locale, pool=pool)
    assert [norm(e) for e in result.entries] == expected_lines(f"{style}.{locale}.txt")


@needs_engine
@pytest.mark.parametrize("style", NOTE_STYLES)
def test_seed_notes_equal_oracle(style: str, pool: EnginePool, seed_refs: list[Reference]) -> None:
    """Article 000's eleven notes, clustered from the items' provenance."""
    refs = [r for r in seed_refs if r.citations[0].article == "000"]
    result = render_notes(refs, style, pool=pool)
    assert result.labels == [str(n) for n in range(1, 12)]
    assert [norm(e) for e in result.entries] == expected_lines(f"notes-000.{style}.txt")


@needs_engine
@pytest.mark.parametrize("style", NOTE_STYLES)
def test_repeated_notes_equal_oracle(style: str, pool: EnginePool) -> None:
    """Short forms for later notes, and Ibid. in the style that uses it."""
    result = render_notes(read_items("repeat-items.json"), style, pool=pool)
    assert [norm(e) for e in result.entries] == expected_lines(f"notes-repeat.{style}.txt")
    if style == "chicago-notes":
        html = render_notes(read_items("repeat-items.json"), style, to="html", pool=pool)
        assert [norm(e) for e in html.entries] == expected_lines("notes-repeat.chicago-notes.html")


def test_ibid_and_short_forms_are_there() -> None:
    """The fixture itself shows what notes mode is for (read off the oracle output)."""
    ibid = expected_lines("notes-repeat.chicago-notes-ibid.txt")
    assert ibid[1] == "Ibid."
    assert ibid[3].startswith("Japan Forward, “Strengthening Ties")
    assert len(ibid[3]) < len(ibid[0])


def test_clusters_follow_footnote_order() -> None:
    def ref(key: str, *notes: tuple[str, int]) -> Reference:
        return Reference(key=key, citations=[Citation("a", fn, pos) for fn, pos in notes])

    refs = [ref("x", ("10", 0), ("2", 1)), ref("y", ("2", 0)), ref("z"), ref("w", ("1", 0))]
    assert notes_clusters(refs) == [("1", [3]), ("2", [1, 0]), ("10", [0]), ("", [2])]


@needs_engine
def test_engine_reuse_sees_changed_items(pool: EnginePool) -> None:
    """citeproc-js caches items by id; a reused engine must still show the new data."""
    ref = Reference(
        type="webpage",
        title="First title",
        authors=[Name(literal="Xinhua")],
        issued=PartialDate(2025),
        key="same",
    )
    first = render_bibliography([ref], "apa", pool=pool)
    ref.title = "Second title"
    second = render_bibliography([ref], "apa", pool=pool)
    assert "First title" in first.output
    assert "Second title" in second.output and "First title" not in second.output


@needs_engine
def test_markdown_keeps_italics(pool: EnginePool, seed_refs: list[Reference]) -> None:
    result = render_bibliography(seed_refs[:1], "apa", to="md", pool=pool)
    assert "*Japan Forward*" in result.output


@needs_engine
def test_one_bad_item_does_not_stop_the_others(pool: EnginePool) -> None:
    """An item citeproc-js throws on (a name that is not an object) is reported, not fatal."""
    engine = pool.get("apa")
    good = {"id": "good", "type": "book", "title": "Good", "issued": {"date-parts": [[2020]]}}
    bad = {"id": "bad", "type": "book", "title": "Bad", "author": [None]}
    entries, errors = engine.bibliography([good, bad], "text")
    assert [ids for ids, _ in entries] == [["good"]]
    assert [key for key, _ in errors] == ["bad"]
    clusters = [{"id": "n1", "note": 1, "items": [{"id": "bad"}, {"id": "good"}]}]
    notes, errors = engine.notes([good, bad], clusters, "text")
    assert len(notes) == 1 and "Good" in notes[0][1]
    assert [key for key, _ in errors] == ["bad"]


@needs_engine
def test_unmappable_reference_is_reported(pool: EnginePool) -> None:
    good = Reference(title="Fine", key="fine", issued=PartialDate(2020))
    broken = Reference(title="Broken", key="broken", authors=[None])  # type: ignore[list-item]
    result = render_bibliography([good, broken], "apa", pool=pool)
    assert len(result.entries) == 1 and "Fine" in result.entries[0]
    assert result.errors and result.errors[0][0] == "broken"


@needs_engine
def test_style_without_bibliography_says_so(tmp_path: Path) -> None:
    """A note style with no <bibliography> (like chicago-notes.csl, "without bibliography")."""
    path = tmp_path / "notes-only.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="note">'
        "<info><title>notes only</title></info>"
        '<citation><layout><text variable="title"/></layout></citation></style>',
        encoding="utf-8",
    )
    with pytest.raises(StyleError, match="no bibliography"):
        render_bibliography([Reference(title="x")], str(path))
    notes = render_notes([Reference(title="A Title", key="k")], str(path))
    assert notes.output == "1. A Title\n"


@needs_engine
def test_broken_style_rejected_by_engine_names_file(tmp_path: Path) -> None:
    """Well-formed XML the engine cannot build from."""
    path = tmp_path / "odd.csl"
    path.write_text(
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" class="in-text">'
        "<info><title>odd</title></info>"
        "<citation><layout><unknown-element/></layout></citation></style>",
        encoding="utf-8",
    )
    with pytest.raises(StyleError) as info, Engine(str(path)) as engine:
        engine.notes([], [], "text")
    assert "odd.csl" in str(info.value)
    assert "unknown-element" in str(info.value)


@needs_engine
def test_title_case_only_for_english(pool: EnginePool) -> None:
    """Chicago title-cases titles; CSL says only English ones, which ``language`` marks."""
    english = Reference(title="the summit of the dialogue", language="en", key="en")
    turkish = Reference(title="orta asya ile yeni bir dönem", language="tr", key="tr")
    result = render_bibliography([english, turkish], "chicago-notes", pool=pool)
    assert any("The Summit of the Dialogue" in e for e in result.entries)
    assert any("orta asya ile yeni bir dönem" in e for e in result.entries)


@pytest.mark.parametrize(
    ("variable", "value", "what"),
    [
        ("REFHARVEST_NODE", "/nonexistent/node", "cannot start Node.js"),
        ("REFHARVEST_NODE_MODULES", "/nonexistent", "has no citeproc package"),
    ],
)
def test_missing_runtime_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, what: str
) -> None:
    monkeypatch.setenv(variable, value)
    find_node.cache_clear()
    find_node_modules.cache_clear()
    try:
        with pytest.raises(EngineMissingError) as info:
            render_bibliography([Reference(title="x")], "apa")
    finally:
        find_node.cache_clear()
        find_node_modules.cache_clear()
    message = str(info.value)
    if engine_available():  # otherwise the other missing part is reported first
        assert what in message
    assert "install Node.js, then run `npm ci`" in message
    assert "\n" not in message
