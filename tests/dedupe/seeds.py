"""The seed corpus as References, typed by hand from refs/000, 001 and 002.

The harvester (another module) is not used here: every field below was read
off the seed texts by a person, with the variations exactly as each language
version prints them: the Turkish PDF text (000) with Turkish month names,
"Anadolu Ajansı" and URLs broken across lines; the English markdown (001)
with English month names, "Anadolu Agency", the AA title spelt "diyalogu"
(not "diyaloğu") and URLs in angle brackets.
"""

from __future__ import annotations

from refharvest.model import Article, Citation, Name, PartialDate, Reference

D = PartialDate


def _ref(
    article: str,
    footnote: str,
    position: int,
    raw: str,
    *,
    title: str,
    site: str,
    url: str = "",
    issued: PartialDate | None = None,
    authors: tuple[Name, ...] = (),
    language: str = "en",
    accessed: PartialDate | None = None,
    type_: str = "webpage",
) -> Reference:
    return Reference(
        type=type_,  # type: ignore[arg-type]
        authors=list(authors),
        title=title,
        container_title=site,
        issued=issued,
        accessed=accessed,
        url=url,
        language=language,
        citations=[Citation(article, footnote, position, raw)],
    )


def _person(given: str, family: str) -> Name:
    return Name(family=family, given=given)


# (footnote, position, title, url, issued, authors, title language, type)
_WORKS = [
    ("1", 0, "Strengthening Ties with Central Asian Nations an Imperative for Japan",
     "https://japan-forward.com/strengthening-ties-central-asian-nations-an-imperative/",
     D(2025, 12, 26), (), "en", "article-newspaper"),
    ("2", 0, None,
     "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429",
     D(2025, 12, 19), (_person("Bahtiyar", "Abdülkerimov"),), "tr", "article-newspaper"),
    ("2", 1, "Japan Deepens Cooperation with Central Asian States",
     "https://jamestown.org/japan-deepens-cooperation-with-central-asian-states/",
     D(2026, 1, 26), (_person("Vusal", "Guliyev"),), "en", "webpage"),
    ("3", 0, 'The Summit of the "Central Asia plus Japan" Dialogue (CA+JAD)',
     "https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html",
     D(2025, 12, 20), (), "en", "webpage"),
    ("4", 0, "The EU and Central Asia: A Growing Partnership with Potential and Ambition",
     "https://www.eeas.europa.eu/eeas/eu-and-central-asia-growing-partnership-potential-and-ambition_en",
     D(2025, 2, 18), (), "en", "webpage"),
    ("4", 1, "Joint Roadmap for Deepening Ties Between the EU and Central Asia",
     "https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf",
     D(2023, 10, 23), (), "en", "report"),
    ("5", 0, "Çin'in Orta Asya Ülkeleri ile Ticaret Hacmi 2025'te 100 Milyar Doları Aştı",
     "https://www.aa.com.tr/tr/ekonomi/cinin-orta-asya-ulkeleri-ile-ticaret-hacmi-2025te-100-milyar-dolari-asti/3804147",
     D(2026, 1, 19), (_person("Emre", "Aytekin"),), "tr", "article-newspaper"),
    ("6", 0, "Xi'an Summit a New Milestone in China-Central Asia Relations",
     "https://en.people.cn/n3/2023/0523/c90000-20022316.html",
     D(2023, 5, 23), (_person("He", "Yin"),), "en", "article-newspaper"),
    ("7", 0, "Full Text of Xi's Keynote Speech at Second China-Central Asia Summit",
     "https://english.news.cn/20250618/8d15248700c5498f817102af488d2666/c.html",
     D(2025, 6, 18), (), "en", "article-newspaper"),
    ("8", 0, "United States Strategy for Central Asia 2019-2025",
     "https://tj.usembassy.gov/wp-content/uploads/sites/143/United-States-Strategy-for-Central-Asia-2019-2025-1.pdf",
     D(2019), (), "en", "report"),
    ("8", 1, "Minerals Security Partnership",
     "https://www.state.gov/minerals-security-partnership", None, (), "en", "webpage"),
    ("9", 0, "Issue Brief on Central Asia-Japan Summit 2025: "
     "Japans Strategic Re-Engagement with Central Asia",
     "https://issi.org.pk/issue-brief-on-central-asia-japan-summit-2025-japans-strategic-re-engagement-with-central-asia/",
     D(2026, 1, 12), (_person("Asma", "Siddiq"),), "en", "webpage"),
    ("10", 0, "C5+1den İbrahim Anlaşmalarına: ABD Realitesi ve Bölgesel Nüfuz Siyaseti",
     "https://www.tercuman.com/analiz/c51den-ibrahim-anlasmalarina-abd-realitesi-ve-bolgesel-nufuz-siyaseti-1341",
     D(2025, 11, 25), (_person("Melih", "Demirtaş"),), "tr", "article-newspaper"),
    ("11", 0, "Azerbaijan Joins Central Asia to Build a C6 Corridor Core",
     "https://timesca.com/azerbaijan-joins-central-asia-to-build-a-c6-corridor-core/",
     D(2025, 11, 17), (_person("Robert M.", "Cutler"),), "en", "article-newspaper"),
]  # fmt: skip

