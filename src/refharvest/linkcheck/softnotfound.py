"""Soft-404s: pages answered with 200 that are really "not found".

A title regex alone would call a real article titled "Error 404 in
Kubernetes" dead. The evidence used instead is how the same host answers a
path that cannot exist (a random one): if it answers 404, the host reports
missing pages honestly and a 200 is believed. If it answers 200 too, the page
is compared with that answer — same final URL (every path sent to the home
page), or the same title with nearly the same text — and "not found" wording
in the page's title or heading, in any of several languages, counts as
supporting evidence that lowers the similarity needed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

#: "Not found" wording per language (BCP 47 primary tag), compared casefolded
#: and without diacritics.
NOT_FOUND_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("page not found", "not found", "404", "no longer available", "does not exist",
           "couldn't find", "could not find", "cannot be found", "page you requested"),
    "tr": ("sayfa bulunamadi", "bulunamadi", "sayfa mevcut degil", "aradiginiz sayfa",
           "boyle bir sayfa yok", "icerik bulunamadi"),
    "de": ("seite nicht gefunden", "nicht gefunden", "existiert nicht"),
    "fr": ("page introuvable", "page non trouvee", "n'existe pas", "introuvable"),
    "es": ("pagina no encontrada", "no encontrada", "no existe"),
    "it": ("pagina non trovata", "non trovata"),
    "pt": ("pagina nao encontrada", "nao encontrada"),
    "ru": ("страница не найдена", "не найдена", "не существует"),
    "ar": ("الصفحة غير موجودة", "غير موجودة"),
}  # fmt: skip

#: Similarity of visible text above which two pages are the same page.
SAME_PAGE = 0.9
#: Similarity enough when the page also says "not found".
SAME_PAGE_WITH_WORDING = 0.6
_WORDS = re.compile(r"\w+")
_WORD_LIMIT = 600


@dataclass(frozen=True, slots=True)
class PageSample:
    """The parts of an answer that soft-404 judgement compares."""

    url: str
    final_url: str
    status: int | None
    title: str = ""
    heading: str = ""
    text: str = ""
    size: int = 0


def probe_url(url: str) -> str:
    """A URL on ``url``'s host that cannot exist."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/refharvest-{uuid.uuid4().hex}", "", ""))


def probe_key(url: str) -> str:
    """Pages compared with the same probe: one probe per origin, so one extra request a host."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}/"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def says_not_found(*texts: str) -> bool:
    """True when a title or heading uses "not found" wording of any known language."""
    folded = " ".join(fold(t) for t in texts if t)
    return any(fold(p) in folded for phrases in NOT_FOUND_PHRASES.values() for p in phrases)


def similarity(a: str, b: str) -> float:
    """Word-sequence similarity of two visible texts, 0..1."""
    words_a = _WORDS.findall(fold(a))[:_WORD_LIMIT]
    words_b = _WORDS.findall(fold(b))[:_WORD_LIMIT]
    if not words_a and not words_b:
        return 1.0
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    if matcher.real_quick_ratio() < SAME_PAGE_WITH_WORDING:
        return matcher.real_quick_ratio()
    return matcher.ratio()


def _path(url: str) -> str:
    return urlsplit(url).path.rstrip("/")


def _strip_paths(text: str, *urls: str) -> str:
    """Remove the asked paths from a text: error pages often echo the missing path."""
    for url in urls:
        path = urlsplit(url).path
        for piece in (path, path.rsplit("/", 1)[-1]):
            if len(piece) > 3:
                text = text.replace(piece, " ")
    return text


def judge(page: PageSample, probe: PageSample | None) -> str | None:
    """Why ``page`` is a soft-404, or ``None`` when it is a real page."""
    if not _path(page.url):
        return None  # the home page itself is never "not found"
    if probe is None or probe.status is None or not 200 <= probe.status < 300:
        return None  # the host says 404 for missing paths: believe its 200
    if page.final_url != page.url and page.final_url == probe.final_url:
        return f"redirected to {page.final_url}, where every missing path goes"
    if page.final_url != page.url and not _path(page.final_url) and not _path(probe.final_url):
        return "redirected to the home page, as every missing path is"
    page_text = _strip_paths(page.text, page.url, page.final_url)
    probe_text = _strip_paths(probe.text, probe.url, probe.final_url)
    page_title = _strip_paths(page.title, page.url, page.final_url).strip()
    probe_title = _strip_paths(probe.title, probe.url, probe.final_url).strip()
    score = similarity(page_text, probe_text)
    same_title = fold(page_title) == fold(probe_title)
    if same_title and score >= SAME_PAGE:
        return "same page as the host returns for a path that cannot exist"
    if says_not_found(page.title, page.heading) and score >= SAME_PAGE_WITH_WORDING:
        return "says not found, like the host's page for a path that cannot exist"
    return None
