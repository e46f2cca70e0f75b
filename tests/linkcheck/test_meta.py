"""Page metadata from HTML written by hand, in the documented order of sources."""

from __future__ import annotations

from refharvest.linkcheck.meta import parse_page, title_matches

PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<title>Enerji politikası | Örnek Haber</title>
<meta property="og:title" content="Enerji politikası">
<meta property="og:site_name" content="Örnek Haber">
<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Enerji politikası (JSON-LD)",
   "datePublished": "2024-03-04", "author": [{"@type": "Person", "name": "Ayşe Yılmaz"},
   {"@type": "Person", "name": "Mehmet Kaya"}], "publisher": {"name": "Örnek Yayın"}}]}
</script>
<script type="application/ld+json">{ broken json </script>
</head><body><h1>Enerji politikası</h1><p>Metin.</p><script>var x = "not text";</script>
</body></html>"""


def test_sources_in_order() -> None:
    parsed = parse_page(PAGE.encode("utf-8"), "text/html; charset=utf-8")
    meta = parsed.metadata
    assert meta.title == "Enerji politikası"  # og:title before JSON-LD headline
    assert meta.published == "2024-03-05T10:00:00+03:00"  # article: before JSON-LD
    assert meta.authors == ["Ayşe Yılmaz", "Mehmet Kaya"]  # JSON-LD, no citation_author
    assert meta.site_name == "Örnek Haber"
    assert meta.tags["html:title"] == "Enerji politikası | Örnek Haber"
    assert parsed.heading == "Enerji politikası"
    assert "not text" not in parsed.text and "Metin." in parsed.text


def test_citation_tags_win() -> None:
    page = b"""<html><head><title>Site page</title>
    <meta name="citation_title" content="A Study of Footnotes">
    <meta name="citation_author" content="Doe, Jane">
    <meta name="citation_author" content="Roe, Ann">
    <meta name="citation_publication_date" content="2019/04/01">
    <meta name="citation_journal_title" content="Journal of Notes"></head></html>"""
    meta = parse_page(page).metadata
    assert (meta.title, meta.authors, meta.published, meta.site_name) == (
        "A Study of Footnotes",
        ["Doe, Jane", "Roe, Ann"],
        "2019/04/01",
        "Journal of Notes",
    )


def test_legacy_encoding_from_header() -> None:
    page = "<html><head><title>Türkçe başlık</title></head></html>".encode("iso-8859-9")
    assert parse_page(page, "text/html; charset=iso-8859-9").metadata.title == "Türkçe başlık"


def test_title_matching_tolerates_site_suffixes() -> None:
    assert title_matches("Enerji politikası", "Enerji politikası | Örnek Haber")
    assert not title_matches("Parliament passes the budget", "Enerji politikası | Örnek Haber")
    assert title_matches("Anything", "")  # nothing to compare with
