"""Fan a batch out to Dask workers, keep each finished clip, and report progress.

By default a local cluster of worker processes (one thread each: decoding and pitch tracking already use
the cores they are given); with ``scheduler`` the work goes to a running Dask scheduler (a lab server, or
an HPC cluster through dask-jobqueue). Tasks carry a clip's path and the parameters, never video bytes. A
clip that fails is reported with its reason and the rest go on; a worker that dies has its clips
rescheduled by Dask on the others.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vig_annotator.batch.analyses import ANALYSES, ClipResult, clip_params, run_clip
from vig_annotator.batch.cache import ResultCache, result_key
from vig_annotator.batch.inputs import BatchClip


@dataclass
class ClipStatus:
    """How one clip of the batch ended: ``done`` now, ``skipped`` (kept from an earlier run) or ``failed``."""

    clip: BatchClip
    fingerprint: str = ""
    status: str = "pending"
    reason: str = ""
    seconds: float = 0.0
    result: ClipResult | None = field(default=None, repr=False)
    params: dict[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Progress:
    """Where a batch stands: clips finished (done, skipped or failed) of all, failures, seconds so far."""

    finished: int
    total: int
    failed: int
    elapsed_s: float
    computed: int
    to_compute: int

    @property
    def eta_s(self) -> float | None:
        """Seconds left at the pace of the clips computed so far (None before the first)."""
        if not self.computed:
            return None
        return self.elapsed_s / self.computed * (self.to_compute - self.computed)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    return text if isinstance(exc, (ValueError, OSError)) else f"{exc.__class__.__name__}: {text}"


def media_relative(path: Path) -> str:
    """The clip's path relative to this computer's ``VIG_MEDIA`` ('' when it lies elsewhere)."""
    media = os.environ.get("VIG_MEDIA")
    if not media:
        return ""
    try:
        return str(path.resolve().relative_to(Path(media).resolve()))
    except ValueError:
        return ""


def run_batch(clips: list[BatchClip], analysis: str, params: dict[str, Any], cache: ResultCache, *,
              scheduler: str | None = None, workers: int | None = None, with_keep: bool = False,
              progress: Callable[[Progress], None] | None = None,
              cancelled: Callable[[], bool] | None = None,
              on_clip: Callable[[ClipStatus], None] | None = None) -> list[ClipStatus]:
    """Analyse every clip (or take its kept result); one status per clip, in the clips' order.

    With ``with_keep`` each status's result also carries what ``--into`` stores in a project;
    ``on_clip`` is told of each clip as soon as it has its result (from the thread running the batch).
    """
    if analysis not in ANALYSES:
        raise ValueError(f"unknown analysis {analysis!r}; choose {', '.join(ANALYSES)}")
    started = time.monotonic()
    statuses = [ClipStatus(clip) for clip in clips]
    pending: list[tuple[ClipStatus, str]] = []
    for status in statuses:
        try:
            status.fingerprint = cache.fingerprint(status.clip.path)
        except OSError as exc:
            status.status, status.reason = "failed", f"{status.clip.path}: {exc.strerror or exc}"
            continue
        try:
            status.params = clip_params(analysis, params, status.clip)
        except ValueError as exc:
            status.status, status.reason = "failed", str(exc)
            continue
        key = result_key(analysis, status.params, status.fingerprint)
        kept = cache.get(key, with_keep)
        if kept is not None:
            status.status, status.result = "skipped", kept
            if on_clip is not None:
                on_clip(status)
        else:
            pending.append((status, key))
    cache.save_fingerprints()
    counts = {"computed": 0}

    def report() -> None:
        if progress is not None:
            finished = sum(s.status != "pending" for s in statuses)
            failed = sum(s.status == "failed" for s in statuses)
            progress(Progress(finished, len(statuses), failed, time.monotonic() - started, counts["computed"],
                              len(pending)))

    report()
    if pending:
        _compute(pending, analysis, cache, scheduler, workers, report, counts, cancelled, on_clip)
    return statuses


def _compute(pending: list[tuple[ClipStatus, str]], analysis: str, cache: ResultCache, scheduler: str | None,
             workers: int | None, report: Callable[[], None], counts: dict[str, int],
             cancelled: Callable[[], bool] | None, on_clip: Callable[[ClipStatus], None] | None) -> None:
    from distributed import Client, LocalCluster, wait

    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="20s")
    else:
        cluster = LocalCluster(n_workers=max(1, workers or os.cpu_count() or 1), threads_per_worker=1,
                               processes=True, dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        owner: dict[str, tuple[str, list[ClipStatus]]] = {}  # task key → (result key, the clips it stands for)
        tries: dict[str, int] = {}

        def send(key: str, statuses: list[ClipStatus]) -> Any:
            tries[key] = tries.get(key, 0) + 1
            task = key if tries[key] == 1 else f"{key}-try{tries[key]}"
            owner[task] = (key, statuses)
            clip = statuses[0].clip
            return client.submit(run_clip, analysis, str(clip.path), media_relative(clip.path), statuses[0].params,
                                 key=task, pure=False)

        groups: dict[str, list[ClipStatus]] = {}
        for status, key in pending:  # the same video under two names is analysed once
            groups.setdefault(key, []).append(status)
        running = {send(key, statuses) for key, statuses in groups.items()}
        while running:
            if cancelled is not None and cancelled():
                client.cancel(list(running))
                for status, _ in pending:
                    if status.status == "pending":
                        status.status, status.reason = "failed", "cancelled"
                report()
                return
            try:
                finished, running = wait(running, timeout=None if cancelled is None else CANCEL_POLL_S,
                                         return_when="FIRST_COMPLETED")
            except TimeoutError:  # nothing finished yet: look at the cancel flag again
                continue
            for future in finished:
                key, statuses = owner[future.key]
                if future.status not in FINAL:  # lost with its worker: the scheduler computes it again
                    running.add(future)
                    time.sleep(CANCEL_POLL_S / 5)
                    continue
                if future.status == "cancelled" and tries[key] < MAX_TRIES:
                    # A worker that died mid-task can leave its task cancelled rather than rescheduled.
                    future.release()
                    running.add(send(key, statuses))
                    continue
                _take(future, key, statuses, analysis, cache, counts)
                for status in statuses:
                    if on_clip is not None and status.result is not None:
                        on_clip(status)
                report()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


CANCEL_POLL_S = 0.25
"""How often a cancellable batch looks whether it was cancelled while clips are running."""
MAX_TRIES = 3
"""How often a clip is sent again after the scheduler dropped it with a dead worker."""
FINAL = ("finished", "error", "cancelled")
"""A future's states that end it; any other (``lost`` with its worker) is waited for again."""


def _take(future: Any, key: str, statuses: list[ClipStatus], analysis: str, cache: ResultCache,
          counts: dict[str, int]) -> None:
    """Record one finished task: its result kept and given to each clip it stands for, or its failure."""
    error = future.exception() if future.status == "error" else None
    result: ClipResult | None = future.result() if future.status == "finished" else None
    if result is not None:
        cache.put(key, analysis, statuses[0].fingerprint, result)
        counts["computed"] += 1
    for status in statuses:
        status.seconds = result.seconds if result is not None else 0.0
        if result is not None:
            status.status, status.result = "done", result
        else:
            status.status = "failed"
            status.reason = _one_line(error) if error is not None else "cancelled by the Dask scheduler"
    future.release()
