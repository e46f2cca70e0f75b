"""Unwrapping notes: URLs broken across lines are rejoined exactly.

The 14 expected URLs of seed 000 are the ones its own link-annotation lists
print on single lines (refs/000_* lines 174-191 and 231-234): independent
evidence of what the broken URLs in the notes must become.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refharvest.footnotes import find_footnotes, scan_document
from refharvest.footnotes.unwrap import LinkEvidence, joiner, unwrap_lines
from refharvest.ingest import read_document

REFS = Path(__file__).resolve().parents[2] / "refs"
SEED_000 = next(REFS.glob("000_*.txt"))

EXPECTED_URLS_000 = [
    "https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/",
    "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429",
    "https://jamestown.org/japan-deepens-cooperation-with-central-asian-states/",
    "https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html",
    "https://www.eeas.europa.eu/eeas/eu-and-central-asia-growing-partnership-potential-and-ambition_en",
    "https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf",
    "https://www.aa.com.tr/tr/ekonomi/cinin-orta-asya-ulkeleri-ile-ticaret-hacmi-2025te-100-milyar-dolari-asti/3804147",
    "https://en.people.cn/n3/2023/0523/c90000-20022316.html",
    "https://english.news.cn/20250618/8d15248700c5498f817102af488d2666/c.html",
    "https://tj.usembassy.gov/wp-content/uploads/sites/143/United-States-Strategy-for-Central-Asia-2019-2025-1.pdf",
    "https://www.state.gov/minerals-security-partnership",
    "https://issi.org.pk/issue-brief-on-central-asia-japan-summit-2025-japans-strategic-re-engagement-with-central-asia/",
    "https://www.tercuman.com/analiz/c51den-ibrahim-anlasmalarina-abd-realitesi-ve-bolgesel-nufuz-siyaseti-1341",
    "https://timesca.com/azerbaijan-joins-central-asia-to-build-a-c6-corridor-core/",
]  # fmt: skip

_URL = re.compile(r"https?://\S+")


def _urls(texts: list[str]) -> list[str]:
    return [url.rstrip(";,.") for text in texts for url in _URL.findall(text)]


def test_all_14_urls_of_seed_000_rejoined_exactly() -> None:
    notes, _ = find_footnotes(read_document(SEED_000))
    assert _urls([n.text for n in notes]) == EXPECTED_URLS_000


def test_the_link_lists_are_what_the_reader_hands_over_as_evidence() -> None:
    assert read_document(SEED_000).link_evidence == list(dict.fromkeys(EXPECTED_URLS_000))


def test_the_heuristic_alone_also_rejoins_them() -> None:
    """Without the link lists (say, a PDF whose annotations were not extracted)."""
    doc = read_document(SEED_000)
    scan = scan_document(doc)
    texts = [unwrap_lines(span.text_lines, None) for span in scan.notes]
    assert _urls(texts) == EXPECTED_URLS_000


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param("see https://a.org/strengthening-", "imperative/ x", "", id="after-hyphen"),
        pytest.param("see https://a.org/pageite_", "01438.html", "", id="after-underscore"),
        pytest.param("see https://a.org/n3/", "2023/0523/c.html", "", id="after-slash-path"),
        pytest.param("see https://a.org/n3/", "Accessed 5 May 2020", " ", id="slash-then-word"),
        pytest.param("see https://a.org/c90000-2002", "2316.html", "", id="inside-a-segment"),
        pytest.param("see https://a.org/page", "Accessed 5 May", " ", id="complete-then-word"),
        pytest.param("see https://a.org/page", "(accessed 2020)", " ", id="then-parenthesis"),
        pytest.param("see https://a.org/", "17.12.2022", " ", id="then-numeric-date"),
        pytest.param("see https://a.org/x", "https://b.org/", " ", id="then-another-url"),
        pytest.param("Strategic Re-", "Engagement", "", id="hyphenated-word"),
        pytest.param("Peoples Daily,", "23 Mayıs", " ", id="plain-words"),
        pytest.param("a dash -", "and more", " ", id="spaced-dash"),
    ],
)
def test_joiner_heuristics(before: str, after: str, expected: str) -> None:
    assert joiner(before, after) == expected


def test_evidence_overrides_the_heuristic_both_ways() -> None:
    evidence = LinkEvidence(["https://a.org/report/", "https://b.org/x-y/summary"])
    # The heuristic would join "report/" + "summary-2020"; the evidence says the URL was complete.
    assert joiner("at https://a.org/report/", "summary-2020 text", evidence) == " "
    # The heuristic would not join a capitalised word; the evidence says it belongs.
    assert joiner("at https://b.org/x-y/", "summary", evidence) == ""
    assert joiner("at https://b.org/x-", "y/", evidence) == ""  # a prefix of a listed URL


def test_unwrap_collapses_whitespace_and_skips_blank_lines() -> None:
    assert unwrap_lines(["  A  b ", "", "c\u00a0 d  "]) == "A b c d"


@settings(max_examples=300, deadline=None)
@given(
    urls=st.lists(st.text(alphabet="ab/.-", max_size=6), max_size=6),
    url=st.text(alphabet="ab/.-", max_size=5),
)
def test_continues_agrees_with_its_definition(urls: list[str], url: str) -> None:
    """The sorted search answers as a scan of every listed URL would (the reference)."""
    evidence = LinkEvidence(urls)
    listed = [u.strip() for u in urls if u.strip()]
    assert evidence.continues(url) == any(
        len(known) > len(url) and known.startswith(url) for known in listed
    )


def test_a_one_line_note_only_has_its_whitespace_collapsed() -> None:
    """Read off the input: the same words, single spaces, nothing joined."""
    assert unwrap_lines(["  a  https://x.org/a-   b \t"]) == "a https://x.org/a- b"
    assert unwrap_lines(["   "]) == ""
