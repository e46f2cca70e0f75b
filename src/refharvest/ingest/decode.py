"""Bytes to text: BOMs first, then strict UTF-8, then a guess tuned for Turkish.

Turkish Windows-1254 text is often misread as Windows-1252/Latin-1 by generic
detectors (ğ ş ı İ come out as ð þ ý Ý), so a Latin-script guess is rechecked
against cp1254 and Turkish letters decide.
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

#: Encodings whose guess we recheck against cp1254: they share the Latin layout.
_LATIN_GUESSES = frozenset(
    {
        "cp1252",
        "windows-1252",
        "latin_1",
        "iso8859_1",
        "iso-8859-1",
        "iso8859_15",
        "iso8859_9",
        "iso-8859-9",
        "cp1254",
        "windows-1254",
        "cp1250",
        "iso8859_2",
        "mac_roman",
        "mac_latin2",
        "mac_turkish",
        "cp850",
        "cp437",
        "cp857",
    }
)

#: Letters that exist in Turkish but not in the Western European code pages.
_TURKISH_ONLY = frozenset("ğĞşŞıİ")

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
    best = charset_normalizer.from_bytes(data).best()
    guess = best.encoding if best is not None else ""
    if (
        guess.lower().replace("-", "_") in {g.replace("-", "_") for g in _LATIN_GUESSES}
        or not guess
    ):
        turkish = _turkish_reading(data)
        if turkish is not None:
            return turkish
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
    """cp1254 (or its subset ISO-8859-9) when Turkish-only letters show up."""
    try:
        text = data.decode("cp1254")
    except UnicodeDecodeError:  # bytes cp1254 leaves undefined: only ISO-8859-9 can hold them
        text = data.decode("iso-8859-9")
    turkish = sum(1 for ch in text if ch in _TURKISH_ONLY)
    if turkish == 0 or _has_stray_controls(text):
        return None
    # A Cyrillic or Greek file decoded as cp1254 is mostly non-ASCII letters;
    # Turkish prose is mostly ASCII with a sprinkling of ğ ş ı.
    letters = sum(1 for ch in text if ch.isalpha())
    non_ascii = sum(1 for ch in text if ch.isalpha() and ord(ch) > 127)
    if letters and non_ascii / letters > 0.4:
        return None
    # ISO-8859-9 is cp1254 without the 0x80-0x9F punctuation block.
    encoding = "cp1254" if _uses_cp1254_block(data) else "iso-8859-9"
    return text, encoding


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
