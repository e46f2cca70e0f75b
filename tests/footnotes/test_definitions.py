"""Named Markdown footnotes (``[^label]: text``), read as Pandoc reads them.

The documents are written here by hand in Pandoc's footnote syntax around
notes copied from the seed articles (refs/001_…, notes 1 and 2); expected
labels and texts are read off them.
"""

from __future__ import annotations

from refharvest.footnotes import find_footnotes
from refharvest.ingest import document_from_text

NOTE_1 = (
    "Strengthening Ties with Central Asian Nations an Imperative for Japan, *Japan Forward*, "
    "December 26, 2025, "
    "<https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/>"
)


def test_named_notes_with_continuation_lines_and_paragraphs() -> None:
    text = (
        "# Japan and Central Asia\n\n"
        "Japan held its first summit.[^japan-forward] Türkiye reported it.[^aa]\n\n"
        f"[^japan-forward]: {NOTE_1}\n"
        "[^aa]: Bahtiyar Abdülkerimov, Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni\n"
        "    bir döneme giriyor, *Anadolu Agency*, December 19, 2025,\n"
        "    <https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu/3775429>\n\n"
        "    The Turkish version of the same report.\n\n"
        "A closing paragraph of the body, not of any note.\n"
    )
    notes, diagnostics = find_footnotes(document_from_text(text, article_id="named"))
    assert [n.label for n in notes] == ["japan-forward", "aa"]
    assert notes[0].text == NOTE_1
    assert notes[1].text == (
        "Bahtiyar Abdülkerimov, Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir "
        "döneme giriyor, *Anadolu Agency*, December 19, 2025, "
        "<https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu/3775429> "
        "The Turkish version of the same report."
    )
    assert notes[1].line == 6  # 1-based: heading, blank, body, blank, first note, this one
    assert "closing paragraph" not in notes[1].text
    assert diagnostics == []


def test_numbered_definitions_stay_with_the_note_finder() -> None:
    # All labels numbers: the run-of-numbers finder reads them as before.
    text = f"Japan held its first summit.[^1]\n\n[^1]: {NOTE_1}\n"
    notes, _ = find_footnotes(document_from_text(text, article_id="numbered"))
    assert [(n.label, n.text) for n in notes] == [("1", NOTE_1)]
