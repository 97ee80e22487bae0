"""Small form pieces of the Analysis panel: seconds boxes, summaries, tabs, tables and region text."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vig_annotator.qt.i18n import tr


def parse_regions(text: str) -> dict[str, tuple[int, int, int, int]]:
    """``parent=X,Y,W,H; infant=X,Y,W,H`` (two regions, pixels) → {name: (x, y, w, h)}."""
    regions = dict(_region(part) for part in _parts(text))
    if len(regions) != 2:
        raise ValueError(tr("give two regions, e.g. parent=0,0,640,720; infant=640,0,640,720"))
    return regions


def regions_in(text: str) -> dict[str, tuple[int, int, int, int]]:
    """The well-formed ``NAME=X,Y,W,H`` parts of the text (for a preview while the user types)."""
    found: dict[str, tuple[int, int, int, int]] = {}
    for part in _parts(text):
        try:
            name, region = _region(part)
        except ValueError:
            continue
        found[name] = region
    return found


def _parts(text: str) -> list[str]:
    return [p for p in (p.strip() for p in text.replace("\n", ";").split(";")) if p]


def _region(part: str) -> tuple[str, tuple[int, int, int, int]]:
    name, _, numbers = part.partition("=")
    values = [v.strip() for v in numbers.split(",")]
    if not name.strip() or len(values) != 4 or not all(v.isdigit() for v in values):
        raise ValueError(tr("region {part}: expected NAME=X,Y,W,H in pixels").format(part=repr(part)))
    x, y, w, h = (int(v) for v in values)
    return name.strip(), (x, y, w, h)


def region_text(regions: dict[str, tuple[int, int, int, int]]) -> str:
    return "; ".join(f"{n}={','.join(str(v) for v in r)}" for n, r in regions.items())


def seconds(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 3600)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(" s")
    box.setValue(value)
    return box


def summary() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def tab(form: QFormLayout, run: QPushButton, *widgets: QWidget) -> QWidget:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.addLayout(form)
    layout.addWidget(run)
    for w in widgets:
        layout.addWidget(w)
    return tab


def fill(table: QTableWidget, frame: pd.DataFrame) -> None:
    table.clear()
    table.setRowCount(len(frame))
    table.setColumnCount(len(frame.columns))
    table.setHorizontalHeaderLabels([str(c) for c in frame.columns])
    for r, values in enumerate(frame.itertuples(index=False, name=None)):
        for c, value in enumerate(values):
            text = "—" if value is None or (isinstance(value, float) and value != value) else (
                f"{value:.3f}" if isinstance(value, float) else str(value))
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
