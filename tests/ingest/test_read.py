"""read_document / document_from_bytes / document_from_text, and bad inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from refharvest.errors import DecodingError, InputError
from refharvest.footnotes import find_footnotes
from refharvest.ingest import document_from_bytes, document_from_text, read_document

REFS = Path(__file__).resolve().parents[2] / "refs"
SEED_000 = next(REFS.glob("000_*.txt"))


def test_article_id_defaults_to_the_file_stem() -> None:
    doc = read_document(SEED_000)
    assert doc.article == SEED_000.stem
    assert doc.path == str(SEED_000)
    assert doc.encoding == "utf-8"
    assert doc.text == SEED_000.read_text(encoding="utf-8")


def test_article_id_can_be_given() -> None:
    assert read_document(SEED_000, article_id="tr-2026-5").article == "tr-2026-5"


def test_pdf_text_link_evidence_is_the_distinct_link_list_urls() -> None:
    # Seed 000 lines 174-191 and 231-234 list 14 distinct URLs (some twice).
    doc = read_document(SEED_000)
    assert len(doc.link_evidence) == 14
    assert doc.link_evidence[0] == (
        "https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/"
    )
    assert doc.link_evidence[-1] == (
        "https://timesca.com/azerbaijan-joins-central-asia-to-build-a-c6-corridor-core/"
    )


def test_bytes_in_cp1254_give_the_same_document_text(tmp_path: Path) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    path = tmp_path / "turkish.txt"
    path.write_bytes(text.encode("cp1254"))
    doc = read_document(path)
    assert doc.text == text
    assert doc.encoding == "cp1254"
    assert doc.kind == "pdf-text"


def test_document_from_text_and_bytes() -> None:
    doc = document_from_text("\ufeffBody.\r\n\r\n[1] A note, 2020.\r\n", article_id="a")
    assert doc.text == "Body.\n\n[1] A note, 2020.\n"
    assert doc.path == "<text>"
    doc = document_from_bytes("Gövde.".encode(), article_id="b")
    assert (doc.text, doc.path, doc.encoding) == ("Gövde.", "<bytes>", "utf-8")


def test_missing_file() -> None:
    with pytest.raises(InputError) as caught:
        read_document("no/such/article.txt")
    assert "no/such/article.txt" in str(caught.value)
    assert "no such file" in str(caught.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path)
    assert str(tmp_path) in str(caught.value)
    assert "directory" in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("empty.txt", b"", id="empty"),
        pytest.param("blank.txt", b"\n \n\t\n", id="whitespace-only"),
        pytest.param("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png-named-txt"),
        pytest.param("paper.pdf", b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n", id="real-pdf"),
    ],
)
def test_bad_files_are_decoding_errors_naming_the_file(
    tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DecodingError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)


def test_pdf_hint_names_a_text_extractor(tmp_path: Path) -> None:
    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n")
    with pytest.raises(DecodingError) as caught:
        read_document(path)
    assert "pdftotext" in caught.value.hint


def test_empty_text() -> None:
    with pytest.raises(DecodingError):
        document_from_text("  \n", article_id="x")


def test_replaced_bytes_are_reported_on_the_document() -> None:
    data = "Gövde metni, 2020.\n".encode() + b"\xff\n" + "Şimdi ğüşıöç.\n".encode()
    doc = document_from_bytes(data, article_id="broken")
    assert [(d.code, d.severity, d.article) for d in doc.diagnostics] == [
        ("invalid-bytes-replaced", "warning", "broken")
    ]
    assert "1 byte(s)" in doc.diagnostics[0].message


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        pytest.param("utf-8", b"\xef\xbb\xbf", id="utf-8-bom"),
        pytest.param("utf-16-le", b"\xff\xfe", id="utf-16-le-bom"),
        pytest.param("utf-16-be", b"\xfe\xff", id="utf-16-be-bom"),
        pytest.param("cp1254", b"", id="windows-1254"),
    ],
)
def test_encoded_copies_of_seed_000_give_the_same_notes(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    path = tmp_path / "copy.txt"
    path.write_bytes(prefix + text.encode(encoding))
    copy, original = read_document(path), read_document(SEED_000)
    assert copy.text == original.text
    assert [n.text for n in find_footnotes(copy)[0]] == [
        n.text for n in find_footnotes(original)[0]
    ]
