"""Bytes to text: BOMs first, then strict UTF-8, then a guess tuned for Turkish.

Generic detectors misread Turkish Windows-1254 text: a long file as
Windows-1252 (ğ ş ı İ come out as ð þ ý Ý), a line or two as a Baltic, DOS or
even CJK code page. So a Turkish reading is tried before charset_normalizer is
asked, and the spelling of its words decides.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

import charset_normalizer

from ..errors import DecodingError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of binary formats people feed us by mistake, with a hint.
_BINARY_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF file", "extract its text first, e.g. `pdftotext -layout file.pdf`"),
    (b"\x89PNG", "a PNG image", "give the article's text, not an image"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article's text, not an image"),
    (b"GIF8", "a GIF image", "give the article's text, not an image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt)", "save the document as plain text first"),
    (b"\xd0\xcf\x11\xe0", "an old MS Office file", "save the document as plain text first"),
)

#: Letters that exist in Turkish but not in the Western European code pages.
_TURKISH_ONLY = frozenset("ğĞşŞıİ")
#: Every non-ASCII letter of the Turkish alphabet (with the circumflexed vowels
#: of loanwords): in a true Turkish reading, words are spelt with these alone.
_TURKISH_LETTERS = frozenset("çÇğĞıİöÖşŞüÜâÂîÎûÛ")
#: Share of the words with non-ASCII letters that must be spelt in Turkish
#: letters alone: a foreign name or two ("Société", "Łódź") may stand among them.
_TURKISH_WORD_SHARE = 0.8

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_BYTES = bytes(range(1, 9)) + bytes(range(14, 32)) + b"\x7f"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding read, and how many bad bytes became U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0


def decode_bytes(data: bytes, *, path: str = "<bytes>") -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodingError naming ``path``."""
    decoded = decode(data, path=path)
    return decoded.text, decoded.encoding


