"""ui/ is the app's face: found in a checkout and in a bundle, and every file the app loads from it is needed."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from vig_annotator import resources
from vig_annotator.qt import icons, theme

ROOT = Path(__file__).resolve().parents[2]


def _fresh() -> None:
    theme.palettes.cache_clear()
    icons._svg.cache_clear()


LOADERS: dict[str, Callable[[], object]] = {
    "theme/colours.toml": theme.palettes,
    "theme/app.qss": lambda: theme.stylesheet("light"),
    "icons/actions/play.svg": lambda: icons.icon("play"),
    "icons/actions/zoom-in.svg": lambda: icons.action_icon("zoom_in"),
    "icons/app/vig-annotator-16.png": icons.app_icon,
    "icons/app/vig-annotator-512.png": icons.app_icon,
}


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ui/ laid out as in a PyInstaller bundle (``sys._MEIPASS/vig_annotator/_ui``)."""
    target = tmp_path / "vig_annotator" / "_ui"
    shutil.copytree(ROOT / "ui", target)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    _fresh()
    yield target
    _fresh()


def test_a_checkout_loads_ui_beside_the_package() -> None:
    assert resources.ui_dir() == ROOT / "ui"


def test_a_bundle_loads_its_own_ui(bundle: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    assert resources.ui_dir() == bundle
    for load in LOADERS.values():
        load()


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_removing_a_file_the_app_loads_is_caught(bundle: Path, qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    (bundle / name).unlink()
    with pytest.raises(FileNotFoundError, match=name.split("/")[-1]):
        LOADERS[name]()
