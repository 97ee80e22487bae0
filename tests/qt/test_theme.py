"""The one theme: readable text in both palettes, telling agreement from disagreement, and no stray colours.

Contrast is computed here by the WCAG 2 formula (relative luminance of sRGB), independently of the app,
and checked against the published figures for black/white and #777 on white.
"""

from __future__ import annotations

import ast
import colorsys
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from vig_annotator.qt import theme as theme_module
from vig_annotator.qt.theme import Theme

ROOT = Path(__file__).resolve().parents[2]
COLOURS = ROOT / "ui" / "theme" / "colours.toml"
QT_SOURCES = sorted((ROOT / "vig_annotator" / "qt").rglob("*.py"))

TEXT_ON_BACKGROUND = [
    ("text", "base"), ("text", "alternate_base"), ("window_text", "window"), ("button_text", "button"),
    ("highlighted_text", "highlight"), ("tooltip_text", "tooltip_base"), ("placeholder_text", "base"),
    ("link", "base"), ("error_text", "window"), ("alert_text", "alert_background"),
    ("moment_text", "moment"), ("moment_text", "moment_long"), ("video_text", "video_background"),
    ("text", "pass"), ("text", "fail"), ("plot_text", "plot_background"),
    ("camera_text", "camera"),
]


def palettes() -> dict[str, dict[str, str]]:
    with COLOURS.open("rb") as f:
        return tomllib.load(f)


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour ``#rrggbb``."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_formula_gives_the_published_figures() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WebAIM's "just fails AA" example
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), TEXT_ON_BACKGROUND)
def test_text_on_its_background_meets_wcag_aa(scheme: str, text: str, background: str) -> None:
    named = palettes()[scheme]
    ratio = contrast(named[text], named[background])
    assert ratio >= 4.5, f"[{scheme}] {text} on {background}: {ratio:.2f}:1, WCAG AA needs 4.5:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("good", "bad"), [("agreement", "disagreement"), ("event_match", "event_unpaired")])
def test_agreement_and_disagreement_are_told_apart_without_colour_vision(scheme: str, good: str, bad: str) -> None:
    """A red-green colour-blind coder tells them by lightness; others also by hue."""
    named = palettes()[scheme]
    assert contrast(named[good], named[bad]) >= 2.0
    hues = [colorsys.rgb_to_hls(*(int(named[c][i:i + 2], 16) / 255 for i in (1, 3, 5)))[0] * 360 for c in (good, bad)]
    assert min(abs(hues[0] - hues[1]), 360 - abs(hues[0] - hues[1])) >= 60
    for colour in (good, bad):  # each stands out from the strip's background
        assert contrast(named[colour], named["base"]) >= 1.5


def test_both_palettes_name_the_same_colours() -> None:
    light, dark = palettes()["light"], palettes()["dark"]
    assert set(light) == set(dark)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in [*light.values(), *dark.values()])


