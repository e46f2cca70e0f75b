"""The HTML reader, on two pages made by hand from the seed texts.

``avim_en_wordpress.html`` is seed 001 (header, two paragraphs, notes 1-4) in
WordPress/Word markup; ``avim_tr_pandoc.txt`` is seed 000 (one paragraph,
notes 1, 2 and 6) in Pandoc's footnote markup, saved as .txt. Expected values
are the seed's own note texts, read off refs/000_* and refs/001_*.
"""

from __future__ import annotations

from pathlib import Path

from refharvest.footnotes import find_footnotes, split_references
from refharvest.ingest import document_from_text, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_wordpress_page_notes_with_their_link_targets() -> None:
    doc = read_document(FIXTURES / "avim_en_wordpress.html")
    assert doc.kind == "html"
    assert doc.notes is not None
    notes, diagnostics = find_footnotes(doc)
    assert [n.label for n in notes] == ["1", "2", "3", "4"]
    assert diagnostics == []
    # The link behind the site's name keeps its target.
    assert notes[0].text == (
        "Strengthening Ties with Central Asian Nations an Imperative for Japan, Japan Forward "
        "<https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/>, "
        "December 26, 2025"
    )
    # A shortened URL shown on the page is replaced by the full target.
    assert (
        "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-"
        "doneme-giriyor/3775429 ;" in notes[1].text
    )
    assert "…" not in notes[1].text
    assert notes[2].text.endswith("https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html")
    assert notes[3].text.endswith(
        "Council document <https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf>"
    )
    # Splitting works on HTML notes as on text notes: 1 + 2 + 1 + 2.
    assert sum(len(split_references(n)) for n in notes) == 6
    for note in notes:
        assert note.kind == "footnote"
        assert note.article == "avim_en_wordpress"
        assert note.raw.startswith(f"[{note.label}]")
        assert note.line is not None and note.line > 20  # source line of the <p>


def test_wordpress_page_visible_text_and_evidence() -> None:
    doc = read_document(FIXTURES / "avim_en_wordpress.html")
    assert "var tracking" not in doc.text  # scripts are not text
    assert "margin" not in doc.text  # nor styles
    assert "regional integration.[1]" in doc.text  # <sup> markers as [n]
    assert "To cite this article: OSMANLI, Seyda Nur. 2026." in doc.text
    assert "https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf" in (
        doc.link_evidence
    )
    assert "#_ftn1" not in doc.link_evidence  # in-page anchors are not evidence


def test_pandoc_footnotes_in_a_txt_file() -> None:
    doc = read_document(FIXTURES / "avim_tr_pandoc.txt")
    assert doc.kind == "html"
    notes, _ = find_footnotes(doc)
    assert [n.label for n in notes] == ["1", "2", "3"]
    assert notes[2].text == (
        "He Yin, Xi'an Summit a New Milestone in China-Central Asia Relations, Peoples Daily, "
        "23 Mayıs 2023, https://en.people.cn/n3/2023/0523/c90000-20022316.html"
    )
    assert all("↩" not in n.text for n in notes)  # back-links dropped
    assert "Anadolu Ajansı <https://www.aa.com.tr/tr/dunya/" in notes[1].text
    assert [len(split_references(n)) for n in notes] == [1, 2, 1]


def test_paragraph_notes_without_ids_fall_back_to_the_text_finder() -> None:
    page = (
        "<html><body><p>Body text cites a source.<sup>1</sup> And another.<sup>2</sup></p>"
        "<p>[1] First Source, Some Site, 2024, https://example.org/a</p>"
        "<p>[2] Second Source, Other Site, 2025, https://example.org/b</p></body></html>"
    )
    doc = document_from_text(page, article_id="plain")
    assert doc.kind == "html"
    assert doc.notes is None
    notes, _ = find_footnotes(doc)
    assert [(n.label, n.text) for n in notes] == [
        ("1", "First Source, Some Site, 2024, https://example.org/a"),
        ("2", "Second Source, Other Site, 2025, https://example.org/b"),
    ]


def test_html_without_notes() -> None:
    doc = document_from_text(
        "<!doctype html><html><body><p>No notes here.</p></body></html>", article_id="x"
    )
    notes, diagnostics = find_footnotes(doc)
    assert notes == []
    assert [d.code for d in diagnostics] == ["no-footnotes"]


def test_wikipedia_style_reference_list() -> None:
    """Markup as MediaWiki writes it (typed here by hand, shortened)."""
    page = (
        "<html><body><p>Text.<sup id='cite_ref-1'><a href='#cite_note-1'>[1]</a></sup></p>"
        "<h2>References</h2><div class='reflist'><ol class='references'>"
        "<li id='cite_note-1'><span class='mw-cite-backlink'><a href='#cite_ref-1'>^</a></span>"
        "<span class='reference-text'><a class='external text' "
        "href='https://www.mofa.go.jp/erp/ca_c/page1e_000123.html'>Central Asia plus Japan "
        "Dialogue</a>. Ministry of Foreign Affairs of Japan. 2024.</span></li>"
        "<li id='cite_note-Smith2019-2'><span class='reference-text'>Smith, John (2019). "
        "<i>Rivers and Rulers</i>. Oxford University Press.</span></li>"
        "</ol></div></body></html>"
    )
    notes, _ = find_footnotes(document_from_text(page, article_id="wiki"))
    assert [(n.label, n.text) for n in notes] == [
        (
            "1",
            "Central Asia plus Japan Dialogue <https://www.mofa.go.jp/erp/ca_c/page1e_000123.html>"
            ". Ministry of Foreign Affairs of Japan. 2024.",
        ),
        ("2", "Smith, John (2019). Rivers and Rulers. Oxford University Press."),
    ]


