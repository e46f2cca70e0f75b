"""HTTP for the link checker: one bounded, policy-checked fetch of a URL.

``requests`` has connect and read timeouts but no limit on a whole exchange: a
server trickling one byte a second never trips a read timeout. Each fetch
therefore registers the connections it uses with a watchdog thread that shuts
their sockets down when the fetch's deadline passes, which wakes the blocked
read at once. The same connection classes check the address actually
connected against the policy, so DNS rebinding between our resolution and
urllib3's cannot reach a private address.

Redirects are followed here, hop by hop, so that every hop is checked by the
policy and recorded with its status. Requests go straight through the adapter
(no ``Session``): nothing is merged from the environment, so no proxy stands
between the policy and the address connected.
"""

from __future__ import annotations

import contextlib
import email.utils
import errno
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import ConnectionPool, HTTPConnectionPool, HTTPSConnectionPool

from .policy import CachingResolver, PolicyBlock, ResolveError, address_allowed, check_url
from .results import CheckOptions, Hop

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})
#: HEAD answers that do not prove anything: the same URL is asked again with GET.
_HEAD_DOUBTFUL = frozenset({400, 403, 404, 405, 406, 409, 410, 429, 500, 501, 502, 503})
#: Bytes of a redirect or error body read so the connection can be reused.
_DRAIN_LIMIT = 64 * 1024
_CHUNK = 16 * 1024
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass
class Fetched:
    """The last answer of a fetch, or why there was none (``reason``)."""

    url: str
    final_url: str
    status: int | None = None
    hops: list[Hop] = field(default_factory=list)
    method: str = "GET"
    body: bytes = b""
    content_type: str = ""
    truncated: bool = False
    retry_after: float | None = None
    #: Set when no usable answer came: a result reason from ``results.REASON_VERDICTS``.
    reason: str = ""
    detail: str = ""


class _FetchContext:
    """One fetch's deadline and the connections it has used, for the watchdog."""

    def __init__(self, deadline: float, allow_private: bool) -> None:
        self.deadline = deadline
        self.allow_private = allow_private
        self.connections: list[Any] = []
        self.expired = False
        self.finished = False
        self.lock = threading.Lock()

    def attach(self, conn: Any) -> None:
        with self.lock:
            conn.refharvest_owner = self
            self.connections.append(conn)

    def expire(self) -> None:
        with self.lock:
            if self.finished:
                return
            self.expired = True
            for conn in self.connections:
                sock = getattr(conn, "sock", None)
                if conn.refharvest_owner is self and sock is not None:
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)

    def finish(self) -> None:
        with self.lock:
            self.finished = True
            self.connections.clear()


_current = threading.local()


def _context() -> _FetchContext | None:
    ctx: _FetchContext | None = getattr(_current, "ctx", None)
    return ctx


class _Watchdog:
    """One daemon thread expiring fetches whose deadline has passed."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, _FetchContext]] = []
        self._cond = threading.Condition()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, ctx: _FetchContext) -> None:
        with self._cond:
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (ctx.deadline, next(self._seq), ctx))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="refharvest-watchdog", daemon=True
                )
                self._thread.start()
            if earliest is None or ctx.deadline < earliest:
                # Deadlines mostly arrive in order: wake the watchdog only for a new first one.
                self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].finished:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                delay = self._heap[0][0] - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                _, _, ctx = heapq.heappop(self._heap)
                ctx.expire()


_WATCHDOG = _Watchdog()


def _guard_socket(sock: socket.socket) -> socket.socket:
    ctx = _context()
    if ctx is None:
        return sock
    try:
        peer = str(sock.getpeername()[0])
    except OSError:
        return sock
    if not address_allowed(peer, allow_private=ctx.allow_private):
        sock.close()
        raise PolicyBlock("blocked-private-address", f"connected to {peer}, a non-public address")
    return sock


class _Guarded:
    """Mixed into urllib3's connection classes, before them: the socket connected is
    checked against the policy, and every request is watched by its fetch's deadline."""

    refharvest_owner: object = None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        return _guard_socket(sock)

    def request(self, *args: Any, **kwargs: Any) -> None:
        ctx = _context()
        if ctx is not None:
            ctx.attach(self)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _GuardedHTTPConnection(_Guarded, HTTPConnection):
    pass


