"""The result cache and check history, in SQLite.

Every real check is appended (never overwritten), so the history of a URL can
say "dead since 2026-11-02 (3 checks)" or "flaky". WAL mode and a busy timeout
let two runs share one file. A file that is not a readable database is moved
aside and recreated, with a warning; a cache is never a reason to fail a run.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from .results import LinkResult, Verdict, result_from_dict, result_to_dict

#: Reasons that say nothing about the link itself: not kept as history.
NOT_RECORDED = frozenset(
    {"network-unreachable", "blocked-private-address", "blocked-scheme", "invalid-url"}
)
#: Verdict changes among the last checks that make a link "flaky".
FLAKY_WINDOW = 6
FLAKY_CHANGES = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS checks (
    id INTEGER PRIMARY KEY,
    url_key TEXT NOT NULL,
    checked_at REAL NOT NULL,
    verdict TEXT NOT NULL,
    reason TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS checks_by_key ON checks (url_key, checked_at);
"""


def summarise_history(rows: Sequence[tuple[float, str]]) -> str:
    """One phrase for a URL's checks, oldest first: "flaky", "dead since …" or ""."""
    known = [(when, verdict) for when, verdict in rows if verdict in ("alive", "dead")]
    recent = [verdict for _, verdict in known[-FLAKY_WINDOW:]]
    changes = sum(1 for a, b in itertools.pairwise(recent) if a != b)
    if changes >= FLAKY_CHANGES:
        return "flaky"
    if not known or known[-1][1] != "dead":
        return ""
    streak = 0
    for _, verdict in reversed(known):
        if verdict != "dead":
            break
        streak += 1
    since = datetime.fromtimestamp(known[-streak][0], UTC).date().isoformat()
    return f"dead since {since} ({streak} check{'s' if streak != 1 else ''})"


class ResultCache:
    """Thread-safe access to one cache file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            self._recreate(exc)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10.0, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT url_key, checked_at, verdict, result FROM checks LIMIT 1")
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _recreate(self, exc: Exception) -> None:
        aside = self.path.with_name(self.path.name + f".corrupt-{int(time.time())}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                stale = self.path.with_name(self.path.name + suffix)
                if stale.exists():
                    stale.unlink()
            self._db = self._open()
            self.warnings.append(
                f"link cache {self.path} was unreadable ({exc}); moved to {aside.name} "
                "and started afresh"
            )
        except (OSError, sqlite3.DatabaseError) as again:
            self._db = None
            self.warnings.append(f"link cache {self.path} unusable ({again}); checking without it")

    def _disable(self, exc: Exception) -> None:
        self.warnings.append(f"link cache {self.path} failed ({exc}); continuing without it")
        if self._db is not None:
            self._db.close()
        self._db = None

    def history(self, key: str) -> list[tuple[float, str]]:
        """Every recorded check of ``key``: (unix time, verdict), oldest first."""
        with self._lock:
            if self._db is None:
                return []
            try:
                rows = self._db.execute(
                    "SELECT checked_at, verdict FROM checks WHERE url_key = ? ORDER BY checked_at",
                    (key,),
                ).fetchall()
            except sqlite3.DatabaseError as exc:
                self._disable(exc)
                return []
        return [(float(when), str(verdict)) for when, verdict in rows]

    def fresh(
        self, key: str, max_age: Mapping[Verdict, float], *, now: float | None = None
    ) -> LinkResult | None:
        """The latest result of ``key`` if it is younger than its verdict's maximum age."""
        current = time.time() if now is None else now
        with self._lock:
            if self._db is None:
                return None
            try:
                row = self._db.execute(
                    "SELECT checked_at, verdict, result FROM checks WHERE url_key = ? "
                    "ORDER BY checked_at DESC LIMIT 1",
                    (key,),
                ).fetchone()
            except sqlite3.DatabaseError as exc:
                self._disable(exc)
                return None
        if row is None:
            return None
        checked_at, verdict, text = row
        if current - float(checked_at) > max_age.get(verdict, 0.0):
            return None
        try:
            result = result_from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError):
            return None
        result.cached = True
        return result

    def record(self, key: str, result: LinkResult, *, now: float | None = None) -> None:
        if result.reason in NOT_RECORDED:
            return
        when = time.time() if now is None else now
        text = json.dumps(result_to_dict(result), ensure_ascii=False)
        with self._lock:
            if self._db is None:
                return
            try:
                with self._db:
                    self._db.execute(
                        "INSERT INTO checks (url_key, checked_at, verdict, reason, result) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (key, when, result.verdict, result.reason, text),
                    )
            except sqlite3.DatabaseError as exc:
                self._disable(exc)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
