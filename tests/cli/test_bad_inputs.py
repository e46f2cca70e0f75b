"""Every command that takes a bibliography file gives the same clear error on bad bytes.

The inputs are written here: a binary file with NUL bytes, and a Latin-1 .bib
(not UTF-8). Expected: exit code 2, one line naming the file, no traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from refharvest.cli.main import cli

REFS = Path(__file__).resolve().parents[2] / "refs"


@pytest.mark.parametrize(
    "command",
    [["dedupe"], ["export", "--to", "ris"], ["check", "--no-cache"], ["format"]],
    ids=["dedupe", "export", "check", "format"],
)
@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"@misc{a,\x00\x01 title={x}}\n", "binary file", id="binary"),
        pytest.param(
            "@misc{a, title={Çağ}}\n".encode("latin-1", "replace"), "not UTF-8", id="latin-1"
        ),
    ],
)
def test_bad_bibliography_bytes(
    tmp_path: Path, command: list[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "library.bib"
    bad.write_bytes(content)
    result = CliRunner().invoke(cli, [*command, str(bad)])
    assert result.exit_code == 2, result.output
    assert "library.bib" in result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_check_reads_a_windows_1254_article(tmp_path: Path) -> None:
    """A Turkish article in Windows-1254 is an article to harvest, not a bad URL list."""
    (source,) = REFS.glob("000_*.txt")
    article = tmp_path / "makale.txt"
    article.write_bytes(source.read_text(encoding="utf-8").encode("cp1254"))
    result = CliRunner().invoke(cli, ["check", str(article), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    # The 14 URLs of the Turkish article (its link lists print them); no network here.
    assert report["summary"]["total"] == 14
