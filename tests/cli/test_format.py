"""``refharvest format`` and ``refharvest styles`` end to end.

Expected renderings are the citeproc-js oracle's (tests/oracle/expected/, made
by tests/oracle/make_fixtures.sh outside refharvest); expected error texts are
what the spec asks for (close matches, the file named).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refharvest.cli.main import main
from refharvest.export.citeproc import engine_available

ORACLE = Path(__file__).parents[1] / "oracle"
EXPECTED = ORACLE / "expected"
needs_engine = pytest.mark.skipif(
    not engine_available(),
    reason="Node.js or node_modules/citeproc absent (install Node.js, run `npm ci`)",
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(argv)
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def norm_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@needs_engine
def test_format_text_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["format", str(ORACLE / "seed-items.json"), "--style", "mla"], capsys)
    assert code == 0
    assert norm_lines(out) == norm_lines((EXPECTED / "mla.txt").read_text(encoding="utf-8"))


@needs_engine
def test_format_html_and_markdown_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = tmp_path / "refs.html"
    code, _, err = run(
        ["format", str(ORACLE / "seed-items.json"), "-s", "ieee", "-o", str(html)], capsys
    )
    assert code == 0 and "wrote" in err
    oracle = (EXPECTED / "ieee.html").read_text(encoding="utf-8")
    assert html.read_text(encoding="utf-8").split() == oracle.split()

    md = tmp_path / "refs.md"
    code, _, _ = run(
        ["format", str(ORACLE / "seed-items.json"), "-s", "ieee", "-o", str(md)], capsys
    )
    assert code == 0
    entries = [e for e in md.read_text(encoding="utf-8").split("\n\n") if e.strip()]
    assert len(entries) == 34
    assert entries[0].startswith(r"\[1\] “Strengthening Ties")
    assert "*Japan Forward*" in entries[0]


@needs_engine
def test_format_notes(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["format", str(ORACLE / "repeat-items.json"), "--style", "chicago-notes-ibid", "--notes"]
    code, out, _ = run(argv, capsys)
    assert code == 0
    oracle = (EXPECTED / "notes-repeat.chicago-notes-ibid.txt").read_text(encoding="utf-8")
    expected = [f"{n}. {line}" for n, line in enumerate(norm_lines(oracle), start=1)]
    assert norm_lines(out) == expected
    assert "2. Ibid." in out


def test_unknown_style_lists_close_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["format", str(ORACLE / "seed-items.json"), "-s", "chicgo-notes"], capsys)
    assert code == 2 and out == ""
    assert "unknown style 'chicgo-notes'" in err and "chicago-notes" in err
    assert "Traceback" not in err


def test_broken_csl_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    style = tmp_path / "broken.csl"
    style.write_text("<style><citation>", encoding="utf-8")
    code, _, err = run(["format", str(ORACLE / "seed-items.json"), "-s", str(style)], capsys)
    assert code == 2
    assert str(style) in err and "not a valid CSL file" in err


def test_malformed_bibliography_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a", "title": "x"}, {"id": "b", "author": 5}]', encoding="utf-8")
    code, _, err = run(["format", str(bad)], capsys)
    assert code == 2
    assert "bad.json" in err and "item 2 (b)" in err


def test_unknown_locale(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["format", str(ORACLE / "seed-items.json"), "--locale", "xx-YY"], capsys)
    assert code == 2 and "unknown locale 'xx-YY'" in err


def test_styles_lists_bundled_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["styles"], capsys)
    assert code == 0
    names = [
        line.split()[0] for line in out.splitlines() if line and not line.startswith(("Any", "or"))
    ]
    assert names[:2] == ["apa", "mla"]
    assert {"chicago-notes", "chicago-author-date-18", "harvard", "ieee", "vancouver"} <= set(names)
    code, out, _ = run(["styles", "--locales"], capsys)
    assert "tr-TR  *" in out.splitlines()


@needs_engine
@pytest.mark.parametrize("fmt", ["biblatex", "ris", "csljson"])
def test_notes_survive_our_own_exports(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Provenance (which note cited what) round-trips through .bib/.ris/.json, so
    ``format --notes`` on an export gives the oracle's notes."""
    from refharvest.export import write_references
    from refharvest.export.csljson import read_csljson

    refs = read_csljson((ORACLE / "repeat-items.json").read_text(encoding="utf-8"))
    suffix = {"biblatex": ".bib", "ris": ".ris", "csljson": ".json"}[fmt]
    path = tmp_path / f"lib{suffix}"
    path.write_text(write_references(refs, fmt), encoding="utf-8")
    code, out, _ = run(["format", str(path), "-s", "mla", "--notes"], capsys)
    assert code == 0
    oracle = (EXPECTED / "notes-repeat.mla.txt").read_text(encoding="utf-8")
    assert norm_lines(out) == [f"{n}. {line}" for n, line in enumerate(norm_lines(oracle), 1)]


ARTICLE = """Some text.[1] More.[2] Again.[3]

[1] Robert M. Cutler, Azerbaijan Joins Central Asia to Build a C6 Corridor Core, Times of \
Central Asia, 17 November 2025, https://timesca.com/azerbaijan-joins-central-asia-to-build-a-c6-corridor-core/

[2] He Yin, Xi'an Summit a New Milestone in China-Central Asia Relations, Peoples Daily, \
23 May 2023, https://en.people.cn/n3/2023/0523/c90000-20022316.html

[3] Robert M. Cutler, Azerbaijan Joins Central Asia to Build a C6 Corridor Core, Times of \
Central Asia, 17 November 2025, https://timesca.com/azerbaijan-joins-central-asia-to-build-a-c6-corridor-core/
"""


@needs_engine
def test_article_notes_and_bibliography(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article citing one work in notes 1 and 3: harvested, the repeat merged, so note 3
    takes Chicago's short form (author, short title: as in the oracle's
    notes-repeat.chicago-notes.txt) and the bibliography lists the work once."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(["format", str(article), "-s", "chicago-notes", "--notes"], capsys)
    assert code == 0
    notes = out.splitlines()
    assert [n.split(".")[0] for n in notes] == ["1", "2", "3"]
    assert "Azerbaijan Joins Central Asia" in notes[0]
    assert notes[2] == "3. Cutler, “Azerbaijan Joins Central Asia to Build a C6 Corridor Core.”"
    code, out, _ = run(["format", str(article), "-s", "mla"], capsys)
    assert code == 0
    assert len(out.splitlines()) == 2