#: Site names as each version prints them (Turkish PDF, English markdown).
_SITES_TR = {
    ("1", 0): "Japan Forward", ("2", 0): "Anadolu Ajansı", ("2", 1): "Jamestown",
    ("3", 0): "Ministry of Foreign Affairs of Japan",
    ("4", 0): "The Diplomatic Service of the European Union",
    ("4", 1): "Council of the European Union", ("5", 0): "Anadolu Ajansı",
    ("6", 0): "Peoples Daily", ("7", 0): "Xinhua", ("8", 0): "U.S. Department of State",
    ("8", 1): "U.S. Department of State", ("9", 0): "ISSI", ("10", 0): "Tercüman",
    ("11", 0): "Times of Central Asia",
}  # fmt: skip
_SITES_EN = {**_SITES_TR, ("2", 0): "Anadolu Agency", ("5", 0): "Anadolu Agency"}
_AA_TITLE_TR = "Orta Asya-Japonya diyaloğu, liderler zirvesiyle yeni bir döneme giriyor"
_AA_TITLE_EN = "Orta Asya-Japonya diyalogu, liderler zirvesiyle yeni bir döneme giriyor"

#: How the Turkish PDF text breaks two of the URLs (as printed in refs/000).
_PDF_BREAKS = {
    ("2", 0): "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-\n"
    "diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429",
    ("5", 0): "https://www.aa.com.tr/tr/ekonomi/cinin-orta-asya-ulkeleri-\n"
    "ile-ticaret-hacmi-2025te-100-milyar-dolari-asti/3804147",
}


def seed_references(article: str) -> list[Reference]:
    """The 14 references of refs/000 (``article="000"``) or refs/001 (``"001"``)."""
    turkish = article == "000"
    refs = []
    for footnote, position, title, url, issued, authors, language, kind in _WORKS:
        where = (footnote, position)
        site = (_SITES_TR if turkish else _SITES_EN)[where]
        if title is None:
            title = _AA_TITLE_TR if turkish else _AA_TITLE_EN
        if turkish:
            url = _PDF_BREAKS.get(where, url)
            raw = f"{title}, {site}, {issued.iso() if issued else ''}, {url}"
        else:
            raw = f"{title}, *{site}*, {issued.iso() if issued else ''}, <{url}>"
        refs.append(
            _ref(
                article,
                footnote,
                position,
                raw,
                title=title,
                site=site,
                url=url,
                issued=issued,
                authors=authors,
                language=language,
                type_=kind,
            )
        )
    return refs