def _colour_literals(path: Path) -> list[str]:
    """Hex colours in string literals, and QColor made from a literal (name, hex or numbers)."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [f"{path.name}:{node.lineno}: {m}" for m in re.findall(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b",
                                                                           node.value)]
        if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QColor"
                and node.args and all(isinstance(a, ast.Constant) for a in node.args)):
            found.append(f"{path.name}:{node.lineno}: QColor({ast.unparse(node.args[0])}…)")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "GlobalColor" and node.attr != "transparent":
            found.append(f"{path.name}:{node.lineno}: Qt.GlobalColor.{node.attr}")
    return found


def test_no_colour_is_written_into_the_qt_code() -> None:
    """Colours live in ui/theme/colours.toml; a view asks the theme by name."""
    stray = [hit for path in QT_SOURCES for hit in _colour_literals(path)]
    assert stray == [], "colour literals outside ui/theme: " + "; ".join(stray)


def test_the_colour_check_catches_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "view.py"
    sample.write_text('from PySide6.QtGui import QColor\nA = QColor("white")\nB = "#12ab34"\nC = QColor(1, 2, 3)\n')
    assert len(_colour_literals(sample)) == 3


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_stylesheet_is_filled_from_the_palette(scheme: str) -> None:
    sheet = theme_module.stylesheet(scheme)
    assert "@" not in sheet
    assert palettes()[scheme]["error_text"] in sheet


# -- the theme in the running app ------------------------------------------------------------------
@pytest.fixture
def make_theme(qapp: QApplication) -> Iterator[Callable[[], Theme]]:
    """Themes on this test's settings; afterwards the app's look is as it was and no theme listens."""
    made: list[Theme] = []
    style, palette, sheet = qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet()

    def make() -> Theme:
        made.append(Theme())
        return made[-1]

    yield make
    hints = QGuiApplication.styleHints()
    for theme in made:
        if theme._installed:
            hints.colorSchemeChanged.disconnect(theme._on_system_scheme_changed)
    hints.unsetColorScheme()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    theme_module._current = None


def test_choosing_dark_recolours_the_app_and_is_remembered(make_theme: Callable[[], Theme]) -> None:
    theme = make_theme()
    theme_module._current = theme
    theme.set_choice("dark")
    dark = palettes()["dark"]
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == dark["window"]
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == dark["text"]
    assert theme_module.colour("playhead").name() == dark["playhead"]
    assert make_theme().choice == "dark"  # the next start reads it back


def test_the_timeline_is_repainted_in_the_new_theme(window, make_theme: Callable[[], Theme]) -> None:  # type: ignore[no-untyped-def]
    """The cached timeline layer is dropped on a theme switch: the playhead and rows show dark colours."""
    from vig_annotator.qt.timeline_layout import HEADER_W

    timeline = window.timeline
    theme = make_theme()
    theme_module._current = theme
    theme.set_choice("light")
    light_image = timeline.grab().toImage()
    theme.set_choice("dark")
    image = timeline.grab().toImage()
    dark, light = palettes()["dark"], palettes()["light"]
    x = int(timeline.view.x(window.clock.position))
    assert x >= HEADER_W
    y = timeline.height() - 3
    assert light_image.pixelColor(x, y).name() == light["playhead"]
    assert image.pixelColor(x, y).name() == dark["playhead"]
    row = timeline.layout_.rows[-1]
    far = timeline.width() - 5
    assert image.pixelColor(far, row.y + 1).name() in (dark["base"], dark["alternate_base"])


def test_system_changes_are_followed_only_when_the_user_chose_system(
        make_theme: Callable[[], Theme], monkeypatch: pytest.MonkeyPatch) -> None:
    theme = make_theme()
    theme.apply()
    assert theme.choice == "system" and theme.scheme == "light"  # offscreen: the system says nothing
    monkeypatch.setattr(Theme, "system_scheme", lambda self: "dark")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.scheme == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == palettes()["dark"]["base"]
    theme.set_choice("light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.scheme == "light"


def test_the_environment_overrides_the_saved_choice(make_theme: Callable[[], Theme],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIG_ANNOTATOR_THEME", "dark")
    theme = make_theme()
    theme.apply()
    assert theme.scheme == "dark"


def test_view_theme_menu_switches_and_saves(window, make_theme: Callable[[], Theme]) -> None:  # type: ignore[no-untyped-def]
    theme = make_theme()
    theme_module._current = theme
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    submenu = next(a.menu() for a in view.actions() if isinstance(a.menu(), QMenu) and a.text() == "&Theme")
    choices: dict[str, QAction] = {a.data(): a for a in submenu.actions()}
    assert set(choices) == {"system", "light", "dark"}
    choices["dark"].trigger()
    assert theme.scheme == "dark"
    assert QSettings("vig-annotator", "vig-annotator").value("theme") == "dark"


def test_an_open_plot_is_recoloured_when_the_theme_switches(qtbot, make_theme: Callable[[], Theme]) -> None:  # type: ignore[no-untyped-def]
    from vig_annotator.qt.analysis_plots import new_plot

    theme = make_theme()
    theme_module._current = theme
    plot = new_plot("Latency")
    qtbot.addWidget(plot)
    assert plot.backgroundBrush().color().name() == palettes()["light"]["plot_background"]
    theme.set_choice("dark")
    assert plot.backgroundBrush().color().name() == palettes()["dark"]["plot_background"]
    assert plot.getPlotItem().titleLabel.text == "Latency"