def test_word_saved_page_notes_are_found_once() -> None:
    # Markup as Word's "Save as Web Page" writes footnotes (typed by hand): each
    # note is a <div id="ftnN"> whose paragraph holds the <a name="_ftnN"> anchor,
    # so both the div and the paragraph carry a note id. Texts: seed 001, notes 1-2.
    page = (
        "<html><body><p>Japan held a summit.<a href='#_ftn1' name='_ftnref1'>"
        "<span class='MsoFootnoteReference'>[1]</span></a> It was new."
        "<a href='#_ftn2' name='_ftnref2'><span class='MsoFootnoteReference'>[2]</span></a></p>"
        "<div style='mso-element:footnote-list'><hr align='left' size='1' width='33%'>"
        "<div style='mso-element:footnote' id='ftn1'><p class='MsoFootnoteText'>"
        "<a href='#_ftnref1' name='_ftn1'><span class='MsoFootnoteReference'>[1]</span></a> "
        "Strengthening Ties with Central Asian Nations an Imperative for Japan, "
        "<i>Japan Forward</i>, December 26, 2025, "
        "<a href='https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/'>"
        "https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/</a>"
        "</p></div>"
        "<div style='mso-element:footnote' id='ftn2'><p class='MsoFootnoteText'>"
        "<a href='#_ftnref2' name='_ftn2'><span class='MsoFootnoteReference'>[2]</span></a> "
        'The Summit of the "Central Asia plus Japan" Dialogue (CA+JAD), '
        "<i>Ministry of Foreign Affairs of Japan</i>, December 20, 2025, "
        "<a href='https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html'>"
        "https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html</a></p></div>"
        "</div></body></html>"
    )
    notes, _ = find_footnotes(document_from_text(page, article_id="word"))
    assert [n.label for n in notes] == ["1", "2"]
    assert notes[0].text.startswith("Strengthening Ties with Central Asian Nations")
    assert notes[1].text.startswith('The Summit of the "Central Asia plus Japan" Dialogue')


def test_google_docs_export_notes_and_their_real_link_targets() -> None:
    # Markup as Google Docs' "Download as web page" writes footnotes (typed by
    # hand): ids "ftnt1"/"ftnt_ref1", every link wrapped in google.com/url?q=.
    # Texts: seed 001, notes 2-3, the second with its URL behind a "link" label.
    page = (
        "<html><body><p><span>Japan held a summit.</span><sup><a href='#ftnt1' id='ftnt_ref1'>"
        "[1]</a></sup><span> It was new.</span><sup><a href='#ftnt2' id='ftnt_ref2'>[2]</a>"
        "</sup></p><hr><div><p><a href='#ftnt_ref1' id='ftnt1'>[1]</a><span>&nbsp;Bahtiyar "
        "Abdülkerimov, Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir döneme "
        "giriyor, Anadolu Agency, December 19, 2025, </span><a href='https://www.google.com/url"
        "?q=https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-"
        "bir-doneme-giriyor/3775429&amp;sa=D&amp;source=editors'>https://www.aa.com.tr/tr/dunya/"
        "orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429</a></p>"
        "</div><div><p><a href='#ftnt_ref2' id='ftnt2'>[2]</a><span>&nbsp;The Summit of the "
        '"Central Asia plus Japan" Dialogue (CA+JAD), Ministry of Foreign Affairs of Japan, '
        "December 20, 2025, </span><a href='https://www.google.com/url?q=https://www.mofa.go.jp/"
        "erp/ca_c/pageite_000001_01438.html&amp;sa=D'>link</a></p></div></body></html>"
    )
    doc = document_from_text(page, article_id="gdocs")
    assert doc.notes is not None  # found by their ids, not by the text fallback
    notes, _ = find_footnotes(doc)
    assert [n.label for n in notes] == ["1", "2"]
    assert notes[0].text.endswith(
        "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-"
        "bir-doneme-giriyor/3775429"
    )
    assert notes[1].text.endswith(
        "link <https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html>"
    )


def test_a_hostile_link_target_does_not_stop_the_reader() -> None:
    # Typed by hand: a note whose link target no URL parser accepts.
    page = (
        "<html><body><p>Text.<sup><a href='#fn1'>1</a></sup></p><ol class='footnotes'>"
        "<li id='fn1'>Cutler, Azerbaijan Joins Central Asia, Times of Central Asia, 2025, "
        "<a href='http://[bad?q=https://x.org/'>link</a></li></ol></body></html>"
    )
    notes, _ = find_footnotes(document_from_text(page, article_id="hostile"))
    assert [n.label for n in notes] == ["1"]
    assert notes[0].text.startswith("Cutler, Azerbaijan Joins Central Asia")
