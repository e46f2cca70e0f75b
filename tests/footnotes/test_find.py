"""find_footnotes on the five seeds and on hand-made reference lists.

Expected texts are the seed notes as printed in refs/, read by eye, with the
line breaks resolved; counts are the issue's (000: 11, 001: 11, 002: 6,
003/004: none).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from refharvest.footnotes import find_footnotes
from refharvest.ingest import document_from_text, read_document
from refharvest.model import Footnote

ROOT = Path(__file__).resolve().parents[2]
REFS = ROOT / "refs"
FIXTURES = ROOT / "tests" / "fixtures" / "footnotes"


def _notes(prefix: str) -> list[Footnote]:
    notes, _ = find_footnotes(read_document(next(REFS.glob(f"{prefix}_*.txt"))))
    return notes


@pytest.mark.parametrize(("prefix", "count"), [("000", 11), ("001", 11), ("002", 6)])
def test_seed_note_counts_and_labels(prefix: str, count: int) -> None:
    notes = _notes(prefix)
    assert [n.label for n in notes] == [str(i) for i in range(1, count + 1)]
    assert {n.kind for n in notes} == {"footnote"}


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_seeds_without_notes_give_an_info_diagnostic(prefix: str) -> None:
    doc = read_document(next(REFS.glob(f"{prefix}_*.txt")))
    notes, diagnostics = find_footnotes(doc)
    assert notes == []
    assert [(d.severity, d.code, d.article) for d in diagnostics] == [
        ("info", "no-footnotes", doc.article)
    ]


def test_seed_000_note_lines_and_raw_text() -> None:
    notes = _notes("000")
    # 1-based lines where "[n]" stands in refs/000_*.
    assert [n.line for n in notes] == [128, 132, 138, 142, 149, 153, 156, 160, 165, 169, 197]
    assert notes[0].raw == (
        "[1] Strengthening Ties with Central Asian Nations an Imperative for Japan, Japan "
        "Forward, \n"
        "26 Aralık 2025, https://japan-forward.com/strengthening-ties-central-asian-nations-an-\n"
        "imperative/"
    )
    assert notes[0].article == next(REFS.glob("000_*.txt")).stem


def test_seed_000_texts_are_one_line_each() -> None:
    notes = _notes("000")
    assert notes[2].text == (
        'The Summit of the "Central Asia plus Japan" Dialogue (CA+JAD), Ministry of Foreign '
        "Affairs of Japan, 20 Aralık 2025, https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html"
    )
    assert notes[1].text == (
        "Bahtiyar Abdülkerimov, Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme "
        "giriyor, Anadolu Ajansı, 19 Aralık 2025, https://www.aa.com.tr/tr/dunya/orta-asya-japonya-"
        "diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429 ; Vusal Guliyev ,Japan "
        "Deepens Cooperation with Central Asian States Jamestown, 26 Ocak 2026, "
        "https://jamestown.org/japan-deepens-cooperation-with-central-asian-states/"
    )
    # A hyphen at a line end inside a title is a real hyphen: "Re-" + "Engagement".
    assert "Japans Strategic Re-Engagement with Central Asia" in notes[8].text
    for note in notes:
        assert "\n" not in note.text and "  " not in note.text
        assert note.text == note.text.strip()


def test_seed_000_footnote_10_is_complete_across_the_page_break() -> None:
    note = _notes("000")[9]
    assert note.text == (
        'Melih Demirtaş, "C5+1den İbrahim Anlaşmalarına: ABD Realitesi ve Bölgesel Nüfuz '
        'Siyaseti", Tercüman, 25 Kasım 2025, https://www.tercuman.com/analiz/c51den-ibrahim-'
        "anlasmalarina-abd-realitesi-ve-bolgesel-nufuz-siyaseti-1341 ;"
    )
    assert "Center for Eurasian Studies" not in note.raw
    assert "japan-forward" not in note.raw


def test_footers_and_link_lists_are_in_no_note() -> None:
    notes = _notes("000")
    link_list_lines = {
        line.strip()
        for line in next(REFS.glob("000_*.txt")).read_text(encoding="utf-8").split("\n")[173:191]
    }
    for note in notes:
        for text in (note.text, note.raw):
            assert "AVİM Avrasya İncelemeleri Merkezi" not in text
            assert "Center for Eurasian Studies" not in text
        # A link-list URL may appear once (as the note's own URL), never as a list.
        assert sum(note.text.count(url) for url in link_list_lines) <= 2


def test_furniture_removal_is_reported() -> None:
    doc = read_document(next(REFS.glob("000_*.txt")))
    _, diagnostics = find_footnotes(doc)
    [removed] = [d for d in diagnostics if d.code == "page-furniture-removed"]
    assert removed.severity == "info"
    assert "2 page-footer line(s) and 18 link-list URL line(s)" in removed.message
    assert removed.line == 171


def test_seed_001_markdown_keeps_angle_brackets_and_italics() -> None:
    notes = _notes("001")
    assert notes[0].text == (
        "Strengthening Ties with Central Asian Nations an Imperative for Japan, *Japan Forward*, "
        "December 26, 2025, <https://japan-forward.com/strengthening-ties-central-asian-nations-"
        "an-imperative/>"
    )
    assert notes[10].line == 63


def test_seed_002_notes_without_urls() -> None:
    notes = _notes("002")
    assert notes[1].text == (
        "Главы МИД Японии и стран Центральной Азии встретятся на следующей неделе, News Central "
        "Asia,, (Date of Accession: 17.12.2022)."
    )
    # The author's bio after the last note is not part of it.
    assert "Aidana" not in notes[5].text


def test_body_markers_at_a_line_start_are_not_notes() -> None:
    text = (
        "A body paragraph that a PDF wrapped so that the marker lands at the start of\n"
        "[2] the next line, which is still body text.\n"
        "\n"
        "[1] First Note, Site, 2020, https://example.org/1\n"
        "[2] Second Note, Site, 2021, https://example.org/2\n"
    )
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [(n.label, n.line) for n in notes] == [("1", 4), ("2", 5)]


def test_a_cited_note_that_is_missing_is_reported() -> None:
    text = "Body.[1] More.[2] And.[3]\n\n[1] One, 2020.\n[2] Two, 2021.\n"
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="a"))
    assert len(notes) == 2
    assert [d.code for d in diagnostics] == ["note-not-found"]
    assert "3" in diagnostics[0].message


def test_numbered_notes_below_a_notes_heading() -> None:
    text = (
        "Body text.1 More text.2\n\nNotes\n\n1. First Source, Site, 2020.\n"
        "2. Second Source, Site, 2021, https://example.org/a-\nlong-path\n\nAbout the author\nX."
    )
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [(n.label, n.text) for n in notes] == [
        ("1", "First Source, Site, 2020."),
        ("2", "Second Source, Site, 2021, https://example.org/a-long-path"),
    ]


# -- reference lists (fixtures written by hand, one per language) ----------------


def _list(name: str) -> list[tuple[str | None, str]]:
    notes, _ = find_footnotes(read_document(FIXTURES / name))
    assert {n.kind for n in notes} == {"list"}
    return [(n.label, n.text) for n in notes]


def test_english_references_with_hanging_indents() -> None:
    assert _list("reflist_en_hanging.txt") == [
        (
            None,
            "Smith, John. 2019. Rivers and Rulers: Water Politics in Central Asia. Oxford: "
            "Oxford University Press.",
        ),
        (
            None,
            'Kuzmina, Elena, and Daria Orlova. 2021. "Irrigation after Independence." Central '
            "Asian Survey 40 (2): 211-230. https://doi.org/10.1080/02634937.2021.1891234.",
        ),
        (
            None,
            "World Bank. 2022. Water Security in Central Asia. Washington, DC: World Bank. "
            "https://www.worldbank.org/en/region/eca/publication/water-security-central-asia",
        ),
        (None, "Abdullaev, Iskandar. 2018. Transboundary Water Management. Tashkent: CAREC."),
    ]


def test_turkish_kaynakca_one_reference_a_paragraph() -> None:
    assert _list("reflist_tr_paragraphs.txt") == [
        (
            None,
            "Aydın, Mustafa. 2020. Orta Asya'da Güvenlik ve İş Birliği. Ankara: Nobel Yayınları.",
        ),
        (
            None,
            'Kaya, Ayşe ve Şükrü Yılmaz. 2022. "Su Kaynakları ve Bölgesel Entegrasyon." Avrasya '
            "Etütleri 61 (1): 45-70.",
        ),
        (
            None,
            "Türk Devletleri Teşkilatı, TDT 2040 Vizyonu, 12 Kasım 2021, https://www.turkicstates"
            ".org/assets/pdf/haberler/turk-dunyasi-2040-vizyonu-2396-97.pdf",
        ),
    ]


def test_german_literaturverzeichnis_one_a_line_some_wrapped() -> None:
    assert _list("reflist_de_lines.txt") == [
        (None, "Müller, Hans (2021): Japans Außenpolitik in Zentralasien. Berlin: Springer."),
        (
            None,
            "Schmidt, Anna (2019): Der Dialog „Zentralasien plus Japan“. In: Osteuropa 69 (3), "
            "S. 55-72.",
        ),
        (
            None,
            "Auswärtiges Amt: Zentralasien-Strategie, 12.05.2023, "
            "https://www.auswaertiges-amt.de/de/aussenpolitik/zentralasien",
        ),
        (None, "Wagner, Peter (2020): Neue Seidenstraßen. München: C.H. Beck."),
    ]


def test_russian_numbered_list() -> None:
    assert _list("reflist_ru_numbered.txt") == [
        (None, "Иванов И. И. Япония в Центральной Азии. — М.: Наука, 2020. — 240 с."),
        (
            None,
            "Петрова А. С. Диалог «Центральная Азия + Япония»: итоги двадцати лет // Вестник "
            "МГИМО. 2024. № 3. С. 10–25.",
        ),
        (
            None,
            "Министерство иностранных дел Японии. URL: https://www.mofa.go.jp/region/europe/"
            "ca_c/index.html (дата обращения: 17.12.2022).",
        ),
    ]


def test_notes_and_a_bibliography_in_one_article() -> None:
    notes, _ = find_footnotes(read_document(FIXTURES / "notes_and_reflist.md"))
    assert [(n.kind, n.label, n.line) for n in notes] == [
        ("footnote", "1", 5),
        ("footnote", "2", 6),
        ("list", None, 10),
        ("list", None, 11),
    ]
    assert notes[2].text.startswith("Laruelle, Marlene, and Sebastien Peyrouse. 2012.")
    assert notes[2].raw.startswith("- Laruelle")


def test_a_missing_note_does_not_split_the_notes() -> None:
    text = (
        "Body.[1] Body.[2] Body.[3]\n\n"
        "[1] One, 2020.\n[2] Two, 2021.\n[4] Four, 2023.\n[5] Five, 2024.\n[6] Six, 2025.\n"
    )
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="a"))
    assert [n.label for n in notes] == ["1", "2", "4", "5", "6"]
    [gap] = [d for d in diagnostics if d.code == "note-numbering-gap"]
    assert gap.severity == "warning"
    assert "3" in gap.message


def test_notes_followed_by_a_numbered_reference_list() -> None:
    text = (
        "Body.[1] Body.[2]\n\n"
        "[1] First note, 2020.\n[2] Second note, 2021.\n\n"
        "References\n\n"
        "[1] Smith, J. 2019. One.\n[2] Jones, K. 2020. Two.\n[3] Brown, L. 2021. Three.\n"
    )
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [(n.label, n.text) for n in notes] == [
        ("1", "First note, 2020."),
        ("2", "Second note, 2021."),
        ("1", "Smith, J. 2019. One."),
        ("2", "Jones, K. 2020. Two."),
        ("3", "Brown, L. 2021. Three."),
    ]


def test_form_feeds_of_pdftotext_do_not_hide_notes_or_footers() -> None:
    """Seed 000 with a form feed at the start of each page, as pdftotext writes it."""
    text = next(REFS.glob("000_*.txt")).read_text(encoding="utf-8")
    paged = text.replace("\nAVİM Avrasya", "\n\fAVİM Avrasya").replace("\n[6]", "\n\f[6]")
    doc = document_from_text(paged, article_id="paged")
    notes, _ = find_footnotes(doc)
    assert [n.text for n in notes] == [n.text for n in _notes("000")]


def test_a_prose_section_called_literature_is_not_a_reference_list() -> None:
    text = (
        "Intro.\n\nLiterature\n\nThe literature on the region is large and keeps growing, "
        "but it rarely looks at Japan.\n\nMore prose follows here.\n"
    )
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="a"))
    assert notes == []
    assert [d.code for d in diagnostics] == ["no-footnotes"]


def test_superscript_notes() -> None:
    text = (
        "Japan launched the dialogue in 2004.¹ The EU followed.²\n\n"
        "¹ Ministry of Foreign Affairs of Japan, 2004, https://www.mofa.go.jp/region/\n"
        "europe/ca_c/\n"
        "² Council of the European Union, 2007.\n"
    )
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [(n.label, n.text) for n in notes] == [
        (
            "1",
            "Ministry of Foreign Affairs of Japan, 2004, https://www.mofa.go.jp/region/europe/ca_c/",
        ),
        ("2", "Council of the European Union, 2007."),
    ]


def test_a_missing_superscript_note_is_reported() -> None:
    text = "Body.¹ More.² Last.³\n\n¹ One, 2020.\n² Two, 2021.\n"
    _, diagnostics = find_footnotes(document_from_text(text, article_id="a"))
    [missing] = [d for d in diagnostics if d.code == "note-not-found"]
    assert "3" in missing.message


def test_the_last_note_stops_before_a_paragraph_of_prose() -> None:
    """Seed 002's last note with the author's bio (its line 37) glued on, no blank line."""
    bio = next(REFS.glob("002_*.txt")).read_text(encoding="utf-8").split("\n")[36]
    assert bio.startswith("Aidana BAKTYBEK KYZY, 1999")
    text = f"Body.[1]\n\n[1] One Title, Site,, (Date of Accession: 17.12.2022).\n{bio}\n"
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [n.text for n in notes] == ["One Title, Site,, (Date of Accession: 17.12.2022)."]


def test_parenthesised_numbers_below_a_notes_heading() -> None:
    text = "Body.\n\nNotes\n(1) First, 2020.\n(2) Second, 2021.\n"
    notes, _ = find_footnotes(document_from_text(text, article_id="a"))
    assert [(n.label, n.text) for n in notes] == [("1", "First, 2020."), ("2", "Second, 2021.")]


def _seed_001_without(
    lost: range, renumber: dict[int, int] | None = None
) -> tuple[str, dict[str, str]]:
    """Seed 001 with the notes in ``lost`` deleted and others renumbered, as a
    PDF that lost a page of notes would give it; the expected texts are the
    remaining notes' own lines."""
    text = next(REFS.glob("001_*.txt")).read_text(encoding="utf-8")
    lines = text.split("\n")
    kept: list[str] = []
    expected: dict[str, str] = {}
    for line in lines:
        head = line.split("]", 1)[0]
        if line.startswith("[") and head[1:].isdigit():
            number = int(head[1:])
            if number in lost:
                continue
            number = (renumber or {}).get(number, number)
            line = f"[{number}]" + line.split("]", 1)[1]
            expected[str(number)] = line.split("] ", 1)[1].strip()
        kept.append(line)
    return "\n".join(kept), expected


