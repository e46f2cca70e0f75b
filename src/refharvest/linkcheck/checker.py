"""The link checker: schedules fetches and turns answers into verdicts.

Scheduling: ``concurrency`` worker threads take URLs from per-host queues,
never more than ``per_host`` at once for one host, hosts served in turn, so a
big site neither starves the others nor gets hammered. A URL answered 429 or
503 goes back to its queue with a not-before time (``Retry-After`` or an
exponential backoff with jitter) and frees its worker meanwhile. Connections
are pooled per host and shared by the workers.

Start-up: the targets are merged by normalised URL as they are read, and the
workers start as soon as every host has its first round of tasks, so those
requests are out while the rest of a long list is merged (tens of
milliseconds for a few thousand URLs). A first occurrence is always a task of
its own; later spellings only add entries to it. Nothing is judged or
reported until the whole list is merged, so every result carries all the
entries, the title and the earliest access date of every spelling.
"""

from __future__ import annotations

import functools
import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

import requests

from ..model import PartialDate
from ..urls import normalize_url
from . import softnotfound
from .archive import find_snapshot
from .cache import ResultCache, summarise_history
from .fetch import Fetched, Fetcher, wants_head
from .meta import ParsedPage, parse_page, title_matches
from .netcheck import probe_network
from .policy import PolicyBlock, is_local_literal, split_host
from .results import (
    REASON_VERDICTS,
    CheckOptions,
    LinkResult,
    LinkTarget,
    NetworkStatus,
)

ProgressCallback = Callable[[int, int, LinkResult], None]


@dataclass(slots=True)
class CheckRun:
    """Results in input order, plus what the run as a whole has to tell."""

    results: list[LinkResult]
    network: NetworkStatus = field(default_factory=lambda: NetworkStatus(True))
    #: Said once per run (a corrupt cache); the network's state is ``network``.
    warnings: list[str] = field(default_factory=list)


