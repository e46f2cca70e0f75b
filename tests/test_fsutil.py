"""Atomic writes and reading a user's JSON settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from refharvest.errors import InputError, OutputError
from refharvest.fsutil import atomic_write_text, read_json_file


def test_json_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"sites": [{"tr": ["Anadolu Ajansı"]}]}', "utf-8")
    assert read_json_file(path, "site aliases") == {"sites": [{"tr": ["Anadolu Ajansı"]}]}


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b'{"same": [', id="cut-short"),
        pytest.param('{"tr": "Anadolu Ajansı"}'.encode("cp1254"), id="windows-1254"),
    ],
)
def test_unreadable_json_names_the_file_and_what_it_is(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "decisions.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_json_file(path, "dedupe decisions", hint="expected an object")
    message = str(caught.value)
    assert "cannot read dedupe decisions" in message
    assert "decisions.json" in message and "expected an object" in message


def test_missing_json_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read site aliases"):
        read_json_file(tmp_path / "nope.json", "site aliases")


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "out" / "references.bib"
    atomic_write_text(path, "@misc{a,}\n")
    atomic_write_text(path, "@misc{b,}\n")
    assert path.read_text("utf-8") == "@misc{b,}\n"
    assert os.listdir(path.parent) == ["references.bib"]


def test_failed_write_keeps_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename is the last step: when it fails, the old file is intact."""
    path = tmp_path / "references.bib"
    path.write_text("@misc{old,}\n", "utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="No space left"):
        atomic_write_text(path, "@misc{new,}\n")
    assert path.read_text("utf-8") == "@misc{old,}\n"
    assert os.listdir(tmp_path) == ["references.bib"]


def test_unwritable_folder_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        atomic_write_text(blocker / "references.bib", "x")
