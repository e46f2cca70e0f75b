"""``refharvest dedupe`` on .bib files written by hand for these tests.

The files imitate a JabRef export (with @string and a comment) and a Zotero
export of the same work (refs/000 fn 2 / refs/001 fn 2), plus an unrelated
entry that shares a key; expected outputs are read off those inputs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from refharvest.cli.main import main

JABREF = """% JabRef export
@string{aa = "Anadolu Ajansı"}

@online{abdulkerimov2025,
  author = {Abdülkerimov, Bahtiyar},
  title = {Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor},
  journaltitle = aa,
  date = {2025-12-19},
  url = {https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429},
  keywords = {japan},
}

@online{aa2025ticaret,
  title = {Orta Asya ülkeleriyle ticaret hacmi arttı},
  journaltitle = aa,
  date = {2025-12-19},
  url = {https://www.aa.com.tr/tr/ekonomi/ticaret/3775430},
}
"""

ZOTERO = """@comment{Zotero export}
@misc{abdulkerimov_orta_2025,
  title = {Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir doneme giriyor},
  howpublished = {Anadolu Agency},
  year = {2025}, month = dec,
  url = {http://aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429/?utm_source=x},
  note = {Accessed via Zotero},
  keywords = {central asia},
}
@misc{aa2025ticaret,
  title = {Something else entirely},
  url = {https://example.org/x},
  usera = {a field no tool knows},
}
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def bibs(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "jabref.bib", tmp_path / "zotero.bib"
    first.write_text(JABREF, "utf-8")
    second.write_text(ZOTERO, "utf-8")
    return first, second


def test_merges_the_same_page_and_keeps_everything_else(
    bibs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "clean.bib"
    code, stdout, stderr = run(
        ["dedupe", str(bibs[0]), str(bibs[1]), "-o", str(out), "--report", str(tmp_path / "r")],
        capsys,
    )
    assert code == 0 and stdout == ""
    assert "4 entries in -> 3 out (1 merged groups" in stderr
    assert "renamed aa2025ticaret -> aa2025ticareta" in stderr
    text = out.read_text("utf-8")
    assert "% JabRef export" in text and "Zotero export" in text
    assert '@string{aa = "Anadolu Ajansı"}' in text
    library = parse_string(text, parse_stack=[])
    assert not library.failed_blocks
    entries = {e.key: {f.key: f.value for f in e.fields} for e in library.entries}
    assert sorted(entries) == ["aa2025ticaret", "aa2025ticareta", "abdulkerimov_orta_2025"]
    merged = entries["abdulkerimov_orta_2025"]
    # the diacritic spelling of the JabRef title wins over Zotero's ASCII one
    assert merged["title"] == (
        "{Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor}"
    )
    assert merged["author"] == "{Abdülkerimov, Bahtiyar}"
    assert merged["journaltitle"] == "aa"  # the @string reference is kept as written
    assert merged["howpublished"] == "{Anadolu Agency}"
    assert merged["note"] == "{Accessed via Zotero}"
    assert merged["month"] == "dec"
    assert merged["keywords"] == "{central asia, japan}"
    assert merged["ids"] == "{abdulkerimov2025}"
    assert merged["url"].startswith("{https://www.aa.com.tr/") and "utm" not in merged["url"]
    assert entries["aa2025ticareta"]["usera"] == "{a field no tool knows}"
    assert entries["aa2025ticaret"]["journaltitle"] == "aa"
    report = json.loads((tmp_path / "r" / "merge-report.json").read_text("utf-8"))
    assert report["counts"]["references_in"] == 4
    assert [m["article"] for m in report["merged"][0]["members"]] == [str(b) for b in bibs]


def test_writes_to_stdout_without_output(
    bibs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, _ = run(["dedupe", str(bibs[0])], capsys)
    assert code == 0
    assert {e.key for e in parse_string(stdout).entries} == {"abdulkerimov2025", "aa2025ticaret"}


def test_duplicate_keys_inside_one_file_are_deduplicated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dup.bib"
    path.write_text(
        "@online{k, title = {One Page About Japan and Central Asia}, url = {https://x.org/a}}\n"
        "@online{k, title = {One Page About Japan and Central Asia}, url = {http://www.x.org/a/}}\n"
        "@online{k, title = {Another page}, url = {https://x.org/b}}\n",
        "utf-8",
    )
    code, stdout, _ = run(["dedupe", str(path)], capsys)
    assert code == 0
    assert [e.key for e in parse_string(stdout).entries] == ["k", "ka"]


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("@online{x, title = {unclosed\n", id="unclosed-brace"),
        pytest.param('@online{x, title = "unclosed\n}', id="unclosed-quote"),
    ],
)
def test_malformed_bib_is_exit_2_without_traceback(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.bib"
    path.write_text(content, "utf-8")
    out = tmp_path / "out.bib"
    code, _, stderr = run(["dedupe", str(path), "-o", str(out)], capsys)
    assert code == 2
    assert "bad.bib" in stderr and "Traceback" not in stderr
    assert not out.exists()


def test_missing_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run(["dedupe", str(tmp_path / "nope.bib")], capsys)
    assert code == 2 and "no such file" in stderr


def test_decisions_file_keeps_apart(
    bibs: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    decisions = tmp_path / "decisions.json"
    decisions.write_text(
        json.dumps({"different": [["abdulkerimov2025", "abdulkerimov_orta_2025"]]}), "utf-8"
    )
    code, _, stderr = run(
        ["dedupe", str(bibs[0]), str(bibs[1]), "--decisions", str(decisions)], capsys
    )
    assert code == 0
    assert "4 entries in -> 4 out" in stderr


@pytest.mark.parametrize(
    ("option", "content", "what"),
    [
        pytest.param("--decisions", '{"same": [["a", "b"]', "dedupe decisions", id="decisions"),
        pytest.param("--aliases", "{'sites': []}", "site aliases", id="aliases"),
    ],
)
def test_unreadable_settings_file_is_exit_2_naming_it(
    bibs: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    option: str,
    content: str,
    what: str,
) -> None:
    """Malformed JSON (cut short; single quotes) gets the file's name and the format."""
    settings = tmp_path / "settings.json"
    settings.write_text(content, "utf-8")
    code, _, stderr = run(["dedupe", str(bibs[0]), option, str(settings)], capsys)
    assert code == 2
    assert f"cannot read {what}" in stderr and "settings.json" in stderr
    assert "expected {" in stderr and "Traceback" not in stderr