class _GuardedHTTPSConnection(_Guarded, HTTPSConnection):
    pass


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class GuardedAdapter(HTTPAdapter):
    """An adapter whose connections obey the policy and the fetch deadline.

    It never goes through a proxy: the policy has to see the address actually
    connected. The proxy lookups ``HTTPAdapter`` makes on every request (a URL
    parse each) are therefore left out, as is the cookie extraction for
    answers that set no cookie: together about 8 % of the checker's CPU.
    Nothing here reads ``Response.encoding``, so it is not guessed either.
    """

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _GuardedHTTPPool,
            "https": _GuardedHTTPSPool,
        }

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: Mapping[str, str] | None = None,
        cert: tuple[str, str] | str | None = None,
    ) -> ConnectionPool:
        try:
            host_params, pool_kwargs = self.build_connection_pool_key_attributes(
                request, True if verify is None else verify, cert
            )
        except ValueError as exc:
            raise requests.exceptions.InvalidURL(exc, request=request) from exc
        pool: ConnectionPool = self.poolmanager.connection_from_host(
            **host_params, pool_kwargs=pool_kwargs
        )
        return pool

    def request_url(
        self, request: requests.PreparedRequest, proxies: Mapping[str, str] | None
    ) -> str:
        return request.path_url

    def build_response(
        self, req: requests.PreparedRequest, resp: urllib3.BaseHTTPResponse
    ) -> requests.Response:
        response = requests.Response()
        response.status_code = resp.status
        response.headers = requests.structures.CaseInsensitiveDict(resp.headers)
        response.raw = resp
        response.reason = resp.reason or ""
        response.url = req.url or ""
        if "set-cookie" in resp.headers:
            requests.cookies.extract_cookies_to_jar(  # type: ignore[no-untyped-call]
                response.cookies, req, resp
            )
        response.request = req
        response.connection = self
        return response


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def wants_head(url: str, mode: str) -> bool:
    """HEAD where the body is of no use to us: files that are not web pages."""
    if mode != "auto":
        return mode == "always"
    path = urlsplit(url).path.lower()
    return path.endswith(_FILE_SUFFIXES)


_FILE_SUFFIXES = (
    ".pdf", ".zip", ".gz", ".tgz", ".tar", ".rar", ".7z", ".doc", ".docx", ".xls", ".xlsx",
    ".ppt", ".pptx", ".odt", ".ods", ".epub", ".mp3", ".mp4", ".avi", ".mov", ".webm",
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".iso", ".exe", ".dmg",
)  # fmt: skip


class Fetcher:
    """Fetches URLs over shared per-host connection pools; safe to use from many threads."""

    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        hosts_pooled = max(64, options.concurrency * 2)
        self._adapter = GuardedAdapter(
            pool_connections=hosts_pooled, pool_maxsize=options.per_host + 1, max_retries=0
        )
        self._headers = {
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        }
        self._resolver = CachingResolver()

    def close(self) -> None:
        self._adapter.close()

    def fetch(self, url: str, *, want_body: bool = True) -> Fetched:
        """Follow ``url`` to its last answer within the total time limit."""
        first = self._fetch_once(url, want_body=want_body)
        if first.reason == "connection-reset" and not first.hops:
            # A kept-alive connection the server closed looks like a reset; ask once more.
            return self._fetch_once(url, want_body=want_body)
        return first

    def _fetch_once(self, url: str, *, want_body: bool) -> Fetched:
        options = self.options
        deadline = time.monotonic() + options.total_timeout
        ctx = _FetchContext(deadline, options.allow_private)
        _current.ctx = ctx
        _WATCHDOG.watch(ctx)
        # Cookies live for one fetch: a site may set one and redirect to check it.
        cookies = requests.cookies.RequestsCookieJar()
        result = Fetched(url=url, final_url=url)
        try:
            self._follow(cookies, result, ctx, want_body=want_body)
        except PolicyBlock as exc:
            result.reason, result.detail = exc.reason, exc.detail
        except ResolveError as exc:
            result.reason = "dns-failure" if exc.permanent else "dns-temporary-failure"
            result.detail = str(exc)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            if ctx.expired:
                result.reason = "timeout"
                result.detail = f"no complete answer within {options.total_timeout:g} s"
            else:
                result.reason, result.detail = classify_error(exc)
        finally:
            ctx.finish()
            _current.ctx = None
        if ctx.expired and not result.reason:
            # The watchdog's shutdown can look like a clean end of a body without a length.
            result.reason = "timeout"
            result.detail = f"no complete answer within {options.total_timeout:g} s"
        return result

    def _follow(
        self,
        cookies: requests.cookies.RequestsCookieJar,
        result: Fetched,
        ctx: _FetchContext,
        *,
        want_body: bool,
    ) -> None:
        options = self.options
        current = result.url
        seen = {current}
        method = "HEAD" if wants_head(current, options.head_first) else "GET"
        while True:
            remaining = ctx.deadline - time.monotonic()
            if remaining <= 0:
                ctx.expired = True
                raise requests.Timeout("total time limit")
            check_url(current, allow_private=options.allow_private, resolver=self._resolver)
            # Sent through the adapter itself: a Session would merge settings, run
            # hooks and resolve redirects on every request, none of which is wanted here.
            prepared = _prepare(method, current, self._headers, cookies)
            response = self._adapter.send(
                prepared,
                stream=True,
                verify=options.verify_tls,
                timeout=(
                    min(options.connect_timeout, remaining),
                    min(options.read_timeout, remaining),
                ),
            )
            if response.cookies:
                cookies.update(response.cookies)
            try:
                status = response.status_code
                result.final_url, result.status, result.method = current, status, method
                location = response.headers.get("Location")
                if method == "HEAD" and status in _HEAD_DOUBTFUL:
                    method = "GET"
                    continue
                if status in REDIRECT_STATUSES and location:
                    _drain(response, ctx)
                    result.hops.append(Hop(current, status))
                    target = urljoin(current, location.strip())
                    if target in seen:
                        result.reason = "redirect-loop"
                        result.detail = f"{target} redirects back to itself"
                        return
                    if len(result.hops) > options.max_redirects:
                        result.reason = "too-many-redirects"
                        result.detail = f"more than {options.max_redirects} redirects"
                        return
                    seen.add(target)
                    current = target
                    if status == 303 and method != "HEAD":
                        method = "GET"
                    continue
                if status in RETRY_STATUSES:
                    result.retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    _drain(response, ctx)
                    return
                result.content_type = response.headers.get("Content-Type", "")
                if (
                    method == "GET"
                    and want_body
                    and 200 <= status < 300
                    and _is_text(result.content_type)
                ):
                    result.body, result.truncated = _read_bounded(response, ctx, options.max_bytes)
                elif status >= 300:
                    _drain(response, ctx)
                return
            finally:
                response.close()


