"""Icons from ui/icons: every action's icon drawn in the theme's colour, sharp at 200 %, and the app icon's files.

The .ico and .icns headers are read here by their published layouts, not through the tool that wrote them.
"""

from __future__ import annotations

import struct
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from vig_annotator.core import keymap
from vig_annotator.qt import icons

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "icons" / "app"
ACTION_SVGS = ROOT / "ui" / "icons" / "actions"


def light(name: str) -> str:
    with (ROOT / "ui" / "theme" / "colours.toml").open("rb") as f:
        return str(tomllib.load(f)["light"][name])


def ink_of(qicon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    """The opaque colours a 32 px rendering of the icon uses."""
    image = qicon.pixmap(QSize(32, 32), 1.0, mode).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("name", sorted(set(icons.ACTION_ICONS.values()) | set(icons.OTHER_ICONS)))
def test_each_icon_is_drawn_in_the_theme_icon_colour(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    assert ink_of(icons.icon(name)) == {light("icon")}
    assert ink_of(icons.icon(name), QIcon.Mode.Disabled) == {light("icon_disabled")}


def test_every_shipped_action_icon_is_used_and_every_used_one_shipped() -> None:
    shipped = {p.stem for p in ACTION_SVGS.glob("*.svg")}
    used = set(icons.ACTION_ICONS.values()) | set(icons.OTHER_ICONS)
    assert shipped == used
    assert set(icons.ACTION_ICONS) <= {a.id for a in keymap.ACTIONS}


def test_icons_are_drawn_at_the_screen_pixel_ratio(qapp) -> None:  # type: ignore[no-untyped-def]
    pixmap = icons.icon("play").pixmap(QSize(16, 16), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (32, 32)


def test_menus_toolbar_and_transport_show_the_app_icons(window) -> None:  # type: ignore[no-untyped-def]
    for action_id in ("zoom_in", "loop_selection", "compare_sessions", "undo"):
        assert ink_of(window.actions_by_id[action_id].icon()) == {light("icon")}
    tips = {a.toolTip().split(" (")[0] for a in window.tools_bar.actions() if not a.isSeparator()}
    assert {"Moment in", "Moment out", "Zoom in", "Compare two sessions"} <= tips
    assert all(not a.icon().isNull() for a in window.tools_bar.actions() if not a.isSeparator())
    assert ink_of(window.transport.play.icon()) == {light("icon")}


def test_a_toolbar_button_for_a_key_only_action_does_what_the_key_does(window) -> None:  # type: ignore[no-untyped-def]
    mark_in = next(a for a in window.tools_bar.actions() if a.toolTip().startswith("Moment in"))
    window.clock.seek(1000)
    mark_in.trigger()
    assert window.moment_in == window.clock.position


def test_app_icon_pngs_have_their_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(APP / f"vig-annotator-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert not icons.app_icon().isNull()
    assert {16, 512} <= {s.width() for s in icons.app_icon().availableSizes()}


def test_windows_ico_holds_the_small_and_large_sizes() -> None:
    data = (APP / "vig-annotator.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)  # ICONDIR: an icon resource
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # ICONDIRENTRY width, 0 meaning 256
    assert {16, 32, 48, 256} <= sizes


def test_macos_icns_is_a_well_formed_icon_family() -> None:
    data = (APP / "vig-annotator.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert {b"ic09", b"ic08"} & set(kinds)  # 512 px / 256 px PNG entries