def test_three_lost_notes_do_not_split_the_notes() -> None:
    text, expected = _seed_001_without(range(4, 7))
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="lost3"))
    assert {n.label: n.text for n in notes} == expected
    gaps = [d.message for d in diagnostics if d.code == "note-numbering-gap"]
    assert gaps and "4, 5, 6" in gaps[0]


def test_notes_numbered_on_after_a_long_gap_are_their_own_notes() -> None:
    # Notes 7-11 renumbered 27-31: the chain cannot skip 20 labels, and note 6
    # must not run on over the notes after the gap.
    text, expected = _seed_001_without(range(0), {n: n + 20 for n in range(7, 12)})
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="gap20"))
    assert {n.label: n.text for n in notes} == expected
    gaps = [d.message for d in diagnostics if d.code == "note-numbering-gap"]
    assert gaps and "7, 8" in gaps[0] and "26" in gaps[0]


def test_a_thousand_articles_pasted_into_one_file() -> None:
    # Seed 002 (six notes, numbered from 1) 1,100 times over: more runs of notes
    # than Python's recursion limit, which the chain search once hit.
    seed_text = next(REFS.glob("002_*.txt")).read_text(encoding="utf-8")
    single, _ = find_footnotes(document_from_text(seed_text, article_id="one"))
    text = "\n\n".join([seed_text] * 1100)
    notes, _ = find_footnotes(document_from_text(text, article_id="pasted"))
    assert len(notes) == 1100 * len(single) == 1100 * 6
    assert [n.text for n in notes[-6:]] == [n.text for n in single]
