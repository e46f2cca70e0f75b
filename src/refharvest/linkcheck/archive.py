"""Archived copies of dead links from the Wayback Machine's availability API.

The API answers with the snapshot *closest* to a timestamp; asking with the
entry's access date gives the page as the author saw it, not as it looks
after it died (often an error page captured later).
"""

from __future__ import annotations

from dataclasses import dataclass

import requests

from ..model import PartialDate


@dataclass(frozen=True, slots=True)
class Snapshot:
    url: str
    timestamp: str

    @property
    def date(self) -> str:
        """The snapshot's day as ISO 8601 (``2024-03-01``)."""
        t = self.timestamp
        return f"{t[0:4]}-{t[4:6]}-{t[6:8]}" if len(t) >= 8 else t


def wayback_timestamp(date: PartialDate) -> str:
    """``YYYY[MM[DD]]`` as the availability API takes it; missing parts are left out."""
    return date.iso().replace("-", "")


def find_snapshot(
    session: requests.Session,
    endpoint: str,
    url: str,
    *,
    near: PartialDate | None,
    timeout: float,
) -> Snapshot | None:
    """The available snapshot of ``url`` nearest ``near`` (latest if None); None if none."""
    params = {"url": url}
    if near is not None:
        params["timestamp"] = wayback_timestamp(near)
    try:
        response = session.get(endpoint, params=params, timeout=timeout)
        response.raise_for_status()
        data = response.json()
    except (requests.RequestException, ValueError):
        return None
    closest = data.get("archived_snapshots", {}).get("closest") if isinstance(data, dict) else None
    if not isinstance(closest, dict) or not closest.get("available"):
        return None
    status = str(closest.get("status", "200"))
    snapshot_url = closest.get("url")
    if not isinstance(snapshot_url, str) or not status.startswith("2"):
        return None
    return Snapshot(url=snapshot_url, timestamp=str(closest.get("timestamp", "")))
