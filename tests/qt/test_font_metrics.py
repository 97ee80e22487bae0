"""Sizes follow the font: with a large font (low vision, a 4K screen at 100 %) text is not clipped."""

from __future__ import annotations

from PySide6.QtGui import QFont

from vig_annotator.qt.timeline_layout import GROUP_H, ROW_H, build_layout
from vig_annotator.schemes import builtin


def test_rows_keep_their_heights_at_usual_fonts_and_grow_with_large_ones() -> None:
    scheme = builtin("demo")
    usual = build_layout(scheme, set(), True, line=17)
    assert {r.h for r in usual.rows if r.kind == "code"} == {ROW_H}
    assert {r.h for r in usual.rows if r.kind == "group"} == {GROUP_H}
    large = build_layout(scheme, set(), True, line=40)
    assert all(r.h >= 40 for r in large.rows if r.kind in ("code", "group", "moments"))


def test_a_larger_font_grows_the_timeline_rows_and_the_rating_buttons(window) -> None:  # type: ignore[no-untyped-def]
    big = QFont(window.font())
    big.setPointSizeF(big.pointSizeF() * 3)
    window.timeline.setFont(big)
    line = window.timeline.fontMetrics().height()
    assert all(r.h >= line for r in window.timeline.layout_.rows if r.kind in ("code", "group", "moments"))
    window.ratings.setFont(big)
    window.ratings._rebuild()  # the rating buttons are made for the session's scheme, in the panel's font
    buttons = [b for group in window.ratings.groups.values() for b in group.values()]
    assert all(b.width() >= b.fontMetrics().horizontalAdvance(b.text()) for b in buttons)


def test_the_event_strip_grows_with_its_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vig_annotator.qt.event_pairs import ROW_H, EventPairsStrip

    strip = EventPairsStrip(None)
    qtbot.addWidget(strip)
    assert strip.row_h() == ROW_H  # the usual font: as before
    big = QFont(strip.font())
    big.setPointSizeF(big.pointSizeF() * 3)
    strip.setFont(big)
    assert strip.row_h() >= strip.fontMetrics().height()
    assert strip.height() == 3 * strip.row_h() + 8


def test_the_agreement_strips_and_their_names_grow_with_the_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from vig_annotator.qt.reliability_view import LABEL_W, STRIP_H, AgreementStrips

    strips = AgreementStrips(None)
    qtbot.addWidget(strips)
    strips.resize(1200, 200)
    none = np.zeros(4, dtype=np.int8)
    strips.rows = [("infant_vocalisation", none, none, ["#ff8800"]), ("touch", none, none, ["#884488"])]
    strips._fit()
    assert (strips.strip_h(), strips.label_w()) == (STRIP_H, LABEL_W)  # the usual font: as before
    usual_height = strips.minimumHeight()
    big = QFont(strips.font())
    big.setPointSizeF(big.pointSizeF() * 3)
    strips.setFont(big)
    metrics = strips.fontMetrics()
    assert 3 * strips.strip_h() >= metrics.height()  # a group's name fits beside its three strips
    assert strips.label_w() - 8 >= metrics.horizontalAdvance("infant_vocalisation")  # and is not cut
    assert strips.minimumHeight() > usual_height
    strips.resize(300, 200)  # a narrow panel: the strips keep two thirds, the name is shortened instead
    assert strips.label_w() == LABEL_W


def test_the_event_strip_names_column_fits_long_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vig_annotator.qt.event_pairs import LABEL_W, EventPairsStrip

    strip = EventPairsStrip(None)
    qtbot.addWidget(strip)
    strip.resize(1200, 80)
    strip.names = ("AB (session 1)", "CD (session 2)")
    assert strip.label_w() == LABEL_W
    big = QFont(strip.font())
    big.setPointSizeF(big.pointSizeF() * 3)
    strip.setFont(big)
    assert strip.label_w() - 8 >= strip.fontMetrics().horizontalAdvance("AB (session 1)")
    assert strip.x_of(0) == strip.label_w()  # time starts after the names


def test_the_timeline_names_column_widens_for_a_large_font(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from vig_annotator.qt.timeline_layout import HEADER_W

    timeline = window.timeline
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: timeline.width() > 1000)
    assert timeline.view.header_w == HEADER_W  # the usual font: as before
    big = QFont(timeline.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    timeline.setFont(big)
    metrics = timeline.fontMetrics()
    code_rows = [r for r in timeline.layout_.rows if r.kind == "code"]
    widest = max(metrics.horizontalAdvance(r.label) for r in code_rows)
    assert timeline.view.header_w >= 22 + widest  # after the colour swatch, no code's name is cut
    assert timeline.view.x(timeline.view.start_ms) == timeline.view.header_w  # time starts after the names
    assert timeline.view.end_ms >= timeline.view.duration_ms  # still fitted: the whole clip in view
    window.resize(700, 900)  # a narrow timeline: the names take a third at most, time the rest
    qtbot.waitUntil(lambda: timeline.width() < 600)
    assert timeline.view.header_w == max(HEADER_W, timeline.width() // 3)
    assert timeline.view.end_ms >= timeline.view.duration_ms
