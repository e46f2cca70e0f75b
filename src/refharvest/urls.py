"""URL normalisation: one spelling per web page, so that duplicates meet.

Two functions with different promises:

``normalize_url``
    A *comparison key* that is still a readable URL. Every spelling of the
    same page gives the same key: scheme (``http`` and ``https`` fold to
    ``https``), ``www.``, host case, trailing dot of the host, default port,
    IDNA host (``bücher.de`` → ``xn--bcher-kva.de``), trailing slash of the
    path, tracking parameters (``utm_*``, ``fbclid``, ``gclid`` …),
    percent-encoding (``%7e`` → ``~``, ``%c3%bc`` → ``%C3%BC``, ``ü`` →
    ``%C3%BC``), dot segments, order of query parameters, fragment. What
    tells pages apart is kept: path case, every query parameter that is not
    a known tracker, ``#!`` and ``#/`` routes of single-page sites.
    Use it to group, deduplicate and cache; do not fetch it (a site may not
    answer without ``www.``).

``clean_url``
    A conservative clean-up for printing and fetching: the same work as
    ``normalize_url`` except that the scheme, ``www.``, the trailing slash,
    the parameter order and the fragment are left as they were.

Neither raises. Input that is not a URL (no host, a bad port, control
characters, a scheme other than http/https/ftp) comes back stripped of
surrounding white space and angle brackets, otherwise unchanged, so that
equal garbage still compares equal. ``url_host`` returns ``""`` for it.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

import idna

__all__ = [
    "TRACKING_PARAMETERS",
    "clean_url",
    "normalize_url",
    "unwrap_redirect",
    "url_host",
    "url_key",
]

#: Query parameters that say how a reader arrived, never which page it is.
#: Exact names, compared case-insensitively; ``utm_*`` is matched by prefix.
TRACKING_PARAMETERS = frozenset(
    """
    fbclid gclid gclsrc dclid gbraid wbraid msclkid yclid twclid ttclid li_fat_id igshid
    mc_cid mc_eid _ga _gl _hsenc _hsmi __hssc __hstc __hsfp hsctatracking mkt_tok
    oly_anon_id oly_enc_id vero_id vero_conv wickedid rb_clickid s_cid cmpid ncid
    ocid sr_share spm at_medium at_campaign at_custom1 at_custom2 at_custom3 at_custom4
    """.split()  # noqa: SIM905
)
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}
_WEB_SCHEMES = frozenset(_DEFAULT_PORTS)
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_SUB_DELIMS = "!$&'()*+,;="
_PATH_SAFE = frozenset(_UNRESERVED | set(_SUB_DELIMS) | set(":@/"))
#: Inside one key or value of a query: ``&`` separates pairs and ``=`` key from value,
#: so a literal one must stay encoded; ``+`` keeps its form-encoding meaning.
_QUERY_SAFE = frozenset(_UNRESERVED | set("!$'()*+,;:@/?="))
_QUERY_KEY_SAFE = _QUERY_SAFE - {"="}
_FRAGMENT_SAFE = _QUERY_SAFE | {"#"}
_ASCII_HOST = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")
#: safe set → pattern of what needs re-encoding in a component (filled on first use)
_NEEDS_WORK: dict[frozenset[str], re.Pattern[str]] = {}
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\s*[\r\n\u2028\u2029]\s*")
_SCHEMELESS_HOST = re.compile(
    r"^(?:www\d?\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)", re.I
)
#: "www." before a name that still has a dot: "www.com" is a name of its own.
_WWW = re.compile(r"^www\d?\.(?=[^.]+\.)")
_ENCLOSURES = frozenset({("<", ">"), ('"', '"'), ("'", "'")})


def normalize_url(url: str) -> str:
    """The comparison key of ``url`` (see the module docstring)."""
    return _normalise(url, fold=True)


def url_key(url: str) -> tuple[str, str]:
    """``(normalize_url(url), url_host(url))`` in one pass; ``("", "")`` for a non-URL."""
    parts = _split(url)
    if parts is None:
        return "", ""
    return _normalise(url, fold=True, parts=parts), _drop_www(parts.host)


def clean_url(url: str) -> str:
    """``url`` tidied without changing what a browser would fetch."""
    return _normalise(url, fold=False)


def url_host(url: str) -> str:
    """The host of ``url`` as in ``normalize_url`` (ASCII, no ``www.``); ``""`` if none."""
    parts = _split(url)
    return _drop_www(parts.host) if parts is not None else ""


_GOOGLE_HOST = re.compile(r"(?:www\.)?google\.[a-z.]{2,7}")


def unwrap_redirect(url: str) -> str:
    """The target of a click-tracking wrapper, or ``url`` itself.

    Google Docs exports every link as ``https://www.google.com/url?q=TARGET&…``,
    Outlook as ``…safelinks.protection.outlook.com/?url=TARGET``, Facebook as
    ``l.facebook.com/l.php?u=TARGET``: the wrapper is not the cited page.
    """
    if "?" not in url:
        return url
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[bad": no wrapper, and no URL either; callers judge it
        return url
    host = parts.hostname or ""
    keys: tuple[str, ...]
    if _GOOGLE_HOST.fullmatch(host) and parts.path == "/url":
        keys = ("q", "url")
    elif host.endswith(".safelinks.protection.outlook.com"):
        keys = ("url",)
    elif host in ("l.facebook.com", "lm.facebook.com") and parts.path == "/l.php":
        keys = ("u",)
    else:
        return url
    query = parse_qs(parts.query)
    for key in keys:
        for target in query.get(key, []):
            if target.startswith(("http://", "https://")):
                return target
    return url


def _drop_www(host: str) -> str:
    return _WWW.sub("", host) if host.startswith("www") else host


def _strip(url: str) -> str:
    text = url.strip() if isinstance(url, str) else ""
    while len(text) >= 2 and text[0] in "<\"'" and (text[0], text[-1]) in _ENCLOSURES:
        text = text[1:-1].strip()
    if text[:4].upper() == "URL:":
        text = text[4:].strip()
    return text


class _Parts(NamedTuple):
    scheme: str  # lower case
    userinfo: str
    host: str  # lower-case ASCII, no brackets, no trailing dot
    port: int | None
    path: str
    query: str
    fragment: str


def _split(url: str) -> _Parts | None:
    """Split a URL we can normalise, or None for anything else."""
    text = _strip(url)
    # A URL rejoined from a PDF may keep its line break: a URL never holds one.
    if "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_BREAK.sub("", text)
    if not text or _CONTROL.search(text):
        return None
    if text.startswith("//"):
        text = "http:" + text
    elif "://" not in text and _SCHEMELESS_HOST.match(text):
        text = "http://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _WEB_SCHEMES:
        return None
    userinfo, _, hostport = parts.netloc.rpartition("@")
    port_text = ""
    if hostport.startswith("["):
        raw_host, bracket, port_text = hostport[1:].partition("]")
        if not bracket or (port_text and not port_text.startswith(":")):
            return None
        port_text = port_text[1:]
    else:
        raw_host, _, port_text = hostport.partition(":")
    port: int | None = None
    if port_text:
        if not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
            return None
        port = int(port_text)
    host = _host(raw_host)
    if host is None:
        return None
    return _Parts(scheme, userinfo, host, port, parts.path, parts.query, parts.fragment)


def _host(raw: str) -> str | None:
    """ASCII (punycode) host in lower case, or None when it is not a valid host name."""
    if "%" in raw:
        raw = _PERCENT.sub(lambda m: chr(int(m.group(1), 16)), raw)
    raw = raw.rstrip(".").lower()
    if not raw:
        return None
    if ":" in raw:
        return raw if re.fullmatch(r"[0-9a-f:.]+", raw) else None  # IPv6 literal
    if raw.isascii():
        return raw if _ASCII_HOST.fullmatch(raw) else None
    try:
        return idna.encode(raw, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        try:
            return raw.encode("idna").decode("ascii")
        except UnicodeError:
            return None


def _normalise(url: str, *, fold: bool, parts: _Parts | None = None) -> str:
    if parts is None:
        parts = _split(url)
        if parts is None:
            return _strip(url)
    scheme, host, port = parts.scheme, parts.host, parts.port
    if fold:
        if scheme == "http":
            scheme = "https"
        host = _drop_www(host)
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[parts.scheme]:
        host = f"{host}:{port}"
    netloc = f"{parts.userinfo}@{host}" if parts.userinfo else host

    path = _remove_dot_segments(_requote(parts.path, _PATH_SAFE)) or "/"
    if fold and len(path) > 1:
        path = path.rstrip("/") or "/"
    query = _clean_query(parts.query, sort=fold)
    fragment = parts.fragment
    if fold and not fragment.startswith(("!", "/")):
        fragment = ""
    elif fragment:
        fragment = _requote(fragment, _FRAGMENT_SAFE)
    text = f"{scheme}://{netloc}{path}"
    if query:
        text += "?" + query
    if fragment:
        text += "#" + fragment
    return text


def _is_tracking(key: str) -> bool:
    name = key.lower()
    return name in TRACKING_PARAMETERS or name.startswith(_TRACKING_PREFIXES)


def _clean_query(query: str, *, sort: bool) -> str:
    if not query:
        return ""
    pairs: list[tuple[str, str | None]] = []
    for piece in query.split("&"):
        if not piece:
            continue
        key, eq, value = piece.partition("=")
        if _is_tracking(unquote(key) if "%" in key else key):
            continue
        key = _requote(key, _QUERY_KEY_SAFE)
        pairs.append((key, _requote(value, _QUERY_SAFE) if eq else None))
    if sort:
        pairs.sort(key=lambda pair: pair[0])  # stable: repeated keys keep their order
    return "&".join(key if value is None else f"{key}={value}" for key, value in pairs)


def _requote(text: str, safe: frozenset[str]) -> str:
    """One percent-encoding: unreserved bytes decoded, others upper-case escapes, UTF-8."""
    needs_work = _NEEDS_WORK.get(safe)
    if needs_work is None:
        needs_work = _NEEDS_WORK[safe] = re.compile(f"[^{re.escape(''.join(sorted(safe)))}]|%")
    if not needs_work.search(text):
        return text  # the common case: nothing to re-encode
    out: list[str] = []
    i = 0
    length = len(text)
    while i < length:
        char = text[i]
        if char == "%":
            match = _PERCENT.match(text, i)
            if match:
                byte = int(match.group(1), 16)
                decoded = chr(byte)
                out.append(decoded if decoded in _UNRESERVED else f"%{byte:02X}")
                i += 3
                continue
            out.append("%25")
        elif char in safe:
            out.append(char)
        else:
            out.append("".join(f"%{b:02X}" for b in char.encode("utf-8", "surrogatepass")))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 section 5.2.4, so ``/a/./b/../c`` and ``/a/c`` meet."""
    if "/." not in path:
        return path
    output: list[str] = []
    segments = path.split("/")
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                output.append("")
            continue
        if segment == "..":
            if len(output) > 1:
                output.pop()
            if last:
                output.append("")
            continue
        output.append(segment)
    result = "/".join(output)
    if path.startswith("/") and not result.startswith("/"):
        result = "/" + result
    return result
