"""The article's own record, field by field, for every seed.

Expected values read off the seeds by eye: the "Atıfta bulunmak için:" block
of refs/000_* (lines 210-213), the header and "To cite this article:" block of
refs/001_* (lines 5-15, 67), the first and last lines of refs/002_*, the
"Editor's note" of refs/003_* and the glued date line of refs/004_*.
"""

from __future__ import annotations

from pathlib import Path

from refharvest.ingest import document_from_text, read_document
from refharvest.model import Name, PartialDate, Reference
from refharvest.parse.article import body_language, parse_article_record

ROOT = Path(__file__).resolve().parents[2]
REFS = ROOT / "refs"


def _record(prefix: str) -> Reference:
    return parse_article_record(read_document(next(REFS.glob(f"{prefix}_*.txt"))))


def test_seed_000_turkish_cite_block() -> None:
    record = _record("000")
    assert record.type == "report"
    assert record.language == "tr"
    assert record.authors == [Name(family="Osmanlı", given="Seyda Nur")]
    assert record.title == "Orta Asya-Japonya Diyaloğu Tokyo Zirvesi ve Orta Asya'nın Artan Önemi"
    assert record.issued == PartialDate(2026, 1, 29)  # "2026." + "Ocak 29."
    assert record.accessed == PartialDate(2026, 1, 31)  # "Erişim Ocak 31, 2026"
    assert record.publisher == "Avrasya İncelemeleri Merkezi (AVİM)"
    assert record.collection_title == "Analiz"
    assert record.number == "2026 / 5"
    # The URL is broken over two lines after "TOKYO-" in the seed.
    assert record.url == (
        "https://www.avim.org.tr/tr/Analiz/ORTA-ASYA-JAPONYA-DIYALOGU-TOKYO-ZIRVESI-VE-ORTA-ASYA-"
        "NIN-ARTAN-ONEMI"
    )
    assert record.extra == {}


def test_seed_001_english_translation() -> None:
    record = _record("001")
    assert record.type == "report"
    assert record.language == "en"
    # The author's surname keeps its Turkish spelling in the translation.
    assert record.authors == [Name(family="Osmanlı", given="Seyda Nur")]
    assert record.title == (
        "The Tokyo Summit of the Central Asia-Japan Dialogue and the Growing Importance of "
        "Central Asia"
    )
    assert record.issued == PartialDate(2026, 3, 25)
    assert record.accessed == PartialDate(2026, 5, 6)
    assert record.publisher == "Center For Eurasian Studies (AVİM)"
    assert record.collection_title == "Analysis"
    assert record.number == "2026 / 11"
    assert record.url == (
        "https://avim.org.tr/en/Analiz/THE-TOKYO-SUMMIT-OF-THE-CENTRAL-ASIA-JAPAN-DIALOGUE-AND-"
        "THE-GROWING-IMPORTANCE-OF-CENTRAL-ASIA"
    )
    assert record.extra == {
        "translation-note": (
            "This is the English translation of a [Turkish language article](#) that was "
            "originally published by AVİM on 29 January 2026."
        ),
        "translation-of-language": "tr",
        "translation-of-date": "2026-01-29",
    }


def test_seed_002_title_line_and_author_bio() -> None:
    record = _record("002")
    assert record.title == "Central Asia-Japan Dialogue: New Perspectives for Partnership"
    assert record.authors == [Name(family="Baktybek Kyzy", given="Aidana")]
    assert record.language == "en"
    assert record.issued is None  # the page gives no publication date
    assert record.url == ""
    assert record.type == "webpage"


def test_seed_003_editors_note_and_site() -> None:
    record = _record("003")
    assert record.authors == [Name(family="Sağlam", given="Ahmet")]
    assert record.container_title == "News.Az"
    assert record.title == ""  # the saved text has no title line
    assert record.issued is None
    assert record.language == "en"


def test_seed_004_german_date_glued_to_the_title() -> None:
    record = _record("004")
    assert record.language == "de"
    assert record.title == (
        "Strategische Partnerschaft zwischen Zentralasien und Japan unter neuen Bedingungen"
    )
    assert record.issued == PartialDate(2025, 12, 20)
    assert record.authors == [Name(literal="BakAsl")]  # "Text: BakAsl", a handle


