"""A real Dask scheduler and two worker processes on localhost, started from the project's environment."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

DASK = Path(sys.executable).with_name("dask")


@dataclass
class DaskCluster:
    """The scheduler's address, and each worker's process (to kill one mid-batch)."""

    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def kill_worker(self, index: int) -> None:
        os.killpg(self.workers[index].pid, signal.SIGKILL)
        self.workers[index].wait(10)


def _spawn(*args: str, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen([str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                env={**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"})


def _wait_for_workers(address: str, count: int) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(count, timeout=60)


def _running_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    folder = tmp_path_factory.mktemp("dask")
    info = folder / "scheduler.json"
    scheduler = _spawn("scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                       "--scheduler-file", str(info), log=folder / "scheduler.log")
    cluster = None
    try:
        deadline = time.monotonic() + 60
        while not info.exists() or not info.read_text().strip():
            if scheduler.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the Dask scheduler did not start: {(folder / 'scheduler.log').read_text()}")
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        cluster = DaskCluster(address, scheduler)
        for n in range(2):
            cluster.workers.append(_spawn("worker", "--scheduler-file", str(info), "--nthreads", "1", "--no-nanny",
                                          "--no-dashboard", "--name", f"w{n}", "--local-directory", str(folder),
                                          log=folder / f"worker{n}.log"))
        _wait_for_workers(address, 2)
        yield cluster
    finally:
        for process in [*(cluster.workers if cluster else []), scheduler]:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(5)


@pytest.fixture(scope="session")
def _shared_dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    yield from _running_cluster(tmp_path_factory)


@pytest.fixture
def dask_cluster(_shared_dask_cluster: DaskCluster) -> DaskCluster:
    """A scheduler and two workers, started once per test process (three programs to start: seconds each)."""
    assert all(w.poll() is None for w in _shared_dask_cluster.workers), "a shared Dask worker has died"
    return _shared_dask_cluster


@pytest.fixture
def own_dask_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    """A scheduler and two workers of this test's own, for a test that kills one."""
    yield from _running_cluster(tmp_path_factory)
