"""What a desktop needs to list the app, and what the wheel carries: ui/ and the demo, found once installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "ui" / "linux"
APP_ID = "org.vig_annotator.VigAnnotator"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == "vig-annotator"
    assert (ROOT / "ui" / "icons" / "app" / f"{entry['Icon']}.svg").is_file()
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "vig_annotator" / "qt" / "app.py").read_text()


def test_the_appstream_metadata_names_the_desktop_entry() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/binary").text == desktop_entry()["Exec"].split()[0]  # type: ignore[union-attr]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_desktop_entry_passes_the_freedesktop_validator() -> None:
    done = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_the_metadata_passes_the_appstream_validator() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_the_wheel_carries_ui_and_the_demo_and_finds_them_installed(tmp_path: Path) -> None:
    """Built as ``pip`` builds it; installed (without its dependencies) into a folder of its own."""
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path / "w"),
                            str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "w").glob("vig_annotator-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (ROOT / "ui").rglob("*"):
        if shipped.is_file() and shipped.name != ".keep":
            assert f"vig_annotator/_ui/{shipped.relative_to(ROOT / 'ui').as_posix()}" in names
    assert {"vig_annotator/_demo/demo.vigproj", "vig_annotator/_demo/demo_clip.mp4"} <= names
    target = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                                str(wheel)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    where = subprocess.run([sys.executable, "-c", "from vig_annotator import resources as r; "
                            "print(r.ui_file('theme', 'colours.toml')); print(r.demo_dir() / r.DEMO_PROJECT)"],
                           capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(target)})
    assert where.returncode == 0, where.stderr
    ui, demo = map(Path, where.stdout.split())
    assert ui == target / "vig_annotator" / "_ui" / "theme" / "colours.toml"
    assert demo.is_file() and demo.is_relative_to(target)