def test_html_page_record_matches_the_text_record() -> None:
    """The hand-made HTML copy of seed 001 gives the same record as the seed."""
    page = ROOT / "tests" / "fixtures" / "ingest" / "avim_en_wordpress.html"
    record = parse_article_record(read_document(page))
    seed = _record("001")
    assert (record.title, record.authors, record.issued, record.accessed, record.url) == (
        seed.title,
        [Name(family="Osmanli", given="Seyda Nur")],  # no translation note on this page
        seed.issued,
        seed.accessed,
        seed.url,
    )


def test_nothing_is_invented_for_a_bare_text() -> None:
    record = parse_article_record(
        document_from_text("just some words without any metadata, at all.\n", article_id="x")
    )
    assert (record.title, record.authors, record.issued, record.url, record.publisher) == (
        "",
        [],
        None,
        "",
        "",
    )


def test_body_language() -> None:
    assert body_language("Bu bir deneme ve bu da ikinci cümle için yazıldı.") == "tr"
    assert body_language("This is the text of the article and it is in English.") == "en"
    assert body_language("Das ist der Text und die Sprache ist nicht Englisch.") == "de"
    assert body_language("Это текст, и он написан на русском, что видно по словам.") == "ru"
    assert body_language("12345") == ""


def test_header_dates_in_several_forms() -> None:
    """Header date lines typed by hand in the forms publishers print."""
    for line, expected in [
        ("25.03.2026", PartialDate(2026, 3, 25)),
        ("Published: 20 December 2025", PartialDate(2025, 12, 20)),
        ("Yayın tarihi: 29 Ocak 2026", PartialDate(2026, 1, 29)),
        ("Veröffentlicht am 20. Dezember 2025", PartialDate(2025, 12, 20)),
        ("Опубликовано: 17 декабря 2022", PartialDate(2022, 12, 17)),
    ]:
        text = f"A Title Line\n\n{line}\n\nThe body of the article is here and it is long enough.\n"
        record = parse_article_record(document_from_text(text, article_id="x"))
        assert record.issued == expected, line


def test_a_wrapped_body_line_is_not_a_title() -> None:
    """The hand-made Pandoc page of seed 000 has no title: none is made up."""
    page = ROOT / "tests" / "fixtures" / "ingest" / "avim_tr_pandoc.txt"
    assert parse_article_record(read_document(page)).title == ""


def test_bylines_and_section_headings() -> None:
    byline = "A Title\n\nBy Jane Doe\n\nBody text of the article, and the rest of it.\n"
    assert parse_article_record(document_from_text(byline, article_id="a")).authors == [
        Name(family="Doe", given="Jane")
    ]
    heading = "Başlık\n\nMetin ve bir paragraf daha için.\n\nYazar Hakkında\nBir yazar.\n"
    assert parse_article_record(document_from_text(heading, article_id="b")).authors == []


def _read(text: str) -> Reference:
    return parse_article_record(document_from_text(text, article_id="a"))


def test_series_number_in_the_header() -> None:
    """ "Policy Brief No. 12" ends a header line: series "Policy Brief", number 12."""
    record = _read("Policy Brief No. 12\n\nThe Title\n\nThe body of the text and the rest.\n")
    assert (record.collection_title, record.number, record.type) == ("Policy Brief", "12", "report")


def test_no_series_without_a_number_closing_the_line() -> None:
    """ "No" alone, or a number after other words ("Nobody … 2020"), is no series number."""
    for text in (
        "THE TITLE\n\nNobody knows 2020\n\nThe body and the rest of the text.\n",
        "Some Title\n\nAnalysis No\n\nThe text and the rest of it is here.\n",
    ):
        record = _read(text)
        assert (record.collection_title, record.number) == ("", ""), text


def test_author_bio_on_the_first_or_a_later_line() -> None:
    """The bio's "Given FAMILY," opens a line: the first one or any later one."""
    expected = [Name(family="Baktybek Kyzy", given="Aidana")]
    first = "Aidana BAKTYBEK KYZY, 1999 yılında doğdu.\nBu ve bir ile bu.\n"
    later = "Başlık\n\nBu ve bir metin için.\nAidana BAKTYBEK KYZY, 1999 yılında doğdu.\n"
    assert _read(first).authors == expected
    assert _read(later).authors == expected


def test_byline_on_the_first_line() -> None:
    assert _read("Text: Jane Doe\n\nThe body of the text and the rest.\n").authors == [
        Name(family="Doe", given="Jane")
    ]