def decode(data: bytes, *, path: str = "<bytes>") -> Decoded:
    """Decode ``data``; raise DecodingError naming ``path``.

    Line ends become ``\\n``, a leading BOM is dropped and the text is NFC. A
    UTF-8 file with a few broken bytes (a bad copy-paste) is read as UTF-8
    with those bytes replaced, and says how many, rather than being misread
    as some single-byte code page.
    """
    text, encoding, replaced = _decode(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _may_be_decomposed(data, encoding) and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text or text.isspace():
        raise DecodingError(
            "the file holds only whitespace", path=path, hint="give a file with the article's text"
        )
    return Decoded(text, encoding, replaced)


def _may_be_decomposed(data: bytes, encoding: str) -> bool:
    """Whether an NFC check is needed: the full check costs a pass over the text.

    In UTF-8, combining marks (U+0300-U+036F) start with byte CC or CD and the
    Hangul/Vietnamese blocks with E1; a text without them is already NFC for
    every script we meet. Single-byte code pages only hold precomposed letters.
    """
    if encoding == "utf-8":
        return b"\xcc" in data or b"\xcd" in data or b"\xe1" in data
    return encoding.startswith("utf-")


def _decode(data: bytes, path: str) -> tuple[str, str, int]:
    if not data:
        raise DecodingError(
            "the file is empty", path=path, hint="give a file with the article's text"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding + "-bom", 0
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    f"starts with a {encoding} byte-order mark but is not {encoding} "
                    f"(byte {exc.start + len(bom)})",
                    path=path,
                    hint="re-save the file as UTF-8",
                ) from exc
    if b"\x00" in data:
        return (*_decode_nul_bearing(data, path), 0)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return mostly
        return (*_guess_single_byte(data, path), 0)
    sample = data[:4096]
    if len(sample) - len(sample.translate(None, _CONTROL_BYTES)) > 2 and _has_stray_controls(
        text[:4096]
    ):
        raise DecodingError(
            "control characters throughout: probably binary, not text",
            path=path,
            hint="give the article as a text, Markdown or HTML file",
        )
    return text, "utf-8", 0


def _mostly_utf8(data: bytes) -> tuple[str, str, int] | None:
    """UTF-8 with a handful of broken bytes among many good multi-byte letters."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - replaced
    if replaced <= max(3, len(data) // 2000) and good >= 5 * replaced:
        return text, "utf-8", replaced
    return None


def _decode_nul_bearing(data: bytes, path: str) -> tuple[str, str]:
    """UTF-16 without a BOM looks like ASCII with NULs between; anything else is binary."""
    for magic, what, hint in _BINARY_MAGIC:
        if data.startswith(magic):
            raise DecodingError(f"this is {what}, not text", path=path, hint=hint)
    sample = data[:4096]
    half = len(sample) // 2
    if half:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        for encoding, nuls, other in (
            ("utf-16-le", odd_nuls, even_nuls),
            ("utf-16-be", even_nuls, odd_nuls),
        ):
            if nuls > 0.6 * half and other < 0.05 * half:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    break
    raise DecodingError(
        "binary data (NUL bytes), not text",
        path=path,
        hint="give the article as a text, Markdown or HTML file",
    )


def _guess_single_byte(data: bytes, path: str) -> tuple[str, str]:
    # Asked first, before any generic detector: on a line or two of Turkish,
    # charset_normalizer guesses Baltic, DOS or even CJK code pages.
    turkish = _turkish_reading(data)
    if turkish is not None:
        return turkish
    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else ""
    if best is None:
        raise DecodingError(
            "not UTF-8 and no text encoding fits",
            path=path,
            hint="re-save the file as UTF-8",
        )
    text = str(best)
    if _has_stray_controls(text):
        raise DecodingError(
            f"decodes as {guess} only with control characters: probably binary",
            path=path,
            hint="give the article as a text, Markdown or HTML file",
        )
    return text, guess


def _turkish_reading(data: bytes) -> tuple[str, str] | None:
    """cp1254 (or its subset ISO-8859-9) when the text reads as Turkish.

    Its words with non-ASCII letters must be spelt in the Turkish alphabet:
    Cyrillic, Icelandic or Czech bytes read as cp1254 may yield a ğ or ı too,
    but beside letters Turkish does not have ("ïğè" for Russian "при",
    "Şórğur" for "Þórður"). Text whose only accents are ç ö ü â î û reads the
    same in cp1252, and is named so (as is text whose only non-ASCII characters
    are punctuation or spaces).
    """
    try:
        text = data.decode("cp1254")
    except UnicodeDecodeError:  # bytes cp1254 leaves undefined: only ISO-8859-9 can hold them
        text = data.decode("iso-8859-9")
    if _has_stray_controls(text):
        return None
    # Words with a non-ASCII letter; a non-breaking space or a dash says nothing.
    accented = [
        letters
        for word in text.split()
        if not word.isascii() and (letters := [c for c in word if ord(c) > 127 and c.isalpha()])
    ]
    spelt_in_turkish = sum(1 for letters in accented if _TURKISH_LETTERS.issuperset(letters))
    if spelt_in_turkish < _TURKISH_WORD_SHARE * len(accented):
        return None
    if not accented or not any(ch in _TURKISH_ONLY for ch in text):
        return (text, "cp1252") if _same_in_cp1252(data, text) else None
    # ISO-8859-9 is cp1254 without the 0x80-0x9F punctuation block.
    encoding = "cp1254" if _uses_cp1254_block(data) else "iso-8859-9"
    return text, encoding


def _same_in_cp1252(data: bytes, text: str) -> bool:
    try:
        return data.decode("cp1252") == text
    except UnicodeDecodeError:
        return False


def _has_stray_controls(text: str) -> bool:
    controls = sum(
        1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS
    )
    return controls > max(2, len(text) // 1000)


def _uses_cp1254_block(data: bytes) -> bool:
    try:
        data.decode("cp1254")
    except UnicodeDecodeError:
        return False
    return any(0x80 <= byte <= 0x9F for byte in data)
