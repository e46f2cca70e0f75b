"""A certificate the client cannot verify is ``tls-error``, never silently accepted.

The server's certificate is self-signed, made by ``openssl`` for this test,
so verification must fail: the expected reason follows from that.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest

from refharvest.linkcheck import CheckOptions, LinkTarget, check_urls

from .servers import SiteServer, page

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl")


class TLSSite(SiteServer):
    """Handshakes in the connection's thread, where a refused one is just a closed socket."""

    context: ssl.SSLContext

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = self.socket.accept()
        wrapped = self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return wrapped, address


def test_self_signed_certificate_is_a_tls_error(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = TLSSite("127.0.0.1")
    server.context = context
    server.routes["/ok"] = page()
    server.start()
    try:
        url = server.base.replace("http://", "https://") + "/ok"
        options = CheckOptions(allow_private=True, archive=False, total_timeout=2.0)
        [result] = check_urls([LinkTarget(url)], options)
        assert (result.verdict, result.reason) == ("unknown", "tls-error")
        assert "certificate" in result.detail.lower()
    finally:
        server.stop()
