"""Decoding: BOMs, UTF-8, Turkish and Cyrillic code pages, and what is not text.

The encoded variants are made here from the real seed texts: each must decode
back to exactly the text it was made from.
"""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refharvest.errors import DecodingError
from refharvest.ingest.decode import decode, decode_bytes

REFS = Path(__file__).resolve().parents[2] / "refs"


def _seed(prefix: str) -> str:
    return next(REFS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


TURKISH = _seed("000")
# Lines 1-115 of seed 000: the Turkish body, which ISO-8859-9 can hold (the
# footer's "•" cannot).
TURKISH_BODY = "\n".join(TURKISH.split("\n")[:115])


def test_plain_utf8() -> None:
    assert decode_bytes(TURKISH.encode("utf-8")) == (TURKISH, "utf-8")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        pytest.param(codecs.BOM_UTF8, "utf-8", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE, "utf-16-be", id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE, "utf-32-le", id="utf-32-le-bom"),
    ],
)
def test_byte_order_marks(bom: bytes, encoding: str) -> None:
    text, used = decode_bytes(bom + TURKISH.encode(encoding))
    assert text == TURKISH
    assert used == encoding + "-bom"


def test_utf16_without_bom_is_recognised_by_its_nul_pattern() -> None:
    text, used = decode_bytes(TURKISH_BODY.encode("utf-16-le"))
    assert (text, used) == (TURKISH_BODY, "utf-16-le")


def test_windows_1254_turkish_is_not_read_as_1252() -> None:
    # The whole seed, with its "•": only cp1254 has it and ğ ş ı together.
    text, used = decode_bytes(TURKISH.encode("cp1254"))
    assert text == TURKISH
    assert used == "cp1254"
    assert "ğ" in text and "ı" in text and "İ" in text


def test_iso_8859_9_turkish() -> None:
    text, used = decode_bytes(TURKISH_BODY.encode("iso-8859-9"))
    assert text == TURKISH_BODY
    # Without bytes in 0x80-0x9F both names decode the same; either is right.
    assert used in {"iso-8859-9", "cp1254"}


def _lines_with_letters_outside_ascii() -> list[str]:
    return [
        line
        for path in sorted(REFS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
        if any(ch.isalpha() and not ch.isascii() for ch in line)
    ]


def test_every_turkish_line_alone_in_cp1254_decodes_back() -> None:
    # One reference line piped to `refharvest parse` gives a detector little to
    # go on: charset_normalizer reads such lines as cp775, Big5 or Johab.
    lines = [line for line in _lines_with_letters_outside_ascii() if _encodable(line, "cp1254")]
    assert len(lines) > 100  # the seeds' Turkish lines, and the others cp1254 holds
    wrong = [line for line in lines if decode_bytes(line.encode("cp1254"))[0] != line]
    assert wrong == []


def test_a_line_with_only_shared_accents_is_named_cp1252() -> None:
    # "ülkeleri" and "düzen" are the same bytes in cp1252 and cp1254.
    line = "2025 tarihinde AB ilk kez Orta Asya ülkeleri ile zirve düzen"
    assert decode_bytes(line.encode("cp1254")) == (line, "cp1252")


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_a_russian_line_alone_is_not_mistaken_for_turkish(encoding: str) -> None:
    # In cp1254, cp1251's "р" is "ğ": a Turkish-only letter beside non-Turkish ones.
    russian = [line for line in _lines_with_letters_outside_ascii() if "а" in line or "о" in line]
    assert len(russian) >= 3
    for line in russian:
        assert decode_bytes(line.encode(encoding))[0] == line


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_cyrillic_code_pages_are_not_mistaken_for_turkish(encoding: str) -> None:
    lines = _seed("002").split("\n")
    russian = "\n".join(lines[i] for i in (26, 28, 34))  # the three Russian notes
    text, _ = decode_bytes(russian.encode(encoding))
    assert text == russian


def test_western_code_page_german() -> None:
    german = _seed("004")
    text, _ = decode_bytes(german.encode("cp1252"))
    assert text == german


def test_line_ends_are_normalised() -> None:
    text, _ = decode_bytes(b"one\r\ntwo\rthree\n")
    assert text == "one\ntwo\nthree\n"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t \r\n", "only whitespace", id="whitespace"),
        pytest.param(codecs.BOM_UTF8, "only whitespace", id="bom-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG", id="png"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00", "PDF", id="pdf"),
        pytest.param(b"abc\x00def\x00\x01\x02" * 20, "binary", id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 40, "control characters", id="controls"),
        pytest.param(
            random.Random(0).randbytes(2000).replace(b"\x00", b"\x01"), "", id="random-bytes"
        ),
    ],
)
def test_not_text_is_a_decoding_error_naming_the_file(data: bytes, fragment: str) -> None:
    with pytest.raises(DecodingError) as caught:
        decode_bytes(data, path="some/article.txt")
    assert "some/article.txt" in str(caught.value)
    assert fragment in str(caught.value)


def test_pdf_error_says_to_extract_text_first() -> None:
    with pytest.raises(DecodingError) as caught:
        decode_bytes(b"%PDF-1.4\n\x00\x01binary", path="a.pdf")
    assert "pdftotext" in caught.value.hint


def test_decomposed_utf8_is_composed() -> None:
    # "ş" and "ü" written as base letter + combining mark, as macOS may save them.
    decomposed = "s\u0327ehir, Mu\u0308ller".encode()
    text, _ = decode_bytes(decomposed)
    assert text == "şehir, Müller"


def test_utf8_with_a_few_broken_bytes_stays_utf8() -> None:
    # Seed 000 with two stray Latin-1 bytes pasted in: still Turkish UTF-8.
    data = TURKISH.encode("utf-8").replace(b"Tokyoda", b"Tokyo\xe9da", 1)
    data = data.replace(b"Japonyan", b"Japonya\xffn", 1)
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 2
    assert decoded.text.replace("\ufffd", "") == TURKISH


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_a_decoding_error(data: bytes) -> None:
    try:
        decoded = decode(data, path="fuzz.txt")
    except DecodingError as error:
        assert "fuzz.txt" in str(error)
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text
