"""Real HTTP servers on loopback for link-check tests and the benchmark.

A ``SiteServer`` answers by path: an exact path first, then the first path
segment (``/ok/17`` → ``/ok``), then the ``fallback`` for every other path,
which is how a site treats pages that do not exist (an honest 404, a soft-404
page with status 200, or a redirect to the home page). Every behaviour starts
answering ``latency`` seconds after the request line arrived, like a real server
far away; the server's own parsing is part of that time, not added to it, so
that the benchmark's floor (N × latency ÷ slots) is one a perfect client meets.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

Behaviour = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without this, Nagle's algorithm and the
    # client's delayed ACK add up to 40 ms to every answer, which no real server does.
    disable_nagle_algorithm = True
    server: SiteServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    @property
    def path_only(self) -> str:
        return urlsplit(self.path).path

    @property
    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query)

    def setup(self) -> None:
        super().setup()
        self.server.connected(self.client_address)

    def parse_request(self) -> bool:
        # Called as soon as the request line is in: the latency counts from here, so
        # the server's own parsing is part of it rather than added on top.
        self.arrived = time.monotonic()
        return super().parse_request()

    def _dispatch(self) -> None:
        site = self.server
        site.record(self.command, self.path)
        # Counted as in progress while "thinking", before any byte of the answer is
        # sent: a client cannot have its next request in progress before this one ends.
        site.gauge.enter(site)
        try:
            if site.latency:
                time.sleep(max(0.0, self.arrived + site.latency - time.monotonic()))
        finally:
            site.gauge.leave(site)
        path = self.path_only
        segment = "/" + path.strip("/").split("/", 1)[0]
        behaviour = site.routes.get(path) or site.routes.get(segment) or site.fallback
        behaviour(self)

    def send_body(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class Gauge:
    """Requests in progress, per site and in all, with the highest counts seen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.now: dict[object, int] = {}
        self.peak: dict[object, int] = {}
        self.total_now = 0
        self.total_peak = 0

    def enter(self, site: object) -> None:
        with self._lock:
            self.now[site] = self.now.get(site, 0) + 1
            self.peak[site] = max(self.peak.get(site, 0), self.now[site])
            self.total_now += 1
            self.total_peak = max(self.total_peak, self.total_now)

    def leave(self, site: object) -> None:
        with self._lock:
            self.now[site] -= 1
            self.total_now -= 1


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self, host: str, latency: float = 0.0, port: int = 0, gauge: Gauge | None = None
    ) -> None:
        super().__init__((host, port), Handler)
        self.latency = latency
        self.gauge = gauge or Gauge()
        self.connections: set[tuple[str, int]] = set()
        self.routes: dict[str, Behaviour] = {}
        self.fallback: Behaviour = status(404)
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up (the checker giving up on a slow answer) are expected."""

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def record(self, method: str, path: str) -> None:
        with self._lock:
            self.requests.append((method, path))

    def connected(self, client: tuple[str, int]) -> None:
        with self._lock:
            self.connections.add(client)

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for _, p in self.requests if urlsplit(p).path == path)

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)


def html(title: str, text: str, head: str = "") -> bytes:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><h1>{title}</h1><p>{text}</p></body></html>"
    ).encode()


ARTICLE_TEXT = (
    "Analysts publish the same article in two languages with web footnotes, and every "
    "cited page should still be there when readers follow the link. This paragraph is "
    "long enough to look like the body of a real article rather than an error page. "
)


def page(title: str = "A real article", text: str = ARTICLE_TEXT, head: str = "") -> Behaviour:
    body = html(title, text, head)

    def behave(req: Handler) -> None:
        req.send_body(200, body)

    return behave


def soft_missing(req: Handler) -> None:
    """What a soft-404 site shows for any missing path: a "not found" page with 200."""
    body = html(
        "Sayfa bulunamadı | Haber Sitesi",
        f"Aradığınız sayfa {req.path_only} bulunamadı. Ana sayfaya dönün. Page not found.",
    )
    req.send_body(200, body)


def status(code: int, **headers: str) -> Behaviour:
    def behave(req: Handler) -> None:
        req.send_body(code, html(f"Error {code}", f"status {code}"), **headers)

    return behave


def redirect(code: int, location: str | Callable[[Handler], str]) -> Behaviour:
    def behave(req: Handler) -> None:
        target = location(req) if callable(location) else location
        req.send_body(code, b"", Location=target)

    return behave


def home_redirect(req: Handler) -> None:
    req.send_body(302, b"", Location="/")


def sequence(*behaviours: Behaviour) -> Behaviour:
    """The n-th request of a path gets the n-th behaviour, the last one after that."""
    counts: dict[str, int] = {}
    lock = threading.Lock()

    def behave(req: Handler) -> None:
        with lock:
            n = counts.get(req.path_only, 0)
            counts[req.path_only] = n + 1
        behaviours[min(n, len(behaviours) - 1)](req)

    return behave


def head_refused(get: Behaviour) -> Behaviour:
    def behave(req: Handler) -> None:
        if req.command == "HEAD":
            req.send_body(405, b"", Allow="GET")
        else:
            get(req)

    return behave


def pdf(req: Handler) -> None:
    req.send_body(200, b"%PDF-1.4\n" + b"0" * 2000, content_type="application/pdf")


def trickle(interval: float, chunks: int = 1000, headers_too: bool = False) -> Behaviour:
    """Answer one byte every ``interval`` seconds, the body only or the headers too."""

    def behave(req: Handler) -> None:
        try:
            if headers_too:
                req.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                for _ in range(chunks):
                    req.wfile.write(b"x")
                    req.wfile.flush()
                    time.sleep(interval)
                req.close_connection = True
                return
            req.send_response(200)
            req.send_header("Content-Type", "text/html")
            req.send_header("Content-Length", str(chunks))
            req.end_headers()
            for _ in range(chunks):
                req.wfile.write(b"x")
                req.wfile.flush()
                time.sleep(interval)
        except OSError:
            req.close_connection = True

    return behave


def reset(req: Handler) -> None:
    """Close the connection with a TCP RST instead of answering."""
    req.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    req.close_connection = True
    req.connection.close()


def huge(size: int) -> Behaviour:
    """A 200 page of ``size`` bytes, sent as fast as the client reads."""
    block = b"<p>" + b"lorem ipsum " * 1000 + b"</p>\n"

    def behave(req: Handler) -> None:
        req.send_response(200)
        req.send_header("Content-Type", "text/html")
        req.send_header("Content-Length", str(size))
        req.end_headers()
        sent = 0
        try:
            while sent < size:
                piece = block[: size - sent]
                req.wfile.write(piece)
                sent += len(piece)
        except OSError:
            req.close_connection = True

    return behave


class ArchiveStandIn:
    """The Wayback availability API: snapshots per URL, the one nearest ``timestamp``."""

    def __init__(self, snapshots: dict[str, list[str]]) -> None:
        self.snapshots = snapshots
        self.asked: list[dict[str, str]] = []

    def __call__(self, req: Handler) -> None:
        query = {k: v[0] for k, v in req.query.items()}
        self.asked.append(query)
        url = query.get("url", "")
        stamps = self.snapshots.get(url, [])
        closest: dict[str, object] = {}
        if stamps:
            wanted = (query.get("timestamp") or "99991231").ljust(14, "0")
            best = min(stamps, key=lambda s: abs(int(s) - int(wanted)))
            closest = {
                "closest": {
                    "available": True,
                    "status": "200",
                    "timestamp": best,
                    "url": f"http://web.archive.org/web/{best}/{url}",
                }
            }
        body = json.dumps({"url": url, "archived_snapshots": closest}).encode()
        req.send_body(200, body, content_type="application/json")