_ACCESSED_002 = D(2022, 12, 17)
_TITLES_002 = [
    ("The 9th Foreign Ministers’ Meeting of the “Central Asia plus Japan” Dialogue",
     "Japonya Dışişleri Bakanlığı Resmi Sayfası", "en"),
    ("Главы МИД Японии и стран Центральной Азии встретятся на следующей неделе",
     "News Central Asia", "ru"),
    ("Встреча глав МИД Японии и стран Центральной Азии пройдет в Токио 24 декабря", "Tass", "ru"),
    ("Central Asia Investment Forum 2022", "Avrupa İmar ve Kalkınma Bankası Resmi Sayfası", "en"),
    ("Joint Statement “Central Asia + Japan” Dialogue/Foreign Ministers’ Meeting —Relations "
     "between Japan and Central Asia as They Enter a New Era—",
     "Japonya Dışişleri Bakanlığı Resmi Sayfası", "en"),
    ("Центральная Азия и Япония устойчиво развивают торгово-экономические отношения",
     "World News", "ru"),
]  # fmt: skip


def seed_002_references() -> list[Reference]:
    """The 6 references of refs/002: no URL, no date, an access date only."""
    return [
        _ref(
            "002",
            str(number),
            0,
            f"{title}, {site},, (Date of Accession: 17.12.2022).",
            title=title,
            site=site,
            language=language,
            accessed=_ACCESSED_002,
        )
        for number, (title, site, language) in enumerate(_TITLES_002, 1)
    ]


def seed_articles() -> list[Article]:
    """The five seed articles with their own records (typed from their headers)."""
    tr_record = Reference(
        type="report",
        authors=[Name(family="Osmanlı", given="Seyda Nur")],
        title="Orta Asya-Japonya Diyaloğu Tokyo Zirvesi ve Orta Asya'nın Artan Önemi",
        publisher="Avrasya İncelemeleri Merkezi (AVİM)",
        issued=D(2026, 1, 29),
        url="https://www.avim.org.tr/tr/Analiz/ORTA-ASYA-JAPONYA-DIYALOGU-TOKYO-ZIRVESI-VE-ORTA-ASYA-NIN-ARTAN-ONEMI",
        language="tr",
        number="2026 / 5",
    )
    en_record = Reference(
        type="report",
        authors=[Name(family="Osmanlı", given="Seyda Nur")],
        title="The Tokyo Summit of the Central Asia-Japan Dialogue and the Growing "
        "Importance of Central Asia",
        publisher="Center For Eurasian Studies (AVİM)",
        issued=D(2026, 3, 25),
        url="https://avim.org.tr/en/Analiz/THE-TOKYO-SUMMIT-OF-THE-CENTRAL-ASIA-JAPAN-DIALOGUE-AND-THE-GROWING-IMPORTANCE-OF-CENTRAL-ASIA",
        language="en",
        number="2026 / 11",
        extra={
            "translation-note": "This is the English translation of a Turkish language "
            "article that was originally published by AVİM on 29 January 2026.",
            "translation-of-language": "tr",
            "translation-of-date": "2026-01-29",
        },
    )
    return [
        Article("000", "refs/000.txt", "pdf-text", tr_record, references=seed_references("000")),
        Article("001", "refs/001.txt", "markdown", en_record, references=seed_references("001")),
        Article(
            "002",
            "refs/002.txt",
            "text",
            Reference(
                title="Central Asia-Japan Dialogue: New Perspectives for Partnership",
                authors=[Name(family="Baktybek Kyzy", given="Aidana")],
                language="en",
            ),
            references=seed_002_references(),
        ),
        Article(
            "003",
            "refs/003.txt",
            "text",
            Reference(title="Central Asia plus Japan Dialogue Summit in Tokyo", language="en"),
        ),
        Article(
            "004",
            "refs/004.txt",
            "text",
            Reference(
                title="Strategische Partnerschaft zwischen Zentralasien und Japan unter neuen "
                "Bedingungen",
                issued=D(2025, 12, 20),
                language="de",
            ),
        ),
    ]
