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
import functools
import html
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
#: Combining marks left by NFKD: "ğ" → "g" + U+0306.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
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


_TITLE = re.compile(rb"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_H1 = re.compile(rb"<h1[^>]*>(.*?)</h1\s*>", re.I | re.S)
_INVISIBLE = re.compile(rb"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_TAG = re.compile(rb"<[^>]*>")
_CHARSET = re.compile(rb"charset=[\"']?([\w.:-]+)", re.I)
_SPACES = re.compile(r"\s+")


def sample_page(
    url: str, final_url: str, status: int | None, body: bytes, content_type: str = ""
) -> PageSample:
    """Title, heading and visible text of a page, read with regular expressions.

    Comparison needs only rough text, and this runs for every page of a host
    that answers 200 for missing paths: a full HTML parse here would cost more
    than the request.
    """
    head = body[:4096]
    match = _CHARSET.search(content_type.encode("latin-1", "replace")) or _CHARSET.search(head)
    encoding = match.group(1).decode("ascii", "replace") if match else "utf-8"

    def text(raw: bytes) -> str:
        try:
            decoded = raw.decode(encoding, "replace")
        except LookupError:
            decoded = raw.decode("utf-8", "replace")
        return _SPACES.sub(" ", html.unescape(decoded)).strip()

    title = _TITLE.search(body)
    heading = _H1.search(body)
    visible = _TAG.sub(b" ", _INVISIBLE.sub(b" ", body))
    return PageSample(
        url=url,
        final_url=final_url,
        status=status,
        title=text(_TAG.sub(b" ", title.group(1))) if title else "",
        heading=text(_TAG.sub(b" ", heading.group(1))) if heading else "",
        text=text(visible)[:20000],
        size=len(body),
    )


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
    return _COMBINING.sub("", decomposed)


_FOLDED_PHRASES: tuple[str, ...] = ()


def says_not_found(*texts: str) -> bool:
    """True when a title or heading uses "not found" wording of any known language."""
    global _FOLDED_PHRASES
    if not _FOLDED_PHRASES:
        _FOLDED_PHRASES = tuple(fold(p) for phrases in NOT_FOUND_PHRASES.values() for p in phrases)
    folded = " ".join(fold(t) for t in texts if t)
    return any(phrase in folded for phrase in _FOLDED_PHRASES)


def similarity(a: str, b: str) -> float:
    """Word-sequence similarity of two visible texts, 0..1."""
    words_a = _words(a)
    words_b = _words(b)
    if not words_a and not words_b:
        return 1.0
    # Pages of very different lengths cannot be alike: this bound needs no matcher,
    # and building one indexes every word of ``b``.
    bound = 2 * min(len(words_a), len(words_b)) / (len(words_a) + len(words_b))
    if bound < SAME_PAGE_WITH_WORDING:
        return bound
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    bound = matcher.quick_ratio()  # an upper bound, linear in the number of words
    return bound if bound < SAME_PAGE_WITH_WORDING else matcher.ratio()


@functools.lru_cache(maxsize=64)
def _words(text: str) -> tuple[str, ...]:
    """The words compared; cached because every page of a host is compared with one probe."""
    return tuple(_WORDS.findall(fold(text))[:_WORD_LIMIT])


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
