"""Our .bib files through the real tools: BibTeX (plain.bst) and biber.

Skipped, saying so, when ``bibtex`` or ``biber`` is not installed (Debian:
``apt-get install --no-install-recommends texlive-binaries texlive-base biber``).
The references are the hand-built seed references of test_roundtrip.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from refharvest.export.bibtex import read_bibtex, unique_keys, write_bibtex

from .test_roundtrip import seed_references

pytestmark = pytest.mark.integration


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.skip(f"{program} not installed: apt-get install texlive-binaries texlive-base biber")
    return path


@pytest.mark.parametrize("ascii", [False, True], ids=["utf8", "ascii"])
def test_bibtex_plain_accepts_our_file_without_warnings(tmp_path: Path, ascii: bool) -> None:
    bibtex = _need("bibtex")
    refs = seed_references()
    (tmp_path / "refs.bib").write_text(write_bibtex(refs, ascii=ascii), encoding="utf-8")
    (tmp_path / "doc.aux").write_text(
        "\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n", encoding="utf-8"
    )
    done = subprocess.run([bibtex, "doc"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    log = (tmp_path / "doc.blg").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0, done.stdout + log
    assert "error message" not in log
    assert "Warning--" not in log, log
    bbl = (tmp_path / "doc.bbl").read_text(encoding="utf-8")
    for key in unique_keys(refs):
        assert f"\\bibitem{{{key}}}" in bbl
    # plain.bst lowercases titles; the protected acronym and proper nouns must survive it
    assert '{Japan" Dialogue (CA+JAD)}' in bbl
    assert "ca+jad" not in bbl


_WARNING = re.compile(r"WARN - Datamodel: Entry '([^']+)' \([^)]*\): (.*)")


@pytest.mark.parametrize("ascii", [False, True], ids=["utf8", "ascii"])
def test_biber_validates_our_biblatex_against_its_data_model(tmp_path: Path, ascii: bool) -> None:
    biber = _need("biber")
    refs = seed_references()
    text = write_bibtex(refs, dialect="biblatex", ascii=ascii)
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [biber, "--tool", "--validate-datamodel", "--output-file", "out.bib", "refs.bib"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "ERROR" not in output, output
    by_key = dict(zip(unique_keys(refs), refs, strict=True))
    for line in output.splitlines():
        if not line.startswith("WARN"):
            continue
        match = _WARNING.match(line)
        assert match, line
        key, message = match.groups()
        ref = by_key[key]
        if message == "Field 'citedin' invalid in data model - ignoring":
            continue  # our provenance field, documented; biber ignores it
        if "one of 'date, year' must be defined" in message:
            assert ref.issued is None, line  # the seed gives only an access date
            continue
        if message == "Missing mandatory field 'author'":
            assert not ref.authors, line  # biblatex @article wants one; the seed names none
            continue
        if "one of 'url, doi, eprint' must be defined" in message:
            assert not ref.url, line  # seed 002 prints no URLs
            continue
        pytest.fail(f"unexpected biber warning: {line}")
    # biber's own re-encoding of the file still reads back to the same titles
    tool_output = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert sorted(r.title for r in read_bibtex(tool_output)) == sorted(r.title for r in refs)


def _pandoc() -> str:
    try:
        import pypandoc  # type: ignore[import-untyped,import-not-found,unused-ignore]

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        pass
    path = shutil.which("pandoc")
    if path is None:
        pytest.skip("pandoc not installed: pip install pypandoc-binary, or apt-get install pandoc")
    return path


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_pandoc_reads_our_bib_without_warnings(tmp_path: Path, dialect: str) -> None:
    """pandoc's own BibTeX/BibLaTeX reader (UTF-8 output; see latex.py for --ascii)."""
    pandoc = _pandoc()
    refs = seed_references()
    (tmp_path / "refs.bib").write_text(write_bibtex(refs, dialect=dialect), encoding="utf-8")
    done = subprocess.run(
        [pandoc, "--from", dialect, "--to", "csljson", "refs.bib"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    items = {item["id"]: item for item in json.loads(done.stdout)}
    for key, ref in zip(unique_keys(refs), refs, strict=True):
        item = items[key]
        # pandoc typesets like LaTeX, where a straight ' prints as the apostrophe ’
        assert item["title"] == ref.title.replace("'", "’")
        authors = [{"family": a.family, "given": a.given} for a in ref.authors]
        assert item.get("author", []) == authors
        if ref.issued is not None:
            assert item["issued"] == {"date-parts": [ref.issued.parts()]}
        if ref.accessed is not None:
            assert item["accessed"] == {"date-parts": [ref.accessed.parts()]}
        assert item.get("URL", "") == ref.url
        if ref.type == "article-newspaper" and (dialect == "biblatex" or ref.authors):
            # classic @misc fallbacks carry the type only in entrysubtype, which pandoc's
            # BibTeX reader ignores; @article + entrysubtype it reads
            assert item["type"] == "article-newspaper"