def _prepare(
    method: str, url: str, headers: dict[str, str], cookies: requests.cookies.RequestsCookieJar
) -> requests.PreparedRequest:
    """``PreparedRequest.prepare`` without the steps that have nothing to do here.

    Every request of a check has no body and no hooks, and most have no cookie:
    ``prepare`` would still build a cookie header from the empty jar each time.
    The auth step runs when the URL can hold ``user:pass@``, which it turns into a header.
    """
    prepared = requests.PreparedRequest()
    prepared.prepare_method(method)
    prepared.prepare_url(url, None)
    prepared.prepare_headers(headers)
    if cookies:
        prepared.prepare_cookies(cookies)
    prepared.prepare_body(None, None)
    if "@" in url:
        prepared.prepare_auth(None, url)
    return prepared


def _is_text(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return not kind or kind in _TEXT_TYPES


def _read_bounded(
    response: requests.Response, ctx: _FetchContext, limit: int
) -> tuple[bytes, bool]:
    """At most ``limit`` bytes of the body; True as second value if there was more."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            return b"".join(chunks)[:limit], True
        if time.monotonic() > ctx.deadline:
            ctx.expired = True
            raise requests.Timeout("total time limit")
    return b"".join(chunks), False


def _drain(response: requests.Response, ctx: _FetchContext) -> None:
    """Read a small body to the end so the connection goes back to the pool."""
    size = 0
    for chunk in response.iter_content(_CHUNK):
        size += len(chunk)
        if size > _DRAIN_LIMIT or time.monotonic() > ctx.deadline:
            return


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and everything it wraps (requests and urllib3 nest errors in args)."""
    found: list[BaseException] = []
    stack: list[BaseException] = [exc]
    while stack:
        item = stack.pop()
        if item in found or len(found) > 20:
            continue
        found.append(item)
        nested = [item.__cause__, item.__context__, getattr(item, "reason", None)]
        nested.extend(arg for arg in item.args if isinstance(arg, BaseException))
        stack.extend(e for e in nested if isinstance(e, BaseException))
    return found


_RESET_ERRNOS = {errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED}
_UNREACHABLE_ERRNOS = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN}


def classify_error(exc: BaseException) -> tuple[str, str]:
    """A result reason and a one-line detail for an exception raised by a fetch."""
    chain = _chain(exc)
    for item in chain:
        if isinstance(item, PolicyBlock):
            return item.reason, item.detail
    for item in chain:
        if isinstance(item, requests.exceptions.SSLError | urllib3.exceptions.SSLError):
            return "tls-error", _short(item)
        if isinstance(item, urllib3.exceptions.NameResolutionError):
            return "dns-failure", _short(item)
    for item in chain:
        if isinstance(item, OSError) and item.errno is not None:
            if item.errno == errno.ECONNREFUSED:
                return "connection-refused", "connection refused"
            if item.errno in _RESET_ERRNOS:
                return "connection-reset", "connection reset by the server"
            if item.errno in _UNREACHABLE_ERRNOS:
                return "network-unreachable", _short(item)
    # urllib3's NewConnectionError is a ConnectTimeoutError too: errno first, then timeouts.
    for item in chain:
        if isinstance(item, requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError):
            return "timeout", _short(item)
    for item in chain:
        if isinstance(
            item,
            ConnectionResetError
            | requests.exceptions.ChunkedEncodingError
            | urllib3.exceptions.ProtocolError,
        ):
            return "connection-reset", "the server closed the connection mid-answer"
        if isinstance(item, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
            return "invalid-url", _short(item)
    return "connection-error", _short(exc)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
