"""Fixtures shared by every test folder: temporary projects built from the demo and from scratch."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from vig_annotator.core.project import Project
from vig_annotator.projects import add_clip, add_coder, start_session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project

SAMPLES = Path(__file__).resolve().parents[1] / "sample_clips"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests can `import clipmaker`


_PROCESS_HOME: Path | None = None
_PROCESS_FOLDERS = {"HOME": "home", "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data",
                    "XDG_CACHE_HOME": "cache", "XDG_RUNTIME_DIR": "runtime"}


def pytest_configure(config: pytest.Config) -> None:
    """Each test process (each pytest-xdist worker) gets its own home, XDG and Qt runtime folders.

    Set before any fixture runs, so that what is made once per process (the QApplication, the PostgreSQL
    cluster, generated clips) and every program the tests start use neither the user's folders nor
    another worker's; each test then gets folders of its own as well (``_own_settings``).
    """
    global _PROCESS_HOME
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _PROCESS_HOME = Path(tempfile.mkdtemp(prefix=f"vig-tests-{worker}-"))
    for variable, name in _PROCESS_FOLDERS.items():
        folder = _PROCESS_HOME / name
        folder.mkdir(mode=0o700)
        os.environ[variable] = str(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _PROCESS_HOME is not None:
        shutil.rmtree(_PROCESS_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _own_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own data folder and settings, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A copy of the shipped demo project and clip in a temporary folder."""
    shutil.copy2(SAMPLES / "demo_clip.mp4", tmp_path / "demo_clip.mp4")
    shutil.copy2(SAMPLES / "demo.vigproj", tmp_path / "demo.vigproj")
    return tmp_path / "demo.vigproj"


@pytest.fixture
def demo_project(demo_copy: Path) -> Iterator[Project]:
    """The demo project (two coders on the demo clip, a PIIOS rating, a VIG review), open."""
    project = open_project(demo_copy)
    yield project
    project.close()


def _make_blank(folder: Path) -> Project:
    shutil.copy2(SAMPLES / "demo_clip.mp4", folder / "clip.mp4")
    project = create_project(folder / "blank.vigproj")
    clip = add_clip(project, folder / "clip.mp4", case_id="CASE-1")
    coder = add_coder(project, "XY")
    start_session(project, clip, coder, builtin("demo"))
    return project


@pytest.fixture
def blank_project(tmp_path: Path) -> Iterator[Project]:
    """A new project with the demo clip, one coder (XY) and one empty demo-scheme session."""
    project = _make_blank(tmp_path)
    yield project
    project.close()


@pytest.fixture(scope="session")
def _blank_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The blank project, made once per test process (probing the clip is the slow part)."""
    folder = tmp_path_factory.mktemp("blank-template")
    _make_blank(folder).close()
    return folder


@pytest.fixture
def blank_copy(_blank_template: Path, tmp_path: Path) -> Path:
    """The blank project as a closed file of this test's own (with its clip beside it): its path."""
    for name in ("clip.mp4", "blank.vigproj"):
        shutil.copy2(_blank_template / name, tmp_path / name)
    return tmp_path / "blank.vigproj"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """A throwaway PostgreSQL cluster for the whole test run (skipped only when the server is not installed)."""
    import pgserver

    if pgserver.server_bin() is None:
        pytest.skip("the PostgreSQL server programs are not installed (apt-get install postgresql; make test does)")
    cluster = pgserver.Cluster()
    try:
        yield cluster
    finally:
        cluster.remove()


_server_projects = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> object:
    """Where a new project goes, on each backend: ``location(name)`` is a file path or a server project URL."""

    def location(name: str = "p") -> str:
        if request.param == "sqlite":
            return str(tmp_path / f"{name}.vigproj")
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.url(f"t{next(_server_projects)}_{name}")  # type: ignore[attr-defined,no-any-return]

    return location
