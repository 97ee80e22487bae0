"""The Analysis panel's plots, drawn with pyqtgraph (native Qt graphics, quick on long series).

Each function fills a ``PlotWidget`` from an analysis result; ``export_plot`` writes one as PNG or SVG.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph import exporters
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator

from vig_annotator.analysis.contingency import Contingency
from vig_annotator.analysis.sequences import Transitions
from vig_annotator.analysis.synchrony import Synchrony
from vig_annotator.qt.i18n import tr
from vig_annotator.qt.style import text_height
from vig_annotator.qt.theme import colour, current

DASH = pg.QtCore.Qt.PenStyle.DashLine
Z_LIMIT = 4.0  # the heatmap's colour scale runs from −4 to +4 (adjusted residuals beyond are clipped)


def ink() -> QColor:
    """The plots' text colour in the theme in use."""
    return colour("plot_text")


class ThemedPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """A plot in the theme's colours; a switch of theme recolours its ground, axes and title at once."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.getPlotItem().setTitle(title)
        self.restyle()
        current().changed.connect(self.restyle)  # a bound slot: Qt drops the connection with the plot

    def restyle(self) -> None:
        self.setBackground(colour("plot_background"))
        for side in ("left", "bottom"):
            self.getAxis(side).setTextPen(ink())
            self.getAxis(side).setPen(ink())
        item = self.getPlotItem()
        item.setTitle(item.titleLabel.text, color=ink())


def new_plot(title: str) -> pg.PlotWidget:
    plot = ThemedPlot(title)
    plot.setMinimumHeight(text_height(plot, 10))
    return plot


def latency_histogram(plot: pg.PlotWidget, result: Contingency) -> None:
    """Response latencies (s) within the window, in bins of a tenth of the window."""
    plot.clear()
    w0, w1 = result.window_s
    edges = np.linspace(w0, w1, 11)
    counts, _ = np.histogram(np.asarray(result.latencies_s, float), bins=edges)
    plot.addItem(pg.BarGraphItem(x0=edges[:-1], x1=edges[1:], height=counts, brush=colour("plot_series")))
    plot.setLabel("bottom", tr("latency after {code} onset").format(code=result.given), units="s")
    plot.setLabel("left", tr("{code} responses").format(code=result.target))
    plot.setTitle(tr("Latency of {target} after {given} (window {w0:g}–{w1:g} s)").format(
        target=result.target, given=result.given, w0=w0, w1=w1), color=ink())


def residual_heatmap(plot: pg.PlotWidget, result: Transitions) -> None:
    """Adjusted residuals, given code by row (top to bottom) and target code by column."""
    plot.clear()
    z = np.nan_to_num(result.stats.adjusted_residual, nan=0.0)
    k = len(result.codes)
    image = pg.ImageItem(np.clip(z, -Z_LIMIT, Z_LIMIT).T[:, ::-1])  # ImageItem is indexed [x, y], y upward
    image.setLookupTable(pg.colormap.get("CET-D1").getLookupTable(nPts=256))
    image.setLevels((-Z_LIMIT, Z_LIMIT))
    plot.addItem(image)
    for i in range(k):
        for j in range(k):
            label = pg.TextItem(f"{result.stats.adjusted_residual[i, j]:.1f}"
                                if np.isfinite(result.stats.adjusted_residual[i, j]) else "—",
                                color=colour("heatmap_text"), anchor=(0.5, 0.5))
            label.setPos(j + 0.5, k - i - 0.5)
            plot.addItem(label)
    plot.getAxis("bottom").setTicks([[(j + 0.5, str(j + 1)) for j in range(k)]])  # numbers: names would overlap
    plot.getAxis("left").setTicks([[(k - i - 0.5, f"{c}  {i + 1}") for i, c in enumerate(result.codes)]])
    plot.setLabel("bottom", tr("target (follows), numbered as the given codes"))
    plot.setLabel("left", tr("given"))
    gap = "" if result.max_gap_s is None else tr(", within {s:g} s").format(s=result.max_gap_s)
    plot.setTitle(tr("Adjusted residuals z, lag {lag}{gap} (colour −{z:g}…+{z:g})").format(
        lag=result.lag, gap=gap, z=Z_LIMIT), color=ink())


def synchrony_over_time(plot: pg.PlotWidget, result: Synchrony, offset_s: float = 0.0) -> None:
    """Each window's peak r (left axis) and its lag (dots, s) against the window's start."""
    plot.clear()
    starts = result.window_starts_s + offset_s
    plot.addLegend()
    plot.plot(starts, np.nan_to_num(result.window_peak_r, nan=0.0), pen=pg.mkPen(colour("plot_series"), width=2),
              symbol="o", symbolSize=5, name=tr("peak r"))
    plot.plot(starts, np.nan_to_num(result.window_peak_lag_s, nan=0.0) / max(result.max_lag_s, 1e-9),
              pen=None, symbol="t", symbolBrush=colour("plot_accent"), symbolSize=7,
              name=tr("peak lag (share of max lag)"))
    plot.setLabel("bottom", tr("window start"), units="s")
    plot.setLabel("left", "r")
    plot.getAxis("left").enableAutoSIPrefix(False)  # r is unitless: 0.8, not 800 × 0.001
    if len(starts):  # the whole of every window in view, also when there is only one (auto-range gave a 0-wide axis)
        plot.setXRange(float(starts.min()), float(starts.max()) + result.window_s, padding=0.02)
    plot.setTitle(tr("Synchrony over time: windows of {w:g} s, lags ±{lag:g} s").format(
        w=result.window_s, lag=result.max_lag_s), color=ink())


def lag_profile(plot: pg.PlotWidget, result: Synchrony, names: Sequence[str] = ("first", "second")) -> None:
    """Mean r over windows at every lag; the peak's side says who leads."""
    plot.clear()
    plot.plot(result.lags_s, np.nan_to_num(result.lag_profile, nan=0.0), pen=pg.mkPen(colour("plot_second"), width=2))
    plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen(colour("plot_reference"), style=DASH)))
    plot.setLabel("bottom", tr("lag (positive: {name} leads)").format(name=names[0]), units="s")
    plot.setLabel("left", tr("mean r"))
    plot.getAxis("left").enableAutoSIPrefix(False)
    peak_r = f"{result.peak_r:.3f}" if np.isfinite(result.peak_r) else "—"
    peak_lag = f"{result.lag_s:+.3f}" if np.isfinite(result.lag_s) else "—"
    plot.setTitle(tr("Lag profile: peak r {r} at {lag} s").format(r=peak_r, lag=peak_lag), color=ink())


def export_plot(plot: pg.PlotWidget, path: str | Path) -> Path:
    """Write the plot as PNG or SVG, chosen by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        # Qt's own SVG generator: pyqtgraph 0.14's SVGExporter fails on Qt 6.10 path data (pyqtgraph #3485)
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(plot.size())
        generator.setViewBox(plot.rect())
        generator.setTitle(plot.getPlotItem().titleLabel.text)
        painter = QPainter(generator)
        try:
            plot.render(painter)
        finally:
            painter.end()
    elif suffix == ".png":
        exporter = exporters.ImageExporter(plot.getPlotItem())
        exporter.parameters()["width"] = 1200
        exporter.export(str(path))
    else:
        raise ValueError(tr("{name}: expected a .png or .svg file name").format(name=path.name))
    return path