def check_urls(
    targets: Sequence[LinkTarget],
    options: CheckOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> list[LinkResult]:
    """Check every URL of ``targets``; one result per distinct (normalised) URL."""
    return check_run(targets, options, progress=progress).results


def merge_targets(targets: Sequence[LinkTarget]) -> list[LinkTarget]:
    """One target per normalised URL, citing entries merged, earliest access date kept."""
    merger = _Merger()
    for target in targets:
        merger.add(target)
    return merger.targets


class _Merger:
    """Targets merged by normalised URL as they come, in order of first appearance."""

    def __init__(self) -> None:
        self.targets: list[LinkTarget] = []
        self._index: dict[str, int] = {}

    def add(self, target: LinkTarget) -> int | None:
        """The index of ``target`` if its URL is new; None when it merged into an earlier one."""
        key = normalize_url(target.url)
        index = self._index.get(key)
        if index is None:
            self._index[key] = len(self.targets)
            self.targets.append(target)
            return len(self.targets) - 1
        seen = self.targets[index]
        entries = seen.entries + tuple(e for e in target.entries if e not in seen.entries)
        dates = [d for d in (seen.accessed, target.accessed) if d is not None]
        self.targets[index] = LinkTarget(
            url=seen.url,
            entries=entries,
            title=seen.title or target.title,
            accessed=min(dates) if dates else None,
        )
        return None


def check_run(
    targets: Sequence[LinkTarget],
    options: CheckOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> CheckRun:
    """``check_urls`` with the run's network status and warnings."""
    options = options or CheckOptions()
    run = CheckRun(results=[])
    cache = ResultCache(options.cache_path) if options.cache_path is not None else None
    if cache is not None:
        run.warnings.extend(cache.warnings)
    if any(not _is_local(t.url) for t in targets):
        run.network = (options.network_probe or probe_network)()
    checker = _Checker(options, cache, run.network)
    try:
        run.results = checker.run(targets, progress)
    finally:
        checker.close()
        if cache is not None:
            run.warnings.extend(w for w in cache.warnings if w not in run.warnings)
            cache.close()
    return run


def _is_local(url: str) -> bool:
    return _is_local_origin(_origin_text(url))


def _origin_text(url: str) -> str:
    """``url`` up to the end of its authority: all that ``_is_local`` depends on.

    The authority ends at the first "/", "?" or "#" after "//", so two URLs with
    the same text up to their third "/" have the same scheme, host and port.
    """
    return "/".join(url.split("/", 3)[:3])


@functools.lru_cache(maxsize=1024)
def _is_local_origin(origin: str) -> bool:
    """Cached per origin: a bibliography cites many pages of few hosts."""
    try:
        return is_local_literal(split_host(origin)[1])
    except PolicyBlock:
        return True  # refused without any network use


def _host_key(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@functools.lru_cache(maxsize=1024)
def _origin_host(origin: str) -> str:
    return _host_key(origin)


@functools.lru_cache(maxsize=1024)
def _probe_key(origin: str) -> str:
    return softnotfound.probe_key(origin)


@dataclass(slots=True)
class _Task:
    index: int
    #: As first read: its URL is final, its entries may still grow until the merge ends.
    target: LinkTarget
    host: str
    attempts: int = 0
    waited: float = 0.0
    started: float = 0.0
    #: A soft-404 probe of the target's origin, not a check of the target.
    probe: bool = False


class _Scheduler:
    """Per-host queues served in turn under a per-host limit; retries wait in a heap."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(1, per_host)
        self.pending: dict[str, deque[_Task]] = {}
        self.active: dict[str, int] = {}
        self.ready: deque[str] = deque()
        self.in_ready: set[str] = set()
        self.delayed: list[tuple[float, int, _Task]] = []
        self.unfinished = 0
        #: True while tasks may still be added: workers wait rather than stop.
        self.feeding = True
        self.cond = threading.Condition()

    def add(self, tasks: list[_Task]) -> None:
        with self.cond:
            for task in tasks:
                self.pending.setdefault(task.host, deque()).append(task)
                self.active.setdefault(task.host, 0)
                self._mark_ready(task.host)
            self.unfinished += len(tasks)
            self.cond.notify(len(tasks))

    def close(self) -> None:
        """No more tasks will come: workers stop once these are done."""
        with self.cond:
            self.feeding = False
            self._wake_all_if_done()

    def _mark_ready(self, host: str) -> None:
        if host not in self.in_ready and self.pending[host] and self.active[host] < self.per_host:
            self.ready.append(host)
            self.in_ready.add(host)

    def take(self) -> _Task | None:
        """The next task a worker may run, waiting if need be; None when all are done."""
        with self.cond:
            while True:
                now = time.monotonic()
                self.delayed.sort(key=lambda item: item[0])
                while self.delayed and self.delayed[0][0] <= now:
                    _, _, task = self.delayed.pop(0)
                    self.pending[task.host].append(task)
                    self._mark_ready(task.host)
                if self.ready:
                    host = self.ready.popleft()
                    self.in_ready.discard(host)
                    task = self.pending[host].popleft()
                    self.active[host] += 1
                    self._mark_ready(host)
                    self._wake_one()
                    return task
                if not self.feeding and not self.delayed and not any(self.pending.values()):
                    # Nothing left to take: tasks still running are finished, or asked
                    # again, by the workers running them. Leaving now rather than at
                    # the very end keeps the last round's answers from waiting on the
                    # wake-up and exit of every idle worker.
                    return None
                timeout = self.delayed[0][0] - now if self.delayed else None
                self.cond.wait(timeout)

    def _wake_one(self) -> None:
        """Wake one waiting worker if a task is ready: the others would only wake to wait
        again, which near the end of a run delays the workers still fetching.

        Workers that free a slot or add a retry call ``take`` right after, so a
        waiter is needed only for a task that nobody is about to take.
        """
        if self.ready:
            self.cond.notify()

    def _wake_all_if_done(self) -> None:
        if self.unfinished == 0 and not self.feeding:
            self.cond.notify_all()

    def finish(self, task: _Task, *, retry_in: float | None = None) -> None:
        with self.cond:
            self.active[task.host] -= 1
            if retry_in is None:
                self.unfinished -= 1
            else:
                self.delayed.append((time.monotonic() + retry_in, task.index, task))
                # A waiter may be asleep with no time limit (no retry was waiting then):
                # one of them re-times its wait, as this caller may take other work.
                self.cond.notify()
            self._mark_ready(task.host)
            self._wake_one()
            self._wake_all_if_done()

    def release(self, task: _Task) -> None:
        """Free ``task``'s slot while it waits for no request of its own; ``complete`` ends it."""
        with self.cond:
            self.active[task.host] -= 1
            self._mark_ready(task.host)
            self._wake_one()

    def complete(self) -> None:
        with self.cond:
            self.unfinished -= 1
            self._wake_all_if_done()


class _Checker:
    def __init__(
        self, options: CheckOptions, cache: ResultCache | None, network: NetworkStatus
    ) -> None:
        self.options = options
        self.cache = cache
        self.network = network
        self.fetcher = Fetcher(options)
        self._probes: dict[str, softnotfound.PageSample | None] = {}
        self._probe_events: dict[str, threading.Event] = {}
        self._probe_lock = threading.Lock()
        #: Pages fetched while their origin's probe was still out, by probe key: the
        #: probe's owner judges them when it answers, so they need not hold a worker.
        self._parked: dict[str, list[tuple[_Task, Fetched]]] = {}
        self._scheduler: _Scheduler | None = None
        self._report: Callable[[int, LinkResult], None] | None = None
        self._merger = _Merger()
        #: Set once every target is merged: judging waits for it (see the module docstring).
        self._merged = threading.Event()
        self._archive_session = requests.Session()
        self._archive_session.headers["User-Agent"] = options.user_agent
        #: Archive lookups at once: the Wayback Machine is one shared, rate-limited host.
        self._archive_slots = threading.BoundedSemaphore(2)

    def close(self) -> None:
        self.fetcher.close()
        self._archive_session.close()

    def run(
        self, targets: Sequence[LinkTarget], progress: ProgressCallback | None
    ) -> list[LinkResult]:
        merger = self._merger
        results: list[LinkResult | None] = []
        done = 0
        lock = threading.Lock()

        def report(index: int, result: LinkResult) -> None:
            nonlocal done
            with lock:
                results[index] = result
                done += 1
                if progress is not None:
                    progress(done, len(merger.targets), result)

        self._report = report
        scheduler = self._scheduler = _Scheduler(self.options.per_host)
        per_host = scheduler.per_host
        # Tasks each host takes in its first round; the workers start once all are queued.
        per_host_counts = Counter(_origin_host(_origin_text(t.url)) for t in targets)
        first_round = {host: min(count, per_host) for host, count in per_host_counts.items()}
        short = set(first_round)  # hosts whose first round is not queued yet
        workers: list[threading.Thread] = []
        queued: Counter[str] = Counter()
        batch: list[_Task] = []
        settled: list[tuple[int, LinkResult | None]] = []  # reported once merged
        probes: set[str] = set()

        def start_workers() -> None:
            # + 1: a host's soft-404 probe runs beside its pages.
            capacity = sum(min(count + 1, per_host) for count in per_host_counts.values())
            for _ in range(max(1, min(self.options.concurrency, capacity))):
                worker = threading.Thread(target=self._work, args=(scheduler, report), daemon=True)
                workers.append(worker)
                worker.start()

        try:
            for target in targets:
                index = merger.add(target)
                if index is None:
                    continue
                results.append(None)
                if not self.network.reachable and not _is_local(target.url):
                    settled.append((index, None))
                    continue
                cached = self._cached(target)
                if cached is not None:
                    settled.append((index, cached))
                    continue
                origin = _origin_text(target.url)
                host = _origin_host(origin)
                if self.options.soft_404 and not wants_head(target.url, self.options.head_first):
                    # Each origin's soft-404 probe goes before its first page, so that
                    # it is answered by the time the first pages need it.
                    key = _probe_key(origin)
                    if key not in probes:
                        probes.add(key)
                        batch.append(_Task(-1, target, host, probe=True))
                        queued[host] += 1
                batch.append(_Task(index, target, host))
                queued[host] += 1
                if workers:
                    if len(batch) >= 64:
                        scheduler.add(batch)
                        batch = []
                    continue
                if queued[host] >= first_round[host]:
                    short.discard(host)
                if not short:
                    scheduler.add(batch)
                    batch = []
                    start_workers()
            if batch:
                scheduler.add(batch)
            if not workers and scheduler.unfinished:
                start_workers()
            self._merged.set()
            for index, result in settled:
                target = merger.targets[index]
                if result is None:
                    result = self._unreachable(target)
                else:
                    result.entries = list(target.entries)
                report(index, result)
        finally:
            self._merged.set()  # also on an error: no worker may wait for it for ever
            scheduler.close()
            for worker in workers:
                worker.join()
        return [r for r in results if r is not None]

    def _cached(self, target: LinkTarget) -> LinkResult | None:
        """A fresh cached result for ``target``, with its history, or None."""
        if self.cache is None:
            return None
        key = normalize_url(target.url)
        cached = self.cache.fresh(key, self.options.max_age)
        if cached is None:
            return None
        cached.url = target.url
        cached.entries = list(target.entries)
        history = self.cache.history(key)
        cached.history = summarise_history(history)
        cached.checks = len(history)
        return cached

    def _unreachable(self, target: LinkTarget) -> LinkResult:
        return LinkResult(
            url=target.url,
            verdict="unknown",
            reason="network-unreachable",
            detail=self.network.detail,
            entries=list(target.entries),
            checks=0,
        )

    def _work(self, scheduler: _Scheduler, report: Callable[[int, LinkResult], None]) -> None:
        while (task := scheduler.take()) is not None:
            if task.probe:
                try:
                    self._probe(task.target.url)
                finally:
                    scheduler.finish(task)
                continue
            try:
                result, retry_in = self._attempt(task)
            except Exception as exc:  # a bug must not hang the run: report it as unknown
                result, retry_in = _internal_error(self._final_target(task), exc), None
            if retry_in is not None:
                scheduler.finish(task, retry_in=retry_in)
                continue
            if result is None:  # parked: the probe's owner reports it and calls complete()
                scheduler.release(task)
                continue
            scheduler.finish(task)
            report(task.index, result)

    def _attempt(self, task: _Task) -> tuple[LinkResult | None, float | None]:
        """A result; ``(None, seconds)`` when the URL must be asked again later;
        ``(None, None)`` when parked until its origin's soft-404 probe answers."""
        target = task.target
        if task.attempts == 0:
            task.started = time.monotonic()
        task.attempts += 1
        fetched = self.fetcher.fetch(target.url)
        if fetched.status in (429, 503) and not fetched.reason:
            wait = self._retry_wait(task, fetched)
            if wait is not None:
                task.waited += wait
                return None, wait
        if self._park(task, fetched):
            return None, None
        return self._conclude(task, fetched), None

    def _park(self, task: _Task, fetched: Fetched) -> bool:
        """Set a page aside if its judgement needs a probe that is still being asked."""
        status = fetched.status or 0
        if not (self.options.soft_404 and fetched.body and not fetched.reason):
            return False
        if not 200 <= status < 300:
            return False
        key = softnotfound.probe_key(fetched.final_url)
        with self._probe_lock:
            event = self._probe_events.get(key)
            if event is None or event.is_set():
                return False
            self._parked.setdefault(key, []).append((task, fetched))
        return True

    def _resume(self, parked: list[tuple[_Task, Fetched]]) -> None:
        """Judge and report pages parked for a probe that has now answered."""
        if not parked:
            return
        assert self._scheduler is not None and self._report is not None
        for task, fetched in parked:
            try:
                result = self._conclude(task, fetched)
            except Exception as exc:  # as in _work: a bug must not hang the run
                result = _internal_error(self._final_target(task), exc)
            self._report(task.index, result)
            self._scheduler.complete()

    def _final_target(self, task: _Task) -> LinkTarget:
        """``task``'s target with every spelling merged in; waits for the merge to end."""
        self._merged.wait()
        return self._merger.targets[task.index]

    def _conclude(self, task: _Task, fetched: Fetched) -> LinkResult:
        target = self._final_target(task)
        result = self._judge(target, fetched, task)
        result.elapsed_ms = int((time.monotonic() - task.started) * 1000)
        result.checked_at = datetime.now(UTC).isoformat(timespec="seconds")
        if result.verdict == "dead" and self.options.archive and self.network.reachable:
            self._add_archive(result, target.accessed)
        if self.cache is not None:
            key = normalize_url(target.url)
            self.cache.record(key, result)
            history = self.cache.history(key)
            result.history = summarise_history(history)
            result.checks = max(1, len(history))
        return result

    def _retry_wait(self, task: _Task, fetched: Fetched) -> float | None:
        options = self.options
        if task.attempts > options.max_retries:
            return None
        if fetched.retry_after is not None:
            wait = fetched.retry_after
        else:
            wait = options.backoff_base * 2 ** (task.attempts - 1)
            wait *= random.uniform(0.75, 1.25)
        if task.waited + wait > options.max_retry_wait:
            return None
        return wait

    def _judge(self, target: LinkTarget, fetched: Fetched, task: _Task) -> LinkResult:
        result = LinkResult(
            url=target.url,
            verdict="unknown",
            reason=fetched.reason or "ok",
            detail=fetched.detail,
            http_status=fetched.status,
            final_url=fetched.final_url,
            redirects=list(fetched.hops),
            entries=list(target.entries),
        )
        if not fetched.reason:
            result.reason, result.detail = self._status_reason(fetched, task)
        if result.reason in ("ok", "redirected-permanent", "redirected-temporary"):
            self._inspect_page(target, fetched, result)
        result.verdict = REASON_VERDICTS.get(result.reason, "unknown")
        return result

    def _status_reason(self, fetched: Fetched, task: _Task) -> tuple[str, str]:
        status = fetched.status or 0
        if 200 <= status < 300:
            if not fetched.hops:
                return "ok", ""
            if all(hop.permanent for hop in fetched.hops):
                return "redirected-permanent", f"moved permanently to {fetched.final_url}"
            return "redirected-temporary", f"redirected to {fetched.final_url}"
        if status in (404, 410):
            return "not-found", f"HTTP {status}"
        if status in (429, 503):
            tries = task.attempts
            return "rate-limited", f"HTTP {status} {tries} time{'s' if tries > 1 else ''}"
        if status in (401, 403, 407, 451):
            return "access-denied", f"HTTP {status}"
        if status >= 500:
            return "server-error", f"HTTP {status}"
        if 300 <= status < 400:
            return "client-error", f"HTTP {status} without a usable Location"
        return "client-error", f"HTTP {status}"

    def _inspect_page(self, target: LinkTarget, fetched: Fetched, result: LinkResult) -> None:
        """Metadata, title check and soft-404 judgement from the page body."""
        if not fetched.body:
            return
        options = self.options
        parsed: ParsedPage | None = None
        if options.collect_metadata or target.title:
            parsed = parse_page(fetched.body, fetched.content_type)
        if options.soft_404:
            probe = self._probe(fetched.final_url)
            if probe is not None and probe.status is not None and 200 <= probe.status < 300:
                sample = softnotfound.sample_page(
                    target.url, fetched.final_url, fetched.status, fetched.body,
                    fetched.content_type,
                )  # fmt: skip
                why = softnotfound.judge(sample, probe)
                if why is not None:
                    result.reason, result.detail = "soft-404", why
        if parsed is not None:
            result.metadata = parsed.metadata
            result.page_title = parsed.metadata.tags.get("html:title", parsed.metadata.title)
            page_title = parsed.metadata.title or result.page_title
            if target.title and page_title and not title_matches(target.title, page_title):
                result.title_mismatch = f"page title is “{page_title}”"

    def _probe(self, url: str) -> softnotfound.PageSample | None:
        """How ``url``'s host answers a path that cannot exist; asked once per run."""
        key = softnotfound.probe_key(url)
        with self._probe_lock:
            event = self._probe_events.get(key)
            owner = event is None
            if owner:
                event = self._probe_events[key] = threading.Event()
        assert event is not None
        if not owner:
            event.wait()
            return self._probes.get(key)
        sample: softnotfound.PageSample | None = None
        try:
            probe = softnotfound.probe_url(url)
            fetched = self.fetcher.fetch(probe)
            if not fetched.reason:
                sample = softnotfound.sample_page(
                    probe, fetched.final_url, fetched.status, fetched.body, fetched.content_type
                )
        finally:
            with self._probe_lock:
                self._probes[key] = sample
                event.set()
                parked = self._parked.pop(key, [])
            self._resume(parked)
        return sample

    def _add_archive(self, result: LinkResult, accessed: PartialDate | None) -> None:
        with self._archive_slots:
            snapshot = find_snapshot(
                self._archive_session,
                self.options.archive_endpoint,
                result.url,
                near=accessed,
                timeout=self.options.archive_timeout,
            )
        if snapshot is not None:
            result.archived_url = snapshot.url
            result.archived_timestamp = snapshot.timestamp


def _internal_error(target: LinkTarget, exc: Exception) -> LinkResult:
    return LinkResult(
        url=target.url,
        verdict="unknown",
        reason="connection-error",
        detail=f"internal error: {type(exc).__name__}: {exc}",
        entries=list(target.entries),
    )
